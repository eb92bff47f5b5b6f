package cimc.golden;

import cimc.CimcException;
import cimc.hw.CalibrationInfo;
import cimc.hw.CompiledDesign;
import cimc.hw.HardwareSpec;
import cimc.hw.LayerSpec;
import cimc.hw.PulseConfig;
import cimc.nn.Mlp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Chooses the integer hardware parameters of a design from training images.
 *
 * <p>Activation scales: hidden layer l's output scale is the {@code activationPercentile} of
 * all float ReLU outputs of that layer (dequantized network, unquantized activations) divided
 * by {@code 2^a - 1}; layer 0's input scale is 1 (binary pixels). ADC steps, layer by layer
 * because each depends on the integer outputs of the layers before: s_l is the smallest integer
 * (at least 1) for which the {@code adcPercentile} of |D| over the used-pair conversions of
 * layer l does not saturate, {@code s = max(1, ceil(2 * Dp / (2H - 1)))}. One unit of Y is then
 * worth {@code u = s * weightScale * inputScale / K}; the bias is {@code round(b / u)} and the
 * requantization ratio {@code u / outputScale} becomes {@code M / 2^S} with the largest S in
 * 0..31 that keeps M below 2^16. Per-column ADC steps are not supported: the RTL has one
 * reference scale per layer.
 */
public final class Calibration {
  private Calibration() {}

  /** Settings of a calibration run. */
  public record Settings(int adcsPerArray, int adcBits, int activationBits,
      double adcPercentile, double activationPercentile, PulseConfig pulses, int threads) {
  }

  /**
   * Calibrates {@code design} on {@code count} images of 0/1 pixels.
   *
   * @param network the dequantized network the design was compiled from
   */
  public static HardwareSpec calibrate(CompiledDesign design, Mlp network, byte[] pixels,
      int count, Settings settings) {
    if (count < 1) {
      throw new CimcException("calibration needs at least 1 image, got " + count);
    }
    int layers = design.layerCount();
    double[] outputScales = activationScales(network, pixels, count, settings);
    List<LayerSpec> specs = new ArrayList<>();
    for (int l = 0; l < layers; l++) {
      specs.add(placeholder(design, l, settings));
    }
    HardwareSpec spec = build(design, specs, settings, count);
    for (int l = 0; l < layers; l++) {
      double inputScale = l == 0 ? 1 : outputScales[l - 1];
      int step = adcStep(design, spec, l, pixels, count, settings);
      specs.set(l, layer(design, l, step, inputScale, outputScales[l], settings));
      spec = build(design, specs, settings, count);
    }
    return spec;
  }

  private static HardwareSpec build(CompiledDesign design, List<LayerSpec> specs,
      Settings s, int count) {
    CalibrationInfo info = new CalibrationInfo(s.adcPercentile(), s.activationPercentile(),
        count);
    return new HardwareSpec(design.rows(), design.cols(), s.adcsPerArray(), s.adcBits(),
        design.grid().levels(), design.grid().substeps(), design.weightBits(), design.sizes(),
        specs, s.pulses(), info);
  }

  /** Parameters that keep later layers inside their ranges while an earlier one calibrates. */
  private static LayerSpec placeholder(CompiledDesign design, int l, Settings s) {
    boolean last = l == design.layerCount() - 1;
    int inputBits = l == 0 ? 1 : s.activationBits();
    return new LayerSpec(inputBits, last ? 0 : s.activationBits(), 1,
        new int[design.sizes()[l + 1]], last ? 1 : 0, 0, design.weightScale(l), 1, 0);
  }

  private static int adcStep(CompiledDesign design, HardwareSpec spec, int l, byte[] pixels,
      int count, Settings s) {
    long[][] histograms = new long[spec.layerCount()][];
    for (int k = 0; k < histograms.length; k++) {
      histograms[k] = new long[(int) spec.widths(k).d().max() + 1];
    }
    GoldenModel model = new GoldenModel(design, spec);
    Batch.evaluate(model, pixels, count, 0, s.threads(), histograms);
    long dp = percentile(histograms[l], s.adcPercentile());
    long half = 1L << (s.adcBits() - 1);
    return (int) Math.max(1, (2 * dp + 2 * half - 2) / (2 * half - 1));
  }

