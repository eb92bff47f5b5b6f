package cimc.quant;

import cimc.nn.Mlp;
import java.util.Arrays;
import java.util.OptionalDouble;
import java.util.regex.Pattern;

/**
 * A network after σ-clipping and PTQ: per weight layer, signed integer codes, one scale, the
 * clipping bounds and the float biases. The weight represented by a code is
 * {@code code × scale(layer)}. Biases stay float because the periphery adds them digitally.
 *
 * <p>Codes of layer {@code l} are row-major by output like {@link Mlp#weights}: the code from
 * input {@code i} to output {@code o} is {@code codes(l)[o * sizes()[l] + i]}. Instances are
 * immutable; accessors return copies.
 */
public final class QuantizedModel {
  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

  private final int bits;
  private final SigmaClip clip;
  private final int[] sizes;
  private final byte[][] codes;
  private final double[] scales;
  private final float[][] biases;
  private final double[][] clipLows;
  private final double[][] clipHighs;
  private final String sourceSha256;

  /**
   * Creates a model after checking every shape and value.
   *
   * @param clipLows per layer, one bound per output neuron when {@code clip.perNeuron()}, else
   *     one bound
   * @throws IllegalArgumentException naming the first inconsistent value
   */
  public QuantizedModel(int bits, SigmaClip clip, int[] sizes, byte[][] codes, double[] scales,
      float[][] biases, double[][] clipLows, double[][] clipHighs, String sourceSha256) {
    this.bits = bits;
    this.clip = clip;
    this.sizes = sizes.clone();
    this.codes = deepCopy(codes);
    this.scales = scales.clone();
    this.biases = deepCopy(biases);
    this.clipLows = deepCopy(clipLows);
    this.clipHighs = deepCopy(clipHighs);
    this.sourceSha256 = sourceSha256;
    QuantizedModelChecks.check(this);
  }

  public int bits() {
    return bits;
  }

  /** Clipping width in standard deviations; empty when the weights were not clipped. */
  public OptionalDouble z() {
    return clip.z();
  }

  public boolean perNeuron() {
    return clip.perNeuron();
  }

  public SigmaClip clip() {
    return clip;
  }

  public int layerCount() {
    return codes.length;
  }

  public int[] sizes() {
    return sizes.clone();
  }

  public int inputs(int layer) {
    return sizes[layer];
  }

  public int outputs(int layer) {
    return sizes[layer + 1];
  }

  /** Largest code magnitude, 2^(bits−1) − 1. */
  public int maxCode() {
    return (1 << (bits - 1)) - 1;
  }

  /** Returns a copy of the codes of {@code layer}, row-major by output. */
  public byte[] codes(int layer) {
    return codes[layer].clone();
  }

  /** Weight value of one code step in {@code layer}; 0 for an all-zero layer. */
  public double scale(int layer) {
    return scales[layer];
  }

  public float[] biases(int layer) {
    return biases[layer].clone();
  }

  /** Lower clipping bounds: one per output neuron if per-neuron, else one for the layer. */
  public double[] clipLow(int layer) {
    return clipLows[layer].clone();
  }

  /** Upper clipping bounds: one per output neuron if per-neuron, else one for the layer. */
  public double[] clipHigh(int layer) {
    return clipHighs[layer].clone();
  }

  /** SHA-256 of the model file this was quantized from, 64 lowercase hex digits. */
  public String sourceModelSha256() {
    return sourceSha256;
  }

  /** Returns the float network with each weight {@code (float) (code × scale)}. */
  public Mlp dequantized() {
    float[][] weights = new float[codes.length][];
    for (int l = 0; l < codes.length; l++) {
      weights[l] = new float[codes[l].length];
      for (int k = 0; k < codes[l].length; k++) {
        weights[l][k] = (float) (codes[l][k] * scales[l]);
      }
    }
    return new Mlp(sizes, weights, deepCopy(biases));
  }

  byte[][] rawCodes() {
    return codes;
  }

  float[][] rawBiases() {
    return biases;
  }

  double[][] rawClipLows() {
    return clipLows;
  }

  double[][] rawClipHighs() {
    return clipHighs;
  }

  double[] rawScales() {
    return scales;
  }

  static boolean isSha256(String text) {
    return text != null && SHA256.matcher(text).matches();
  }

  private static byte[][] deepCopy(byte[][] a) {
    return Arrays.stream(a).map(byte[]::clone).toArray(byte[][]::new);
  }

  private static float[][] deepCopy(float[][] a) {
    return Arrays.stream(a).map(float[]::clone).toArray(float[][]::new);
  }

  private static double[][] deepCopy(double[][] a) {
    return Arrays.stream(a).map(double[]::clone).toArray(double[][]::new);
  }
}
