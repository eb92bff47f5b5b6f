package cimc.rtl.regs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cimc.rtl.VerilogWriter;
import cimc.rtl.eda.IcarusSim;
import cimc.rtl.eda.VerilatorLint;
import cimc.rtl.eda.YosysSynth;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs Verilator, Yosys and Icarus on the default register block. */
@Tag("eda")
class RegisterBlockEdaTest {
  @TempDir
  Path dir;

  private List<Path> rtl() {
    return new VerilogWriter(List.of("Register block under test."))
        .writeFiles(dir.resolve("rtl"), List.of(ApbRegisterBlock.module(CimRegisterMap.create(4))));
  }

  @Test
  void verilatorLintClean() {
    VerilatorLint.Result result = VerilatorLint.run(dir.resolve("lint"), rtl(), "cim_regs",
        null);
    assertTrue(result.clean(), result.diagnostics().toString());
  }

  @Test
  void yosysNoLatchesNoMultipleDrivers() throws IOException {
    YosysSynth.Result result = YosysSynth.synthesize(dir.resolve("synth"), rtl(), "cim_regs");

    assertTrue(result.stat().contains("=== cim_regs ==="), result.stat());
    assertTrue(Files.readString(dir.resolve("synth/stat.txt")).contains("Number of cells:"));
  }

  @Test
  void icarusTestbenchPasses() throws IOException {
    Path testbench = dir.resolve("cim_regs_tb.sv");
    try (InputStream in = getClass().getResourceAsStream("cim_regs_tb.sv")) {
      Files.copy(in, testbench);
    }
    List<Path> files = new java.util.ArrayList<>(rtl());
    files.add(testbench);

    Path compiled = IcarusSim.compile(dir.resolve("sim"), files, "cim_regs_tb");
    IcarusSim.Result result = IcarusSim.run(dir.resolve("sim"), compiled, 60);

    assertEquals(0, result.exitCode(), result.output());
    assertTrue(result.output().contains("PASS"), result.output());
    assertTrue(!result.output().contains("MISMATCH"), result.output());
  }

  @Test
  void icarusElaboratesBlockAlone() {
    assertTrue(Files.exists(IcarusSim.compile(dir.resolve("sim"), rtl(), "cim_regs")));
  }
}
