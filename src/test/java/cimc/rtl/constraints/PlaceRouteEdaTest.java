package cimc.rtl.constraints;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cimc.CimcException;
import cimc.rtl.DataType;
import cimc.rtl.Expr;
import cimc.rtl.Item;
import cimc.rtl.ModuleSpec;
import cimc.rtl.Port;
import cimc.rtl.PortGroup;
import cimc.rtl.Stmt;
import cimc.rtl.VerilogWriter;
import cimc.rtl.eda.NextpnrIce40;
import cimc.rtl.eda.VerilatorLint;
import cimc.rtl.eda.YosysSynth;
import cimc.rtl.regs.ApbRegisterBlock;
import cimc.rtl.regs.CimRegisterMap;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Places and routes the register block on an iCE40 UP5K. */
@Tag("eda")
class PlaceRouteEdaTest {
  private static final VerilogWriter WRITER = new VerilogWriter(List.of("Place and route."));

  @TempDir
  Path dir;

  @Test
  void bareBlockDoesNotFit() {
    ModuleSpec block = ApbRegisterBlock.module(CimRegisterMap.create(4));
    List<Path> files = WRITER.writeFiles(dir.resolve("rtl"), List.of(block));
    Path json = YosysSynth.synthesizeIce40(dir.resolve("synth"), files, "cim_regs");

    CimcException e = assertThrows(CimcException.class,
        () -> NextpnrIce40.run(dir.resolve("pnr"), json, null, "sg48", 12));

    assertTrue(e.getMessage().startsWith("the design does not fit the iCE40 UP5K (sg48): "
        + "SB_IO "), e.getMessage());
    assertTrue(e.getMessage().contains("/96 used/available"), e.getMessage());
  }

  @Test
  void packagePinsExceeded() {
    ModuleSpec wide = ModuleSpec.builder("t_wide", "Registers a 24-bit bus.")
        .addPortGroup(PortGroup.of("Clock and reset", Port.input("clk_i", DataType.logic()),
            Port.input("rst_ni", DataType.logic())))
        .addPortGroup(PortGroup.of("Data", Port.input("data_i", DataType.logic(24)),
            Port.output("data_o", DataType.logic(24))))
        .add(ModuleSpec.Section.REGISTERS, Item.alwaysFf("clk_i", "rst_ni",
            List.of(Stmt.assignNonBlocking(Expr.id("data_o"), Expr.hex(24, 0))),
            List.of(Stmt.assignNonBlocking(Expr.id("data_o"), Expr.id("data_i")))))
        .build();
    List<Path> files = WRITER.writeFiles(dir.resolve("rtl"), List.of(wide));
    Path json = YosysSynth.synthesizeIce40(dir.resolve("synth"), files, "t_wide");

    CimcException e = assertThrows(CimcException.class,
        () -> NextpnrIce40.run(dir.resolve("pnr"), json, null, "sg48", 12));

    assertTrue(e.getMessage().startsWith("the design does not fit the iCE40 UP5K (sg48): "
        + "ERROR: Unable to find a placement location"), e.getMessage());
  }

  @Test
  void harnessFitsWithPins() throws IOException {
    ModuleSpec block = ApbRegisterBlock.module(CimRegisterMap.create(4));
    ModuleSpec top = FpgaHarness.wrap(block);
    List<Path> files = WRITER.writeFiles(dir.resolve("rtl"), List.of(block, top));
    assertTrue(VerilatorLint.run(dir.resolve("lint"), files, top.name(), null).clean());
    Path pcf = dir.resolve("pins.pcf");
    Files.writeString(pcf, PcfWriter.write(top.name(), List.of(
        new PcfWriter.PinAssignment("clk_i", "35"), new PcfWriter.PinAssignment("rst_ni", "10"),
        new PcfWriter.PinAssignment("ser_i", "4"), new PcfWriter.PinAssignment("out_o", "2"))));
    Path json = YosysSynth.synthesizeIce40(dir.resolve("synth"), files, top.name());

    NextpnrIce40.Result result = NextpnrIce40.run(dir.resolve("pnr"), json, pcf, "sg48", 12);

    assertEquals(4, result.utilization().get("SB_IO").used());
    NextpnrIce40.Use cells = result.utilization().get("ICESTORM_LC");
    assertTrue(cells.used() > 100, cells.toString());
    assertTrue(cells.fits(), cells.toString());
    assertEquals(1, result.fmaxMhz().size(), result.fmaxMhz().toString());
    double fmax = result.fmaxMhz().values().iterator().next();
    assertTrue(fmax > 12, "fmax " + fmax + " MHz");
  }
}
