package cimc.cli;

import cimc.golden.SimulationResult;
import cimc.io.AtomicOutput;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Text, CSV and JSON forms of {@code cimc simulate} results. The text shows percentages; CSV
 * and JSON keep accuracies and rates as fractions in [0, 1].
 */
final class ResultTable {
  private ResultTable() {}

  static String header(int layers) {
    return String.format(Locale.ROOT, "%-28s %4s %4s %8s %8s %7s  %-10s %-20s %s", "model",
        "bits", "draw", "golden%", "float%", "agree%", "ADC steps",
        "saturated% (calib)", "saturated% (test), per layer (" + layers + ")");
  }

  static String row(SimulationResult r) {
    return String.format(Locale.ROOT, "%-28s %4d %4d %8s %8s %7s  %-10s %-20s %s", r.model(),
        r.adcBits(), r.draw(), SimulateCommand.percent(r.goldenAccuracy()),
        SimulateCommand.percent(r.floatAccuracy()), SimulateCommand.percent(r.agreement()),
        steps(r.adcSteps()), SimulateCommand.join(r.calibrationSaturation()),
        SimulateCommand.join(r.testSaturation()));
  }

  private static String steps(int[] steps) {
    return String.join("/", Arrays.stream(steps).mapToObj(Integer::toString).toList());
  }

  /** Prints mean, standard deviation, minimum and maximum over draws per model and bits. */
  static void printSummary(List<SimulationResult> all, PrintStream out) {
    Map<String, double[]> groups = new LinkedHashMap<>();
    for (SimulationResult r : all) {
      double[] g = groups.computeIfAbsent(r.model() + "\t" + r.adcBits(),
          k -> new double[] {0, 0, 0, 1, 0});
      double a = r.goldenAccuracy();
      g[0]++;
      g[1] += a;
      g[2] += a * a;
      g[3] = Math.min(g[3], a);
      g[4] = Math.max(g[4], a);
    }
    if (all.size() == groups.size()) {
      return;
    }
    out.println();
    out.println("golden accuracy over draws (mean ± standard deviation, minimum, maximum):");
    for (var e : groups.entrySet()) {
      double[] g = e.getValue();
      double mean = g[1] / g[0];
      double std = Math.sqrt(Math.max(0, g[2] / g[0] - mean * mean));
      String[] key = e.getKey().split("\t");
      out.printf(Locale.ROOT, "%-28s %2s bits: %.2f%% ± %.2f, min %.2f%%, max %.2f%% (%d"
          + " draws)%n", key[0], key[1], 100 * mean, 100 * std, 100 * g[3], 100 * g[4],
          (int) g[0]);
    }
  }

  static void writeCsv(List<SimulationResult> all, Path file) {
    StringBuilder text = new StringBuilder("model,adc_bits,draw,golden_accuracy,float_accuracy,"
        + "agreement,adc_steps,calibration_saturation,test_saturation\n");
    for (SimulationResult r : all) {
      text.append('"').append(r.model().replace("\"", "\"\"")).append("\",")
          .append(r.adcBits()).append(',').append(r.draw()).append(',')
          .append(r.goldenAccuracy()).append(',').append(r.floatAccuracy()).append(',')
          .append(r.agreement()).append(',').append(steps(r.adcSteps())).append(',')
          .append(fractions(r.calibrationSaturation())).append(',')
          .append(fractions(r.testSaturation())).append('\n');
    }
    AtomicOutput.writeFile(file, t -> Files.writeString(t, text, StandardCharsets.UTF_8));
  }

  private static String fractions(double[] values) {
    return String.join("/", Arrays.stream(values).mapToObj(Double::toString).toList());
  }

  static void writeJson(List<SimulationResult> all, Path file) {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    AtomicOutput.writeFile(file, t -> Files.writeString(t,
        mapper.writeValueAsString(Map.of("results", all)) + "\n", StandardCharsets.UTF_8));
  }
}
