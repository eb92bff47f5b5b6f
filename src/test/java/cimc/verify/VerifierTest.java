package cimc.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated RTL of a default-size design (784-128-64-10 on 48x48 arrays) against its golden
 * vectors: 100 images, two more seeds with randomized initial state and other image orders,
 * program mode on the shipped device's write-verify traces (stuck cells that fail included),
 * and three images on Icarus Verilog.
 */
@Tag("eda")
class VerifierTest {
  private static final int[] SIZES = {784, 128, 64, 10};

  @Test
  void defaultDesignPasses(@TempDir Path dir) throws Exception {
    SyntheticDesign d = SyntheticDesign.write(dir.resolve("design"), SIZES, 100, 5, 2);
    JsonNode program = new ObjectMapper().readTree(d.dir.resolve("vectors/index.json").toFile())
        .path("program");
    assertEquals(48 * 48, program.path("jobs").asInt());
    assertTrue(program.path("fails").asInt() > 0, "stuck cells that fail verify: " + program);
    List<String> log = new ArrayList<>();
    // A relative design path, as `cimc flow` passes by default: the simulators run in the work
    // folder, so every path they get must still point at the design.
    Path relative = Path.of("").toAbsolutePath().relativize(d.dir);
    assertFalse(relative.isAbsolute());
    Verifier.Report report = Verifier.verify(new VerifyOptions(relative, null, null, 100, false,
        3, true, null, 200_000, 3), log::add);

    List<String> mismatches = log.stream().filter(l -> l.startsWith("MISMATCH")).toList();
    assertEquals(List.of(), mismatches);
    assertEquals(List.of("inference", "seed 2, reverse order", "seed 3, repeat order", "program",
        "icarus"), report.runs().stream().map(Verifier.Run::name).toList());
    int[] passed = {100, 20, 40, 48 * 48, 3};
    for (int i = 0; i < passed.length; i++) {
      TestbenchRun.Verdict v = report.runs().get(i).verdict();
      assertEquals(passed[i], v.passed(), report.runs().get(i).name());
      assertEquals(0, v.failed(), report.runs().get(i).name());
      assertTrue(v.ok(), report.runs().get(i).name());
    }
    assertTrue(report.runs().get(0).verdict().cycles() > 100 * 3_000,
        "100 images take over 3,000 cycles each");
    assertTrue(report.passed());
    assertTrue(report.rebuilt());

    Verifier.Report again = Verifier.verify(new VerifyOptions(d.dir, null, null, 10, false, 1,
        false, null, 200_000, 0), l -> { });
    assertFalse(again.rebuilt(), "an unchanged design reuses the built testbench");
    assertTrue(again.passed());

    List<String> timeoutLog = new ArrayList<>();
    Verifier.Report hung = Verifier.verify(new VerifyOptions(d.dir, null, null, 2, false, 1,
        false, null, 1_000, 0), timeoutLog::add);
    assertFalse(hung.passed());
    assertTrue(timeoutLog.stream().anyMatch(l -> l.startsWith("TIMEOUT timed out at cycle ")
        && l.endsWith("waiting for the inference of image 0 to finish")),
        String.join("\n", timeoutLog));
    assertTrue(timeoutLog.stream().anyMatch(l -> l.startsWith("state at cycle ")),
        String.join("\n", timeoutLog));
  }
}
