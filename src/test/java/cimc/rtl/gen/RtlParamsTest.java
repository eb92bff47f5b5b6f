package cimc.rtl.gen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cimc.hw.HardwareSpec;
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
  void defaultCyclesPerImage() {
    RtlParams p = DefaultDesign.params();

    assertEquals(384, p.conversionsPerImage());
    assertEquals(384 * 9 + 128 + 64 + 10 + 1, p.cyclesPerImage());
  }
}