  private static LayerSpec layer(CompiledDesign design, int l, int step, double inputScale,
      double outputScale, Settings s) {
    boolean last = l == design.layerCount() - 1;
    double unit = step * design.weightScale(l) * inputScale / design.grid().substeps();
    float[] floatBiases = design.biases(l);
    int[] biases = new int[floatBiases.length];
    for (int o = 0; o < biases.length; o++) {
      biases[o] = unit > 0 ? roundToInt(floatBiases[o] / unit, l, o) : 0;
    }
    int inputBits = l == 0 ? 1 : s.activationBits();
    if (last) {
      return new LayerSpec(inputBits, 0, step, biases, 1, 0, design.weightScale(l), inputScale,
          0);
    }
    int[] ms = multiplierShift(unit / outputScale, l);
    return new LayerSpec(inputBits, s.activationBits(), step, biases, ms[0], ms[1],
        design.weightScale(l), inputScale, outputScale);
  }

  private static int roundToInt(double value, int l, int o) {
    double r = Math.floor(value + 0.5);
    if (Math.abs(r) > 1 << 30) {
      throw new CimcException("layer " + l + " bias " + o + " is " + value
          + " accumulator units, too large for the hardware; check the model's biases");
    }
    return (int) r;
  }

  /** Returns {M, S} with M / 2^S closest to {@code ratio}, M < 2^16, S as large as allowed. */
  static int[] multiplierShift(double ratio, int l) {
    if (!(ratio > 0) || Double.isInfinite(ratio)) {
      throw new CimcException("layer " + l + " requantization ratio " + ratio
          + " is not a positive finite number; the layer's weights or activations are all zero");
    }
    for (int shift = LayerSpec.MAX_SHIFT; shift >= 0; shift--) {
      long m = Math.round(ratio * (1L << shift));
      if (m < LayerSpec.MULTIPLIER_LIMIT) {
        if (m == 0) {
          throw new CimcException("layer " + l + " requantization ratio " + ratio
              + " is below 2^-32 and rounds to 0; raise the activation bits or the ADC bits");
        }
        return new int[] {(int) m, shift};
      }
    }
    throw new CimcException("layer " + l + " requantization ratio " + ratio + " needs a"
        + " multiplier of 2^16 or more; lower the activation percentile or the ADC bits");
  }

  /**
   * Float output scales of the hidden layers (0 for the last): percentile of ReLU outputs over
   * {@code 2^a - 1}, or 1 when the layer never fires.
   */
  static double[] activationScales(Mlp network, byte[] pixels, int count, Settings s) {
    int layers = network.layerCount();
    double[] scales = new double[layers];
    float[][] outputs = new float[layers][];
    for (int l = 0; l + 1 < layers; l++) {
      outputs[l] = new float[count * network.outputs(l)];
    }
    int inputs = network.inputs(0);
    for (int n = 0; n < count; n++) {
      float[] a = new float[inputs];
      for (int i = 0; i < inputs; i++) {
        a[i] = pixels[n * inputs + i];
      }
      for (int l = 0; l + 1 < layers; l++) {
        a = reluLayer(network, l, a);
        System.arraycopy(a, 0, outputs[l], n * a.length, a.length);
      }
    }
    double levels = (1L << s.activationBits()) - 1;
    for (int l = 0; l + 1 < layers; l++) {
      float[] sorted = outputs[l].clone();
      Arrays.sort(sorted);
      double p = sorted[rank(sorted.length, s.activationPercentile())];
      double max = sorted[sorted.length - 1];
      double top = p > 0 ? p : max;
      scales[l] = top > 0 ? top / levels : 1;
    }
    return scales;
  }

  private static float[] reluLayer(Mlp network, int l, float[] a) {
    int in = network.inputs(l);
    float[] w = network.weights(l);
    float[] z = new float[network.outputs(l)];
    for (int o = 0; o < z.length; o++) {
      float sum = network.biases(l)[o];
      for (int i = 0; i < in; i++) {
        sum += w[o * in + i] * a[i];
      }
      z[o] = Math.max(0f, sum);
    }
    return z;
  }

  /** Nearest-rank percentile index: {@code ceil(p / 100 * n) - 1}, clamped to 0 .. n-1. */
  static int rank(int n, double percentile) {
    int r = (int) Math.ceil(percentile / 100 * n) - 1;
    return Math.max(0, Math.min(n - 1, r));
  }

  /** Nearest-rank percentile of a histogram of non-negative integers. */
  static long percentile(long[] histogram, double percentile) {
    long total = 0;
    for (long c : histogram) {
      total += c;
    }
    if (total == 0) {
      return 0;
    }
    long target = Math.max(1, Math.min(total, (long) Math.ceil(percentile / 100 * total)));
    long seen = 0;
    for (int v = 0; v < histogram.length; v++) {
      seen += histogram[v];
      if (seen >= target) {
        return v;
      }
    }
    return histogram.length - 1;
  }
}
