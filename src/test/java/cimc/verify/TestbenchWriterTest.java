package cimc.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cimc.rtl.gen.DefaultDesign;
import cimc.hw.HardwareSpec;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The generated C++ sources carry the spec's and the register map's values. */
class TestbenchWriterTest {
  private static final HardwareSpec SPEC = DefaultDesign.spec();

  @Test
  void paramsHoldGeometryAndLayers() {
    String text = new TestbenchWriter(SPEC, RtlRegisters.layout(SPEC))
        .designParams(Path.of("/d"), Path.of("/d/vectors"));
    assertTrue(text.contains("  p.design.rows = 48;\n"), text);
    assertTrue(text.contains("  p.design.adcs = 8;\n"), text);
    assertTrue(text.contains("  p.design.adc_bits = 6;\n"), text);
    assertTrue(text.contains("  p.design.max_code = 56;\n"), text);
    assertTrue(text.contains("      {784, 128, 0, 1, " + SPEC.layer(0).adcStep() + "},\n"), text);
    assertTrue(text.contains("      {128, 64, 102, 4, " + SPEC.layer(1).adcStep() + "},\n"),
        text);
    assertTrue(text.contains("      {64, 10, 111, 4, " + SPEC.layer(2).adcStep() + "},\n"), text);
    assertTrue(text.contains("  p.address.array_bits = 7;\n"), text);
    assertTrue(text.contains("  p.design.design_dir = \"/d\";\n"), text);
  }

  @Test
  void paramsHoldRegisterLayout() {
    RegisterLayout layout = RtlRegisters.layout(SPEC);
    String text = new TestbenchWriter(SPEC, layout).designParams(null, Path.of("/v"));
    assertTrue(text.contains(String.format("  p.registers.input_data = 0x%03x;%n",
        layout.offset("INPUT_DATA"))), text);
    assertTrue(text.contains(String.format("  p.registers.job_window_hi_lsb = %d;%n",
        layout.lsb("JOB_WINDOW.hi"))), text);
    assertTrue(text.contains("  p.design.design_dir = \"\";\n"), text);
    assertEquals(2, layout.pulseSetup().size());
  }

  @Test
  void literalEscapes() {
    assertEquals("\"a\\\\b\\\"c\\012\"", TestbenchWriter.literal("a\\b\"c\n"));
  }
}
