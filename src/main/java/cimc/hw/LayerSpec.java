package cimc.hw;

import java.util.Arrays;

/**
 * The integer parameters of one weight layer on the hardware.
 *
 * <p>Inputs are unsigned {@code inputBits}-bit codes fed one bit plane at a time. The ADC step
 * {@code adcStep} is in conductance-code units. Biases are integers in accumulator units, added
 * to the shift-add sum {@code Y}. Hidden layers requantize {@code Z = Y + beta} to unsigned
 * {@code outputBits}-bit activations with {@code clamp((Z * multiplier + round) >> shift, 0,
 * 2^outputBits - 1)}, where {@code round = shift > 0 ? 1 << (shift - 1) : 0} and {@code >>} is
 * an arithmetic (floor) shift. The last layer has {@code outputBits == 0}; its multiplier and
 * shift are unused and stored as 1 and 0.
 *
 * <p>The real-valued scales are informational: they record how calibration chose the
 * integers. {@code weightScale} is the weight of one weight code, {@code inputScale} the value
 * of one input code step, {@code outputScale} the value of one output code step (0 for the last
 * layer).
 */
public record LayerSpec(int inputBits, int outputBits, int adcStep, int[] biases, int multiplier,
    int shift, double weightScale, double inputScale, double outputScale) {
  /** Exclusive upper bound of the requantization multiplier. */
  public static final int MULTIPLIER_LIMIT = 1 << 16;
  /** Largest requantization shift. */
  public static final int MAX_SHIFT = 31;
  /** Largest activation width in bits. */
  public static final int MAX_ACTIVATION_BITS = 16;

  public LayerSpec {
    if (inputBits < 1 || inputBits > MAX_ACTIVATION_BITS) {
      throw new IllegalArgumentException("input bits " + inputBits + " outside 1.."
          + MAX_ACTIVATION_BITS);
    }
    if (outputBits < 0 || outputBits > MAX_ACTIVATION_BITS) {
      throw new IllegalArgumentException("output bits " + outputBits + " outside 0.."
          + MAX_ACTIVATION_BITS + " (0 for the last layer)");
    }
    if (adcStep < 1) {
      throw new IllegalArgumentException("ADC step " + adcStep
          + " must be an integer of at least 1 conductance code");
    }
    if (multiplier < 0 || multiplier >= MULTIPLIER_LIMIT) {
      throw new IllegalArgumentException("requantization multiplier " + multiplier
          + " outside 0.." + (MULTIPLIER_LIMIT - 1));
    }
    if (shift < 0 || shift > MAX_SHIFT) {
      throw new IllegalArgumentException("requantization shift " + shift + " outside 0.."
          + MAX_SHIFT);
    }
    biases = biases.clone();
  }

  public boolean hidden() {
    return outputBits > 0;
  }

  /** Returns a copy of the integer biases, one per output neuron. */
  @Override
  public int[] biases() {
    return biases.clone();
  }

  public int bias(int output) {
    return biases[output];
  }

  public int biasCount() {
    return biases.length;
  }

  /** Range of the biases, including 0 so that an empty or one-signed set still spans zero. */
  public IntRange biasRange() {
    long min = 0;
    long max = 0;
    for (int b : biases) {
      min = Math.min(min, b);
      max = Math.max(max, b);
    }
    return new IntRange(min, max);
  }

  /** Rounding constant added before the requantization shift. */
  public long roundingConstant() {
    return shift > 0 ? 1L << (shift - 1) : 0;
  }

  /**
   * Returns {@code (z * multiplier + roundingConstant()) >> shift} before the clamp, with an
   * arithmetic (floor) shift: z = -8, M = 1, S = 1 gives -4.
   */
  public long rescale(long z) {
    return (z * multiplier + roundingConstant()) >> shift;
  }

  /** Returns the activation code of a hidden layer: {@link #rescale} clamped to the range. */
  public long requantize(long z) {
    long max = (1L << outputBits) - 1;
    return Math.max(0, Math.min(max, rescale(z)));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof LayerSpec s && inputBits == s.inputBits
        && outputBits == s.outputBits && adcStep == s.adcStep && Arrays.equals(biases, s.biases)
        && multiplier == s.multiplier && shift == s.shift
        && Double.compare(weightScale, s.weightScale) == 0
        && Double.compare(inputScale, s.inputScale) == 0
        && Double.compare(outputScale, s.outputScale) == 0;
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(biases) + adcStep + 7 * multiplier + shift;
  }

  @Override
  public String toString() {
    return "LayerSpec[inputBits=" + inputBits + ", outputBits=" + outputBits + ", adcStep="
        + adcStep + ", multiplier=" + multiplier + ", shift=" + shift + "]";
  }
}
