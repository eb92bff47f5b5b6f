package cimc.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The C++ crossbar model and the Java golden model must give the same ADC codes. */
@Tag("eda")
class ModelCheckTest {
  private static final int[] SIZES = {784, 128, 64, 10};

  @Test
  void modelMatchesGoldenCodes(@TempDir Path dir) throws Exception {
    SyntheticDesign d = SyntheticDesign.write(dir.resolve("design"), SIZES, 10, 3, 2);
    String params = new TestbenchWriter(d.spec, RtlRegisters.layout(d.spec))
        .designParams(d.dir, d.dir.resolve("vectors"));
    List<String> lines = new ArrayList<>();
    TestbenchRun.Verdict verdict = ModelCheck.run(params, d.dir.resolve("vectors"),
        dir.resolve("work"), lines::add);
    assertEquals(List.of(), lines);
    assertEquals(10, verdict.passed());
    assertEquals(0, verdict.failed());
    assertTrue(verdict.ok());
  }

  @Test
  void changedCellIsCaught(@TempDir Path dir) throws Exception {
    SyntheticDesign d = SyntheticDesign.write(dir.resolve("design"), SIZES, 4, 3, 0);
    // Array 0 (layer 0): every G+ cell of pair 0 moves to the maximum code in both the vectors
    // and the maps, so the C++ model now disagrees with the golden ADC codes.
    for (Path file : List.of(d.dir.resolve("vectors/cells.hex"),
        d.dir.resolve("maps/array_000_cond.hex"))) {
      List<String> codes = new ArrayList<>(Files.readAllLines(file));
      for (int row = 0; row < 48; row++) {
        codes.set(row * 48, "38");
      }
      Files.write(file, codes);
    }
    String params = new TestbenchWriter(d.spec, RtlRegisters.layout(d.spec))
        .designParams(d.dir, d.dir.resolve("vectors"));
    TestbenchRun.Verdict verdict = ModelCheck.run(params, d.dir.resolve("vectors"),
        dir.resolve("work"), line -> { });
    assertTrue(verdict.failed() > 0, "a changed cell must change some ADC code");
    assertEquals(1, verdict.exitCode());
  }
}
