package cimc.quant;

import cimc.CimcException;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * The σ-clipping rule applied before quantization: each weight is clipped to
 * [μ − zσ, μ + zσ], where μ is the mean and σ the population standard deviation (sum of squared
 * deviations divided by n, not n − 1) of the whole layer, or of one output neuron's row when
 * {@code perNeuron} is set.
 *
 * <p>A bound beyond the weights is moved to the nearest weight: the bounds are
 * [max(μ − zσ, min w), min(μ + zσ, max w)], so clipping never widens the range that the
 * quantizer's scale is taken from, and a large z gives the same result as no clipping. An empty
 * {@code z} means no clipping: the bounds are then the minimum and the maximum weight.
 *
 * <p>When σ is 0, which includes a layer or row with a single weight, the bounds collapse to
 * [μ, μ] and every weight of that layer or row becomes μ.
 *
 * @param z clipping width in standard deviations, finite and greater than 0, or empty for none
 * @param perNeuron whether μ and σ are taken per output neuron instead of per layer
 */
public record SigmaClip(OptionalDouble z, boolean perNeuron) {
  /** No clipping, one range per layer. */
  public static final SigmaClip NONE = new SigmaClip(OptionalDouble.empty(), false);

  public SigmaClip {
    if (z.isPresent()) {
      checkZ(z.getAsDouble());
    }
  }

  public static SigmaClip of(double z, boolean perNeuron) {
    return new SigmaClip(OptionalDouble.of(z), perNeuron);
  }

  /**
   * Parses a z value: a finite number greater than 0, or {@code none} (any case) for no
   * clipping.
   *
   * @throws CimcException naming the text when it is neither
   */
  public static OptionalDouble parseZ(String text) {
    String trimmed = text.trim();
    if (trimmed.equalsIgnoreCase("none")) {
      return OptionalDouble.empty();
    }
    double value;
    try {
      value = cimc.Numbers.parseDecimal(trimmed);
    } catch (NumberFormatException e) {
      throw new CimcException("invalid z '" + text + "': expected a finite number greater than 0"
          + " or 'none' for no clipping");
    }
    checkZ(value);
    return OptionalDouble.of(value);
  }

  /** Rejects a z that is not finite or not greater than 0. */
  public static void checkZ(double z) {
    if (!(z > 0) || Double.isInfinite(z)) {
      throw new CimcException("invalid z " + z + ": expected a finite number greater than 0,"
          + " or 'none' for no clipping");
    }
  }

  /** Formats z as in {@link #parseZ}: {@code none} or the shortest decimal form. */
  public static String format(OptionalDouble z) {
    if (z.isEmpty()) {
      return "none";
    }
    double value = z.getAsDouble();
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return String.format(Locale.ROOT, "%.0f", value);
    }
    return Double.toString(value);
  }

  /**
   * Computes the clipping bounds of one layer whose weights are stored row-major by output,
   * {@code weights[o * inputs + i]}.
   */
  public LayerClip apply(float[] weights, int outputs, int inputs) {
    if (weights.length != outputs * inputs || outputs <= 0 || inputs <= 0) {
      throw new IllegalArgumentException("layer of " + weights.length + " weights is not "
          + outputs + " x " + inputs);
    }
    int groups = perNeuron ? outputs : 1;
    int groupSize = perNeuron ? inputs : weights.length;
    double[] means = new double[groups];
    double[] stds = new double[groups];
    double[] lows = new double[groups];
    double[] highs = new double[groups];
    long clipped = 0;
    for (int g = 0; g < groups; g++) {
      int from = g * groupSize;
      means[g] = mean(weights, from, groupSize);
      stds[g] = populationStd(weights, from, groupSize, means[g]);
      setBounds(weights, from, groupSize, g, means, stds, lows, highs);
      clipped += countOutside(weights, from, groupSize, lows[g], highs[g]);
    }
    return new LayerClip(perNeuron, means, stds, lows, highs, clipped, weights.length);
  }

  private void setBounds(float[] weights, int from, int count, int g, double[] means,
      double[] stds, double[] lows, double[] highs) {
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (int k = from; k < from + count; k++) {
      min = Math.min(min, weights[k]);
      max = Math.max(max, weights[k]);
    }
    lows[g] = min;
    highs[g] = max;
    if (z.isPresent()) {
      double width = z.getAsDouble() * stds[g];
      lows[g] = Math.min(Math.max(means[g] - width, min), means[g]);
      highs[g] = Math.max(Math.min(means[g] + width, max), means[g]);
    }
  }

  private static double mean(float[] weights, int from, int count) {
    double sum = 0;
    for (int k = from; k < from + count; k++) {
      sum += weights[k];
    }
    return sum / count;
  }

  private static double populationStd(float[] weights, int from, int count, double mean) {
    double sum = 0;
    for (int k = from; k < from + count; k++) {
      double d = weights[k] - mean;
      sum += d * d;
    }
    return Math.sqrt(sum / count);
  }

  private static long countOutside(float[] weights, int from, int count, double low,
      double high) {
    long outside = 0;
    for (int k = from; k < from + count; k++) {
      if (weights[k] < low || weights[k] > high) {
        outside++;
      }
    }
    return outside;
  }
}
