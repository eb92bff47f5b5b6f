package cimc.quant;

import cimc.CimcException;
import cimc.nn.Mlp;

/**
 * Post-training quantization (PTQ): symmetric, uniform, signed quantization of each weight layer
 * to {@code bits} bits after σ-clipping.
 *
 * <p>Each layer gets one scale, {@code scale = max(|low|, |high|) / (2^(bits−1) − 1)}, taken
 * from the clipping bounds (with per-neuron clipping, the largest bound over the layer's
 * neurons), because one crossbar column needs one requantization factor per layer. A weight w is
 * clipped to its bounds, then coded as {@code rint(w / scale)}, which rounds ties half to even
 * and is odd-symmetric, so q(−w) = −q(w) and q(0) = 0. Codes lie in [−(2^(bits−1) − 1),
 * 2^(bits−1) − 1]; the most negative two's-complement value is never used. A layer whose bounds
 * are both 0 gets scale 0 and all codes 0.
 *
 * <p>Biases are copied unchanged as floats: the periphery adds them digitally after the
 * array's output has been scaled back.
 */
public final class Quantizer {
  public static final int MIN_BITS = 2;
  public static final int MAX_BITS = 8;

  private Quantizer() {}

  /** Rejects a bit width outside 2..8. */
  public static void checkBits(int bits) {
    if (bits < MIN_BITS || bits > MAX_BITS) {
      throw new CimcException("invalid bit width " + bits + ": expected an integer from "
          + MIN_BITS + " to " + MAX_BITS);
    }
  }

  /** Returns the largest code magnitude for {@code bits}, 2^(bits−1) − 1. */
  public static int maxCode(int bits) {
    checkBits(bits);
    return (1 << (bits - 1)) - 1;
  }

  /** Returns the weight step of one code for a range of magnitude {@code maxAbs}. */
  public static double scale(double maxAbs, int bits) {
    return maxAbs / maxCode(bits);
  }

  /**
   * Returns the code of {@code weight}: {@code rint(weight / scale)}, limited to ±maxCode, or 0
   * when {@code scale} is 0.
   */
  public static int code(double weight, double scale, int maxCode) {
    if (scale == 0) {
      return 0;
    }
    double q = Math.rint(weight / scale);
    return (int) Math.max(-maxCode, Math.min(maxCode, q));
  }

  /**
   * Clips and quantizes every weight layer of {@code model}.
   *
   * @param sourceSha256 SHA-256 of the model file, 64 lowercase hex digits, stored for tracing
   */
  public static QuantizedModel quantize(Mlp model, int bits, SigmaClip clip,
      String sourceSha256) {
    int maxCode = maxCode(bits);
    int layers = model.layerCount();
    byte[][] codes = new byte[layers][];
    double[] scales = new double[layers];
    float[][] biases = new float[layers][];
    double[][] lows = new double[layers][];
    double[][] highs = new double[layers][];
    for (int l = 0; l < layers; l++) {
      int outputs = model.outputs(l);
      int inputs = model.inputs(l);
      float[] weights = model.weights(l);
      LayerClip bounds = clip.apply(weights, outputs, inputs);
      scales[l] = scale(bounds.maxAbsBound(), bits);
      codes[l] = codeLayer(weights, outputs, inputs, bounds, scales[l], maxCode);
      biases[l] = model.biases(l).clone();
      lows[l] = bounds.lows();
      highs[l] = bounds.highs();
    }
    return new QuantizedModel(bits, clip, model.sizes(), codes, scales, biases, lows, highs,
        sourceSha256);
  }

  private static byte[] codeLayer(float[] weights, int outputs, int inputs, LayerClip bounds,
      double scale, int maxCode) {
    byte[] codes = new byte[weights.length];
    for (int o = 0; o < outputs; o++) {
      int base = o * inputs;
      for (int i = 0; i < inputs; i++) {
        codes[base + i] = (byte) code(bounds.clip(o, weights[base + i]), scale, maxCode);
      }
    }
    return codes;
  }
}
