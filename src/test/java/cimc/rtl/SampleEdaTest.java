package cimc.rtl;

import static org.junit.jupiter.api.Assertions.assertTrue;

import cimc.rtl.eda.IcarusSim;
import cimc.rtl.eda.VerilatorLint;
import cimc.rtl.eda.YosysSynth;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/** Runs the three EDA tools on the sample modules. */
@Tag("eda")
class SampleEdaTest {
  @TempDir
  Path dir;

  private List<Path> files() {
    return new VerilogWriter(SampleModules.HEADER).writeFiles(dir, SampleModules.all());
  }

  @ParameterizedTest
  @ValueSource(strings = {"smp_acc", "smp_hist"})
  void verilatorLintClean(String top) {
    VerilatorLint.Result result = VerilatorLint.run(dir.resolve("lint"), files(), top, null);
    assertTrue(result.clean(), result.diagnostics().toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"smp_acc", "smp_hist"})
  void yosysSynthesizesClean(String top) {
    YosysSynth.Result result = YosysSynth.synthesize(dir.resolve("synth"), files(), top);
    assertTrue(result.stat().contains("=== " + top + " ==="), result.stat());
  }

  @ParameterizedTest
  @ValueSource(strings = {"smp_acc", "smp_hist"})
  void icarusElaborates(String top) {
    Path compiled = IcarusSim.compile(dir.resolve("sim"), files(), top);
    assertTrue(Files.exists(compiled));
  }
}
