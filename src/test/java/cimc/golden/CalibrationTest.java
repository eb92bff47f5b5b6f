package cimc.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cimc.CimcException;
import cimc.hw.CompiledDesign;
import cimc.hw.HardwareSpec;
import cimc.hw.PulseConfig;
import cimc.nn.Mlp;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CalibrationTest {
  private static Calibration.Settings settings(int adcBits) {
    return new Calibration.Settings(8, adcBits, 4, 99.9, 99.9, PulseConfig.defaults(8), 2);
  }

  /** Builds a random 4-bit network as {design, float network}, ideally mapped. */
  static Object[] network(long seed) {
    int[] sizes = {784, 128, 64, 10};
    Random random = new Random(seed);
    byte[][] codes = new byte[3][];
    double[] scales = {0.02, 0.05, 0.08};
    float[][] biases = new float[3][];
    float[][] weights = new float[3][];
    for (int l = 0; l < 3; l++) {
      codes[l] = new byte[sizes[l] * sizes[l + 1]];
      weights[l] = new float[codes[l].length];
      for (int k = 0; k < codes[l].length; k++) {
        codes[l][k] = (byte) Math.max(-7, Math.min(7, Math.round(random.nextGaussian() * 2.5)));
        weights[l][k] = (float) (codes[l][k] * scales[l]);
      }
      biases[l] = new float[sizes[l + 1]];
      for (int o = 0; o < biases[l].length; o++) {
        biases[l][o] = (float) (random.nextGaussian() * 0.1);
      }
    }
    CompiledDesign design = CompiledDesign.ideal(sizes, 4, codes, scales, biases, 48, 48,
        TestDesigns.GRID);
    return new Object[] {design, new Mlp(sizes, weights, biases)};
  }

  @Test
  void floatSimulationAgrees() {
    Object[] net = network(1);
    CompiledDesign design = (CompiledDesign) net[0];
    Mlp mlp = (Mlp) net[1];
    byte[] train = TestDesigns.pixels(400, 784, 0.19, 2);
    byte[] test = TestDesigns.pixels(500, 784, 0.19, 3);
    // Random weights and inputs give small logit margins, so integer biases and integer
    // logit ties flip more predictions here than on a trained network.
    int[][] cases = {{10, 485}, {8, 470}};
    for (int[] c : cases) {
      int bits = c[0];
      HardwareSpec spec = Calibration.calibrate(design, mlp, train, 400, settings(bits));
      int[] golden = new GoldenModel(design, spec).evaluate(test, 500, 0, 2).classes();
      int[] reference = new FloatSimulation(mlp, spec).classifyAll(test, 500, 2);
      int same = 0;
      for (int n = 0; n < 500; n++) {
        same += golden[n] == reference[n] ? 1 : 0;
      }
      assertTrue(same >= c[1], bits + " ADC bits: only " + same + " of 500 predictions agree");
    }
  }

  @Test
  void multiplierShiftKeepsPrecision() {
    int[] ms = Calibration.multiplierShift(0.1, 0);
    assertEquals(19, ms[1]);
    assertEquals(Math.round(0.1 * (1 << 19)), ms[0]);
    assertTrue(ms[0] < 1 << 16);
    int[] big = Calibration.multiplierShift(3000.0, 0);
    assertEquals(4, big[1]);
    assertEquals(48000, big[0]);
    assertThrows(CimcException.class, () -> Calibration.multiplierShift(70000.0, 0));
    assertThrows(CimcException.class, () -> Calibration.multiplierShift(0.0, 0));
  }

  @Test
  void histogramPercentile() {
    long[] h = new long[10];
    h[0] = 90;
    h[3] = 9;
    h[7] = 1;
    assertEquals(0, Calibration.percentile(h, 90));
    assertEquals(3, Calibration.percentile(h, 99));
    assertEquals(7, Calibration.percentile(h, 99.5));
    assertEquals(7, Calibration.percentile(h, 100));
  }
}
