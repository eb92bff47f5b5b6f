package cimc.rtl.eda;

import static cimc.rtl.Expr.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cimc.CimcException;
import cimc.rtl.DataType;
import cimc.rtl.Expr;
import cimc.rtl.Item;
import cimc.rtl.ModuleSpec;
import cimc.rtl.ModuleSpec.Section;
import cimc.rtl.Port;
import cimc.rtl.PortGroup;
import cimc.rtl.Stmt;
import cimc.rtl.VerilogWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("eda")
class EdaRunnersTest {
  private static final VerilogWriter WRITER = new VerilogWriter(List.of("EDA runner test."));

  @TempDir
  Path dir;

  private static ModuleSpec.Builder twoInputs(String name) {
    return ModuleSpec.builder(name, "Test module.")
        .addPortGroup(PortGroup.of("Data", Port.input("a_i", DataType.logic()),
            Port.input("b_i", DataType.logic()), Port.output("y_o", DataType.logic())));
  }

  private Path write(ModuleSpec module) {
    return WRITER.writeFiles(dir, List.of(module)).get(0);
  }

  @Test
  void lintReportsUnusedInput() {
    Path file = write(twoInputs("t_unused").add(Section.DATAPATH,
        Item.assign(id("y_o"), id("a_i"))).build());

    VerilatorLint.Result result = VerilatorLint.run(dir.resolve("lint"), List.of(file),
        "t_unused", null);

    assertEquals(1, result.diagnostics().size(), result.diagnostics().toString());
    Diagnostic warning = result.diagnostics().get(0);
    assertEquals("Warning", warning.severity());
    assertEquals("UNUSEDSIGNAL", warning.code());
    assertEquals(file.toAbsolutePath().toString(), warning.file());
    assertTrue(warning.line() > 0);
    assertTrue(Files.exists(result.log()));
  }

  @Test
  void lintWaiverSuppresses() throws IOException {
    Path file = write(twoInputs("t_waived").add(Section.DATAPATH,
        Item.assign(id("y_o"), id("a_i"))).build());
    Path vlt = dir.resolve("waivers.vlt");
    Files.writeString(vlt, LintWaiver.toVlt(List.of(new LintWaiver("UNUSEDSIGNAL",
        "*t_waived.sv", "*b_i*", "b_i is kept for a later revision of this port list"))));

    VerilatorLint.Result result = VerilatorLint.run(dir.resolve("lint"), List.of(file),
        "t_waived", vlt);

    assertTrue(result.clean(), result.diagnostics().toString());
  }

  @Test
  void waiverText() {
    String text = LintWaiver.toVlt(List.of(new LintWaiver("WIDTH", "*a.sv", null, "Reason.")));
    assertEquals("`verilator_config\n\n// Reason.\nlint_off -rule WIDTH -file \"*a.sv\"\n", text);
    assertThrows(IllegalArgumentException.class,
        () -> new LintWaiver("WIDTH", "*a.sv", null, " "));
  }

  @Test
  void lintSyntaxErrorParsed() throws IOException {
    Path file = dir.resolve("t_bad.sv");
    Files.writeString(file, "module t_bad (input logic a_i);\n  assign = ;\nendmodule\n");

    VerilatorLint.Result result = VerilatorLint.run(dir.resolve("lint"), List.of(file),
        "t_bad", null);

    assertFalse(result.clean());
    assertEquals("Error", result.diagnostics().get(0).severity());
    assertEquals(2, result.diagnostics().get(0).line());
  }

  @Test
  void synthRejectsLatch() {
    Path file = write(twoInputs("t_latch").add(Section.DATAPATH, Item.alwaysComb(List.of(
        Stmt.ifThen(id("a_i"), List.of(Stmt.assign(id("y_o"), id("b_i"))))))).build());

    CimcException e = assertThrows(CimcException.class,
        () -> YosysSynth.synthesize(dir.resolve("synth"), List.of(file), "t_latch"));

    assertTrue(e.getMessage().startsWith("synthesis of t_latch infers latches"), e.getMessage());
    assertTrue(e.getMessage().contains("yosys-synth.log"), e.getMessage());
  }

  @Test
  void synthRejectsPlainAlwaysLatch() throws IOException {
    Path file = dir.resolve("t_latch2.sv");
    Files.writeString(file, "module t_latch2 (input logic a_i, input logic b_i, output logic "
        + "y_o);\n  always @* begin\n    if (a_i) y_o = b_i;\n  end\nendmodule\n");

    CimcException e = assertThrows(CimcException.class,
        () -> YosysSynth.synthesize(dir.resolve("synth"), List.of(file), "t_latch2"));

    assertTrue(e.getMessage().startsWith("synthesis of t_latch2 infers latches"), e.getMessage());
  }

  @Test
  void synthRejectsMultipleDrivers() {
    Path file = write(twoInputs("t_multi").add(Section.DATAPATH, List.of(
        Item.assign(id("y_o"), id("a_i")), Item.assign(id("y_o"), id("b_i")))).build());

    CimcException e = assertThrows(CimcException.class,
        () -> YosysSynth.synthesize(dir.resolve("synth"), List.of(file), "t_multi"));

    assertTrue(e.getMessage().contains("multiple drivers"), e.getMessage());
  }

  @Test
  void synthKeepsStat() {
    Path file = write(twoInputs("t_and").add(Section.DATAPATH, Item.assign(id("y_o"),
        id("a_i").op(Expr.BinaryOp.AND, id("b_i")))).build());

    YosysSynth.Result result = YosysSynth.synthesize(dir.resolve("synth"), List.of(file),
        "t_and");

    assertTrue(result.stat().contains("Number of cells:"), result.stat());
  }

  @Test
  void icarusCompileErrorNamesLog() throws IOException {
    Path file = dir.resolve("t_bad.sv");
    Files.writeString(file, "module t_bad (input logic a_i);\n  assign = ;\nendmodule\n");

    CimcException e = assertThrows(CimcException.class,
        () -> IcarusSim.compile(dir.resolve("sim"), List.of(file), "t_bad"));

    assertTrue(e.getMessage().startsWith("iverilog compile of t_bad failed"), e.getMessage());
    assertTrue(e.getMessage().contains("iverilog-t_bad.log"), e.getMessage());
  }

  @Test
  void missingToolNamesPackage() {
    CimcException e = assertThrows(CimcException.class,
        () -> ToolProcess.requireOnPath("cimc-absent-tool", "cimc-absent-package"));
    assertEquals("cimc-absent-tool was not found on PATH; install it with 'sudo apt-get "
        + "install -y cimc-absent-package' (Debian package cimc-absent-package) or add its "
        + "folder to PATH", e.getMessage());
  }
}
