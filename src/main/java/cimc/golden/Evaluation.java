package cimc.golden;

/**
 * Result of the golden model over a batch of images.
 *
 * @param classes predicted class per image, in input order
 * @param conversions per layer, conversions of used column pairs
 * @param saturations per layer, those of {@code conversions} whose ADC code was clamped
 */
public record Evaluation(int[] classes, long[] conversions, long[] saturations) {
  /** Fraction of images whose class equals the label, in [0, 1]. */
  public double accuracy(byte[] labels) {
    int correct = 0;
    for (int n = 0; n < classes.length; n++) {
      if (classes[n] == labels[n]) {
        correct++;
      }
    }
    return classes.length == 0 ? 0 : (double) correct / classes.length;
  }

  /** Fraction of layer {@code l}'s conversions that saturated, in [0, 1]. */
  public double saturationRate(int l) {
    return conversions[l] == 0 ? 0 : (double) saturations[l] / conversions[l];
  }
}
