package cimc.rtl.gen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cimc.hw.HardwareSpec;
import cimc.hw.LayerSpec;
import cimc.hw.PulseConfig;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The generator's register widths equal the widths HardwareSpec derives. */
class RtlParamsTest {
  private static int maxBits(HardwareSpec spec, java.util.function.IntUnaryOperator bits,
      boolean hiddenOnly) {
    int max = 1;
    for (int l = 0; l < spec.layerCount(); l++) {
      if (!hiddenOnly || spec.layer(l).hidden()) {
        max = Math.max(max, bits.applyAsInt(l));
      }
    }
    return max;
  }

  private static void checkWidths(HardwareSpec spec) {
    RtlParams p = RtlParams.from(spec);

    assertEquals(maxBits(spec, l -> spec.widths(l).y().signedBits(), false), p.accBits());
    assertEquals(maxBits(spec, l -> spec.widths(l).z().signedBits(), false), p.zBits());
    assertEquals(maxBits(spec, l -> spec.widths(l).product().signedBits(), true),
        p.productBits());
    assertEquals(spec.inputWords(), p.inputWords());
    assertEquals(spec.arrayIndexBits(), p.arrayBits());
    assertEquals(spec.adcBeatsPerImage(), p.conversionsPerImage());
    assertEquals(spec.activationValueBits(), InferModule.valueBits(p));
    assertEquals(spec.classBits(), Widths.unsignedBits(p.outputs() - 1));
  }

  @Test
  void defaultWidthsMatchSpec() {
    checkWidths(DefaultDesign.spec());
  }

  @Test
  void tinyWidthsMatchSpec() {
    checkWidths(TinyDesigns.spec());
  }

  @Test
  void threeLayerWidthsMatchSpec() {
    checkWidths(TinyDesigns.deepSpec());
  }

  @Test
  void defaultCyclesPerImage() {
    RtlParams p = DefaultDesign.params();

    assertEquals(384, p.conversionsPerImage());
    assertEquals(384 * 9 + 128 + 64 + 10 + 1, p.cyclesPerImage());
  }

  @Test
  void wideAmplitudeRejected() {
    HardwareSpec spec = DefaultDesign.spec();
    HardwareSpec wide = new HardwareSpec(spec.rows(), spec.cols(), spec.adcsPerArray(),
        spec.adcBits(), spec.levels(), spec.substeps(), spec.weightBits(), spec.sizes(),
        spec.layers(), new PulseConfig(8, 8, 4, 500, 9, 4, 20, 2), null);

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> RtlParams.from(wide));

    assertTrue(e.getMessage().startsWith("unsupported pulse settings"), e.getMessage());
  }

  @Test
  void singleLayerRejected() {
    HardwareSpec spec = new HardwareSpec(4, 4, 2, 4, 4, 2, 3, new int[] {4, 3},
        List.of(new LayerSpec(1, 0, 1, new int[3], 1, 0, 1, 1, 0)),
        PulseConfig.defaults(2), null);

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> RtlParams.from(spec));

    assertTrue(e.getMessage().startsWith("unsupported: a network of 1 layer"), e.getMessage());
  }
}
