package cimc.golden;

import static org.junit.jupiter.api.Assertions.assertTrue;

import cimc.data.Dataset;
import cimc.data.Mnist;
import cimc.hw.CompiledDesign;
import cimc.hw.HardwareSpec;
import cimc.hw.PulseConfig;
import cimc.nn.Mlp;
import cimc.nn.Trainer;
import cimc.nn.TrainingConfig;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Golden model against the ADC-free float simulation on a network trained on real MNIST. */
class MnistAgreementTest {
  private static final int TEST_IMAGES = 500;
  private static Mnist mnist;
  private static CompiledDesign design;
  private static Mlp network;

  @BeforeAll
  static void train() {
    mnist = Mnist.loadShipped(Path.of("").toAbsolutePath());
    Mlp trained = Trainer.train(TrainingConfig.defaults().withEpochs(2).withThreads(2),
        mnist.train().first(10_000), null);
    int[] sizes = trained.sizes();
    byte[][] codes = new byte[trained.layerCount()][];
    double[] scales = new double[trained.layerCount()];
    float[][] weights = new float[trained.layerCount()][];
    for (int l = 0; l < codes.length; l++) {
      float[] w = trained.weights(l);
      double max = 0;
      for (float v : w) {
        max = Math.max(max, Math.abs(v));
      }
      scales[l] = max / 7;
      codes[l] = new byte[w.length];
      weights[l] = new float[w.length];
      for (int k = 0; k < w.length; k++) {
        codes[l][k] = (byte) Math.max(-7, Math.min(7, Math.rint(w[k] / scales[l])));
        weights[l][k] = (float) (codes[l][k] * scales[l]);
      }
    }
    float[][] biases = new float[trained.layerCount()][];
    for (int l = 0; l < biases.length; l++) {
      biases[l] = trained.biases(l).clone();
    }
    design = CompiledDesign.ideal(sizes, 4, codes, scales, biases, 48, 48, TestDesigns.GRID);
    network = new Mlp(sizes, weights, biases);
  }

  private static double agreement(int adcBits) {
    HardwareSpec spec = Calibration.calibrate(design, network, mnist.train().pixels(), 1000,
        new Calibration.Settings(8, adcBits, 4, 99.9, 99.9, PulseConfig.defaults(8), 2));
    Dataset test = mnist.test().first(TEST_IMAGES);
    int[] golden = new GoldenModel(design, spec).evaluate(test.pixels(), TEST_IMAGES, 0, 2)
        .classes();
    int[] reference = new FloatSimulation(network, spec).classifyAll(test.pixels(),
        TEST_IMAGES, 2);
    return Simulation.agreement(golden, reference);
  }

  @Test
  void agreesAtEightBits() {
    double a = agreement(8);
    assertTrue(a >= 0.97, "golden and float predictions agree on " + a + " of the images");
  }

  @Test
  void agreesAtTenBits() {
    double a = agreement(10);
    assertTrue(a >= 0.97, "golden and float predictions agree on " + a + " of the images");
  }
}
