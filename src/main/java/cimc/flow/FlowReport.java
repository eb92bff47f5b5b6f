package cimc.flow;

import cimc.io.AtomicOutput;
import cimc.verify.Verifier;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The one-page report of a flow run, {@code report.md} (and {@code report.html} on request) in
 * the output folder: accuracy at each stage, the design's plots, the programming summary from
 * the compile report, the Yosys cell count and the verification verdict.
 */
final class FlowReport {
  private FlowReport() {}

  static void write(FlowState s) throws IOException {
    List<String> md = new ArrayList<>();
    md.add("# cimc flow report");
    md.add("");
    md.add(String.format(Locale.ROOT, "Network 784-128-64-10 on binarized MNIST, z = %s, %d-bit"
        + " weights, %d golden vectors checked in RTL. Design folder: `design/`.",
        s.settings.z(), s.settings.weightBits(), s.settings.images()));
    md.add("");
    accuracy(s, md);
    programming(s, md);
    synthesis(s, md);
    verification(s, md);
    Path output = s.settings.output();
    String text = String.join("\n", md) + "\n";
    AtomicOutput.writeFile(output.resolve("report.md"), t -> Files.writeString(t, text));
    if (s.settings.html()) {
      String html = MarkdownPage.toHtml("cimc flow report", md);
      AtomicOutput.writeFile(output.resolve("report.html"), t -> Files.writeString(t, html));
    }
  }

  private static void accuracy(FlowState s, List<String> md) {
    md.add("## Accuracy on the 10,000 MNIST test images");
    md.add("");
    md.add("| Model | Accuracy |");
    md.add("|---|---|");
    for (Map.Entry<String, Double> e : s.accuracy.entrySet()) {
      md.add(String.format(Locale.ROOT, "| %s | %.2f%% |", e.getKey(), 100 * e.getValue()));
    }
    md.add("");
    if (Files.isRegularFile(s.settings.design().resolve("conductance_histogram.png"))) {
      md.add("![Programmed conductances against the verify windows]"
          + "(design/conductance_histogram.png)");
      md.add("");
    }
  }

  private static void programming(FlowState s, List<String> md) throws IOException {
    Path report = s.settings.design().resolve("report.json");
    if (!Files.isRegularFile(report)) {
      return;
    }
    JsonNode root = new ObjectMapper().readTree(report.toFile());
    md.add("## Programming");
    md.add("");
    md.add(String.format(Locale.ROOT, "%d arrays, %d of %d cells used (%.1f%%). Pulses: %d in"
        + " all, %.2f per cell on average, at most %d.", root.path("arrays").asInt(),
        root.path("usedCells").asLong(), root.path("totalCells").asLong(),
        100 * root.path("utilization").asDouble(), root.path("pulses").path("total").asLong(),
        root.path("pulses").path("mean").asDouble(), root.path("pulses").path("max").asInt()));
    md.add("");
    md.add("| Cell status | Cells |");
    md.add("|---|---|");
    for (Iterator<Map.Entry<String, JsonNode>> it = root.path("cells").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      md.add("| " + e.getKey() + " | " + e.getValue().asLong() + " |");
    }
    md.add("");
  }

  private static void synthesis(FlowState s, List<String> md) throws IOException {
    Path stat = s.settings.design().resolve("rtl/synth/yosys-stat.txt");
    if (!Files.isRegularFile(stat)) {
      return;
    }
    List<String> lines = Files.readAllLines(stat);
    int start = 0;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains("=== design hierarchy ===")) {
        start = i;
      }
    }
    md.add("## Synthesis (Yosys, generic cells, whole hierarchy)");
    md.add("");
    md.add("```");
    for (String line : lines.subList(start, lines.size())) {
      String t = line.trim();
      if (t.startsWith("Number of cells") || t.startsWith("Number of wire bits")
          || t.startsWith("$_DFF") || t.startsWith("Chip area")) {
        md.add(t);
      }
    }
    md.add("```");
    md.add("");
    md.add("Full statistics: `design/rtl/synth/yosys-stat.txt`.");
    md.add("");
  }

  private static void verification(FlowState s, List<String> md) {
    Verifier.Report r = s.verification;
    md.add("## Verification");
    md.add("");
    if (r == null) {
      md.add("Not run.");
      return;
    }
    md.add("| Run | Simulator | Passed | Failed | Cycles | Seconds |");
    md.add("|---|---|---|---|---|---|");
    for (Verifier.Run run : r.runs()) {
      md.add(String.format(Locale.ROOT, "| %s | %s | %d | %d | %d | %.1f |", run.name(),
          run.simulator(), run.verdict().passed(), run.verdict().failed(),
          run.verdict().cycles(), run.verdict().seconds()));
    }
    md.add("");
    md.add("Verdict: **" + (r.passed() ? "PASSED" : "FAILED") + "**. Every ADC code, every"
        + " layer output and every class of the checked images equal the golden vectors"
        + (r.passed() ? "" : " only where no mismatch is listed in the logs under"
        + " `design/verify/`") + "; program mode compares each cell's pulses, pulse count,"
        + " final read and pass/fail.");
  }
}
