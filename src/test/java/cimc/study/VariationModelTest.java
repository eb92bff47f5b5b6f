package cimc.study;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cimc.CimcException;
import cimc.nn.Mlp;
import cimc.quant.QuantizedModel;
import cimc.quant.Quantizer;
import cimc.quant.SigmaClip;
import cimc.study.VariationModel.Deviation;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class VariationModelTest {
  static QuantizedModel model(int bits) {
    SplittableRandom random = new SplittableRandom(1);
    Mlp mlp = Mlp.zeros(40, 20, 10);
    for (int l = 0; l < 2; l++) {
      float[] w = mlp.weights(l);
      for (int k = 0; k < w.length; k++) {
        w[k] = (float) random.nextGaussian();
      }
    }
    return Quantizer.quantize(mlp, bits, SigmaClip.of(2, false), "1".repeat(64));
  }

  @Test
  void zeroSigmaExact() {
    for (Deviation d : Deviation.values()) {
      for (int levels : new int[] {0, 16, 100}) {
        QuantizedModel q = model(4);
        VariationModel v = new VariationModel(2, 150, levels, d, 0, 0, 0, 0);
        Mlp realized = v.realize(q, new SplittableRandom(9));
        Mlp expected = q.dequantized();
        for (int l = 0; l < q.layerCount(); l++) {
          assertArrayEquals(expected.weights(l), realized.weights(l), d + " levels " + levels);
          assertArrayEquals(expected.biases(l), realized.biases(l));
        }
      }
    }
  }

  @Test
  void clampedToWindow() {
    QuantizedModel q = model(3);
    VariationModel v = new VariationModel(1, 100, 0, Deviation.WINDOW, 5, 0, 0, 0);
    float[] w = v.realizeLayer(q, 0, new SplittableRandom(2));
    double limit = 3 * q.scale(0);
    int atLimit = 0;
    for (float x : w) {
      assertTrue(Math.abs(x) <= limit * (1 + 1e-6), "weight " + x + " beyond " + limit);
      atLimit += Math.abs(Math.abs(x) - limit) < 1e-6 * limit ? 1 : 0;
    }
    assertTrue(atLimit > w.length / 10, "few cells at the window ends: " + atLimit);
  }

  @Test
  void cellsClampedAllDeviations() {
    for (Deviation d : Deviation.values()) {
      CellSampler cells = new CellSampler(new VariationModel(1, 100, 0, d, 3, 0, 0, 0), 7);
      SplittableRandom random = new SplittableRandom(4);
      for (int k = 0; k < 10_000; k++) {
        double g = cells.sample(k % 8, random);
        assertTrue(g >= 0 && g <= 7, d + " gave " + g);
      }
    }
  }

  @Test
  void stuckAtRates() {
    VariationModel v = new VariationModel(1, 100, 0, Deviation.WINDOW, 0, 0, 0.1, 0.05);
    CellSampler cells = new CellSampler(v, 7);
    SplittableRandom random = new SplittableRandom(8);
    int n = 200_000;
    int atMin = 0;
    int atMax = 0;
    for (int k = 0; k < n; k++) {
      double g = cells.sample(3, random);
      atMin += g == 0 ? 1 : 0;
      atMax += g == 7 ? 1 : 0;
    }
    // Four binomial standard deviations: about 0.27% and 0.19% of n.
    assertEquals(0.1, (double) atMin / n, 4 * Math.sqrt(0.1 * 0.9 / n));
    assertEquals(0.05, (double) atMax / n, 4 * Math.sqrt(0.05 * 0.95 / n));
  }

  @Test
  void windowSpreadMatchesSigma() {
    CellSampler cells = new CellSampler(gaussian(0.02), 31);
    SplittableRandom random = new SplittableRandom(12);
    int n = 100_000;
    double sum = 0;
    double squares = 0;
    for (int k = 0; k < n; k++) {
      double g = cells.sample(15, random) - 15;
      sum += g;
      squares += g * g;
    }
    double mean = sum / n;
    double std = Math.sqrt(squares / n - mean * mean);
    assertEquals(0, mean, 0.01);
    assertEquals(0.02 * 31, std, 0.01);
  }

  @Test
  void readNoiseNotClamped() {
    VariationModel v = new VariationModel(1, 100, 0, Deviation.WINDOW, 0, 0.5, 0, 0);
    CellSampler cells = new CellSampler(v, 7);
    SplittableRandom random = new SplittableRandom(3);
    boolean below = false;
    for (int k = 0; k < 1000; k++) {
      below |= cells.sample(0, random) < 0;
    }
    assertTrue(below);
  }

  @Test
  void sameStreamSameWeights() {
    QuantizedModel q = model(4);
    VariationModel v = new VariationModel(1, 100, 0, Deviation.LOG_NORMAL, 0.1, 0.01, 0.01, 0.01);
    long seed = VariationModel.streamSeed(5, 0, 1, 4, 2, 3);
    Mlp a = v.realize(q, new SplittableRandom(seed));
    Mlp b = v.realize(q, new SplittableRandom(seed));
    assertArrayEquals(a.weights(0), b.weights(0));
    assertArrayEquals(a.weights(1), b.weights(1));
  }

  @Test
  void streamSeedsDistinct() {
    Set<Long> seeds = new HashSet<>();
    for (int m = 0; m < 4; m++) {
      for (int z = 0; z < 4; z++) {
        for (int bits = 2; bits <= 5; bits++) {
          for (int v = 0; v < 4; v++) {
            for (int d = 0; d < 4; d++) {
              seeds.add(VariationModel.streamSeed(1, m, z, bits, v, d));
            }
          }
        }
      }
    }
    assertEquals(4 * 4 * 4 * 4 * 4, seeds.size());
    assertNotEquals(VariationModel.streamSeed(1, 0, 0, 4, 0, 0),
        VariationModel.streamSeed(2, 0, 0, 4, 0, 0));
  }

  @Test
  void badWindowRejected() {
    CimcException e = assertThrows(CimcException.class,
        () -> new VariationModel(100, 100, 0, Deviation.WINDOW, 0, 0, 0, 0));
    assertTrue(e.getMessage().contains("Gmin 100.0"), e.getMessage());
    assertThrows(CimcException.class,
        () -> new VariationModel(50, 10, 0, Deviation.WINDOW, 0, 0, 0, 0));
    assertThrows(CimcException.class,
        () -> new VariationModel(-1, 10, 0, Deviation.WINDOW, 0, 0, 0, 0));
  }

  @Test
  void negativeSigmaRejected() {
    CimcException e = assertThrows(CimcException.class, () -> gaussian(-0.01));
    assertTrue(e.getMessage().contains("-0.01"), e.getMessage());
    assertThrows(CimcException.class,
        () -> new VariationModel(1, 100, 0, Deviation.WINDOW, 0, -1, 0, 0));
    assertThrows(CimcException.class, () -> gaussian(Double.NaN));
  }

  @Test
  void badRatesRejected() {
    CimcException e = assertThrows(CimcException.class,
        () -> new VariationModel(1, 100, 0, Deviation.WINDOW, 0, 0, 1.5, 0));
    assertTrue(e.getMessage().contains("1.5"), e.getMessage());
    assertThrows(CimcException.class,
        () -> new VariationModel(1, 100, 0, Deviation.WINDOW, 0, 0, 0, -0.1));
    assertThrows(CimcException.class,
        () -> new VariationModel(1, 100, 0, Deviation.WINDOW, 0, 0, 0.6, 0.6));
  }

  @Test
  void tooFewLevelsRejected() {
    VariationModel v = new VariationModel(1, 100, 4, Deviation.WINDOW, 0, 0, 0, 0);
    CimcException e = assertThrows(CimcException.class, () -> v.levelsFor(4));
    assertTrue(e.getMessage().contains("at least 8"), e.getMessage());
    assertEquals(4, v.levelsFor(3));
    assertEquals(8, gaussian(0).levelsFor(4));
  }

  @Test
  void parseDeviation() {
    assertEquals(Deviation.LOG_NORMAL, Deviation.parse("LogNormal"));
    assertEquals(Deviation.WINDOW, Deviation.parse("window"));
    assertThrows(CimcException.class, () -> Deviation.parse("uniform"));
  }

  static VariationModel gaussian(double sigma) {
    return VariationModel.gaussianWindow(sigma);
  }
}
