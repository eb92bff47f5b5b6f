package cimc.rtl;

import static org.junit.jupiter.api.Assertions.assertTrue;

import cimc.rtl.eda.IcarusSim;
import cimc.rtl.eda.VerilatorLint;
import cimc.rtl.eda.YosysSynth;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the three EDA tools on the sample modules that use every writer construct. */
@Tag("eda")
class SampleEdaTest {
  @TempDir
  Path dir;

  private List<Path> files() {
    return new VerilogWriter(SampleModules.HEADER).writeFiles(dir,
        List.of(SampleModules.inverter(), SampleModules.accumulator()));
  }

  @Test
  void verilatorLintClean() {
    VerilatorLint.Result result = VerilatorLint.run(dir.resolve("lint"), files(), "smp_acc",
        null);
    assertTrue(result.clean(), result.diagnostics().toString());
  }

  @Test
  void yosysSynthesizesClean() {
    YosysSynth.Result result = YosysSynth.synthesize(dir.resolve("synth"), files(), "smp_acc");
    assertTrue(result.stat().contains("smp_acc"), result.stat());
  }

  @Test
  void icarusElaborates() {
    Path compiled = IcarusSim.compile(dir.resolve("sim"), files(), "smp_acc");
    assertTrue(Files.exists(compiled));
  }
}
