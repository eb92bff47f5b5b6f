package cimc.bench;

import cimc.data.Dataset;
import cimc.data.Mnist;
import cimc.golden.Calibration;
import cimc.golden.Evaluation;
import cimc.golden.GoldenModel;
import cimc.hw.CompiledDesign;
import cimc.hw.ConductanceGrid;
import cimc.hw.HardwareSpec;
import cimc.hw.PulseConfig;
import cimc.nn.Mlp;
import java.io.PrintStream;
import java.util.SplittableRandom;

/**
 * Speed of the golden model on the 10,000 MNIST test images, on the default 784-128-64-10
 * network mapped onto 48 x 48 arrays with 8 six-bit ADCs per array.
 *
 * <p>The weights are seeded random 4-bit codes: the golden model's work depends on the input
 * bits and the array structure, not on the weight values, so no trained model is needed. The
 * effective MAC rate counts every weight once per image (109,184 per image), as a dense float
 * network would. The golden model itself skips rows whose input bit is 0. The FMA peak counts one
 * fused multiply-add as one MAC.
 */
public final class GoldenBenchmark implements Benchmark {
  private static final int[] SIZES = {784, 128, 64, 10};
  private static final int REPEATS = 5;

  @Override
  public String name() {
    return "golden";
  }

  @Override
  public String summary() {
    return "golden-model images/s and effective MAC/s on the MNIST test set, vs the FMA peak";
  }

  @Override
  public void run(BenchContext context, PrintStream out) {
    Mnist mnist = Mnist.loadShipped();
    Dataset test = mnist.test();
    CompiledDesign design = randomDesign(1);
    Mlp network = dequantized(design);
    HardwareSpec spec = Calibration.calibrate(design, network, mnist.train().pixels(), 2000,
        new Calibration.Settings(8, 6, 4, 99.9, 99.9, PulseConfig.defaults(8),
            context.threads()));
    GoldenModel model = new GoldenModel(design, spec);
    long weights = 0;
    for (int l = 0; l + 1 < SIZES.length; l++) {
      weights += (long) SIZES[l] * SIZES[l + 1];
    }
    model.evaluate(test.pixels(), test.size(), 0, context.threads());
    out.printf("golden: default network %d weights, %d test images, %d ADC beats per image%n",
        weights, test.size(), spec.adcBeatsPerImage());
    double single = imagesPerSecond(model, test, 1);
    out.printf("golden: 1 thread: %.0f images/s%n", single);
    double all = imagesPerSecond(model, test, context.threads());
    double macs = all * weights;
    double peakMacs = context.fmaPeak().gflops() / 2 * 1e9;
    out.printf("golden: %d threads: %.0f images/s (%.2fx one thread), %.3f s for the test set%n",
        context.threads(), all, all / single, test.size() / all);
    out.printf("golden: %.2f GMAC/s effective, %.1f%% of the measured FMA peak (%.2f GFMA/s)%n",
        macs / 1e9, 100 * macs / peakMacs, peakMacs / 1e9);
  }

  /** Best of {@link #REPEATS} timed runs over the whole test set. */
  private static double imagesPerSecond(GoldenModel model, Dataset test, int threads) {
    double best = 0;
    for (int r = 0; r < REPEATS; r++) {
      long begin = System.nanoTime();
      Evaluation e = model.evaluate(test.pixels(), test.size(), 0, threads);
      double seconds = (System.nanoTime() - begin) / 1e9;
      if (e.classes().length != test.size()) {
        throw new IllegalStateException("golden model returned " + e.classes().length
            + " classes for " + test.size() + " images");
      }
      best = Math.max(best, test.size() / seconds);
    }
    return best;
  }

  private static CompiledDesign randomDesign(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    byte[][] codes = new byte[SIZES.length - 1][];
    double[] scales = new double[SIZES.length - 1];
    float[][] biases = new float[SIZES.length - 1][];
    for (int l = 0; l < codes.length; l++) {
      codes[l] = new byte[SIZES[l] * SIZES[l + 1]];
      for (int k = 0; k < codes[l].length; k++) {
        codes[l][k] = (byte) (random.nextInt(15) - 7);
      }
      scales[l] = 0.02;
      biases[l] = new float[SIZES[l + 1]];
    }
    return CompiledDesign.ideal(SIZES, 4, codes, scales, biases, 48, 48,
        new ConductanceGrid(1.0, 71.0, 8, 8));
  }

  private static Mlp dequantized(CompiledDesign design) {
    return cimc.golden.NominalWeights.of(design);
  }
}
