package cimc.rtl.gen;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cimc.golden.GoldenModel;
import cimc.golden.GoldenTrace;
import cimc.hw.HardwareSpec;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The testbench expectations equal the golden model's trace, beat for beat. */
class ReferenceModelTest {
  @Test
  void tinyTracesMatchGoldenModel() {
    checkAgainstGolden(TinyDesigns.spec(), 7);
  }

  @Test
  void threeLayerTracesMatchGoldenModel() {
    checkAgainstGolden(TinyDesigns.deepSpec(), 11);
  }

  private static void checkAgainstGolden(HardwareSpec spec, long seed) {
    TestVectors v = new TestVectors(RtlParams.from(spec), seed, 20);
    GoldenModel golden = new GoldenModel(TinyDesigns.design(spec, v.cells), spec);

    for (int i = 0; i < v.images.size(); i++) {
      int[] image = v.images.get(i);
      byte[] pixels = new byte[image.length];
      for (int k = 0; k < image.length; k++) {
        pixels[k] = (byte) image[k];
      }
      GoldenTrace expected = golden.trace(pixels, 0, i);
      ReferenceModel.Trace actual = v.traces.get(i);

      List<Integer> codes = new ArrayList<>();
      actual.adcBeats().forEach(beat -> {
        for (int k : beat) {
          codes.add(k);
        }
      });
      assertArrayEquals(expected.adcCodes(), codes.stream().mapToInt(k -> k).toArray(),
          "ADC codes of image " + i);
      int next = 0;
      for (int l = 0; l < expected.outputs().length; l++) {
        for (long value : expected.outputs()[l]) {
          assertEquals(value, actual.activations().get(next++)[2], "output of image " + i);
        }
      }
      assertEquals(expected.predictedClass(), actual.predicted(), "class of image " + i);
    }
  }

  @Test
  void adcRoundsHalfUpAndSaturates() {
    assertEquals(1, ReferenceModel.adc(2, 4, 4));
    assertEquals(0, ReferenceModel.adc(1, 4, 4));
    assertEquals(-1, ReferenceModel.adc(-3, 4, 4));
    assertEquals(0, ReferenceModel.adc(-2, 4, 4));
    assertEquals(7, ReferenceModel.adc(1000, 1, 4));
    assertEquals(-8, ReferenceModel.adc(-1000, 1, 4));
  }
}
