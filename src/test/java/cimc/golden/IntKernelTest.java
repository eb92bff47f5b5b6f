package cimc.golden;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cimc.hw.CompiledDesign;
import cimc.hw.HardwareSpec;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The int kernel serves noiseless runs and the 64-bit path serves noisy, traced and calibration
 * runs. Read noise of 1e-9 codes rounds to zero on every conversion, so it takes the 64-bit path
 * with exactly the noiseless semantics, and both paths must then agree on every count.
 */
class IntKernelTest {
  @Test
  void kernelEqualsWidePath() throws ReflectiveOperationException {
    int[][] shapes = {{100, 30, 10}, {60, 20, 12, 10}, {50, 10}};
    long totalSaturations = 0;
    for (int s = 0; s < shapes.length; s++) {
      for (int adcBits : new int[] {3, 5, 8}) {
        CompiledDesign design = TestDesigns.design(shapes[s], 16, 16, 4, 11 + s, 2);
        HardwareSpec spec = TestDesigns.spec(design, 4, adcBits, 3, 7 + s);
        byte[] pixels = TestDesigns.pixels(200, shapes[s][0], 0.35, 5 + s);
        GoldenModel model = new GoldenModel(design, spec);
        java.lang.reflect.Field field = GoldenModel.class.getDeclaredField("kernel");
        field.setAccessible(true);
        assertTrue(field.get(model) != null, "no int kernel for " + Arrays.toString(shapes[s]));
        Evaluation kernel = model.evaluate(pixels, 200, 0, 2);
        Evaluation wide = new GoldenModel(design, spec).withReadNoise(1e-9, 1)
            .evaluate(pixels, 200, 0, 2);
        String where = "shape " + Arrays.toString(shapes[s]) + ", " + adcBits + " ADC bits";
        assertArrayEquals(wide.classes(), kernel.classes(), where);
        assertArrayEquals(wide.conversions(), kernel.conversions(), where);
        assertArrayEquals(wide.saturations(), kernel.saturations(), where);
        totalSaturations += Arrays.stream(kernel.saturations()).sum();
      }
    }
    assertTrue(totalSaturations > 0, "the cases must include saturated conversions");
  }
}
