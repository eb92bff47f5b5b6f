package cimc.golden;

import cimc.hw.CompiledDesign;
import cimc.hw.HardwareSpec;
import cimc.nn.Mlp;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Runs the golden model of one design on the test set at several ADC resolutions and, when a
 * variation is given, over several seeded draws of as-programmed codes. Each draw is calibrated
 * on its own, as a chip would be after programming, on the first training images.
 */
public final class Simulation {
  private Simulation() {}

  /**
   * Settings of a simulation.
   *
   * @param adcBits ADC resolutions to run
   * @param calibration calibration settings; its ADC bits are replaced by each of
   *     {@code adcBits}
   * @param calibrationImages training images used for calibration
   * @param sampler draws the as-programmed codes of each Monte Carlo draw, or null to run the
   *     design as given
   * @param draws number of draws (1 without a sampler)
   * @param seed seed of the read noise; draw d uses {@code seed + d}
   * @param readNoise read noise per conversion in conductance codes, 0 for none
   * @param fixedSpec a calibrated spec to run as it is instead of calibrating, or null; its
   *     ADC bits replace {@code adcBits}
   */
  public record Settings(int[] adcBits, Calibration.Settings calibration,
      int calibrationImages, DesignSampler sampler, int draws, long seed, double readNoise,
      HardwareSpec fixedSpec) {
  }

  /**
   * Simulates {@code design}; {@code network} is its dequantized float network. Reports each
   * result to {@code progress} as it is ready and returns all of them.
   */
  public static List<SimulationResult> run(String label, CompiledDesign design, Mlp network,
      byte[] trainPixels, byte[] testPixels, byte[] testLabels, Settings s,
      Consumer<SimulationResult> progress) {
    List<SimulationResult> results = new ArrayList<>();
    int tests = testLabels.length;
    int threads = s.calibration().threads();
    int[] floatClasses = null;
    double floatAccuracy = 0;
    for (int draw = 0; draw < s.draws(); draw++) {
      CompiledDesign drawn = s.sampler() == null ? design : s.sampler().sample(design, draw);
      int[] resolutions = s.fixedSpec() != null ? new int[] {s.fixedSpec().adcBits()}
          : s.adcBits();
      for (int bits : resolutions) {
        HardwareSpec spec = s.fixedSpec() != null ? s.fixedSpec()
            : Calibration.calibrate(drawn, network, trainPixels, s.calibrationImages(),
                withBits(s.calibration(), bits));
        if (floatClasses == null) {
          floatClasses = new FloatSimulation(network, spec).classifyAll(testPixels, tests,
              threads);
          floatAccuracy = accuracy(floatClasses, testLabels);
        }
        GoldenModel model = new GoldenModel(drawn, spec);
        Evaluation calibrationRun = model.evaluate(trainPixels, s.calibrationImages(), 0,
            threads);
        Evaluation test = model.withReadNoise(s.readNoise(), s.seed() + draw)
            .evaluate(testPixels, tests, 0, threads);
        SimulationResult result = new SimulationResult(label, bits, draw,
            test.accuracy(testLabels), floatAccuracy, agreement(test.classes(), floatClasses),
            steps(spec), rates(calibrationRun), rates(test));
        results.add(result);
        progress.accept(result);
      }
    }
    return results;
  }

  private static Calibration.Settings withBits(Calibration.Settings c, int bits) {
    return new Calibration.Settings(c.adcsPerArray(), bits, c.activationBits(),
        c.adcPercentile(), c.activationPercentile(), c.pulses(), c.threads());
  }

  static double accuracy(int[] classes, byte[] labels) {
    int correct = 0;
    for (int n = 0; n < classes.length; n++) {
      correct += classes[n] == labels[n] ? 1 : 0;
    }
    return (double) correct / classes.length;
  }

  static double agreement(int[] a, int[] b) {
    int same = 0;
    for (int n = 0; n < a.length; n++) {
      same += a[n] == b[n] ? 1 : 0;
    }
    return (double) same / a.length;
  }

  private static int[] steps(HardwareSpec spec) {
    int[] steps = new int[spec.layerCount()];
    for (int l = 0; l < steps.length; l++) {
      steps[l] = spec.layer(l).adcStep();
    }
    return steps;
  }

  private static double[] rates(Evaluation e) {
    double[] rates = new double[e.conversions().length];
    for (int l = 0; l < rates.length; l++) {
      rates[l] = e.saturationRate(l);
    }
    return rates;
  }
}
