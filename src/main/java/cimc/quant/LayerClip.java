package cimc.quant;

/**
 * The clipping bounds and statistics of one weight layer, as computed by
 * {@link SigmaClip#apply}. There is one group per layer, or one per output neuron when
 * per-neuron; arrays are indexed by group.
 */
public final class LayerClip {
  private final boolean perNeuron;
  private final double[] means;
  private final double[] stds;
  private final double[] lows;
  private final double[] highs;
  private final long clippedCount;
  private final int weightCount;

  LayerClip(boolean perNeuron, double[] means, double[] stds, double[] lows, double[] highs,
      long clippedCount, int weightCount) {
    this.perNeuron = perNeuron;
    this.means = means;
    this.stds = stds;
    this.lows = lows;
    this.highs = highs;
    this.clippedCount = clippedCount;
    this.weightCount = weightCount;
  }

  public boolean perNeuron() {
    return perNeuron;
  }

  public int groupCount() {
    return means.length;
  }

  /** Returns the group that holds output neuron {@code output}. */
  public int group(int output) {
    return perNeuron ? output : 0;
  }

  public double mean(int group) {
    return means[group];
  }

  /** Population standard deviation of the group. */
  public double std(int group) {
    return stds[group];
  }

  public double low(int group) {
    return lows[group];
  }

  public double high(int group) {
    return highs[group];
  }

  public double[] lows() {
    return lows.clone();
  }

  public double[] highs() {
    return highs.clone();
  }

  /** Clips {@code weight} of output neuron {@code output} to its group's bounds. */
  public double clip(int output, double weight) {
    int g = group(output);
    return Math.min(Math.max(weight, lows[g]), highs[g]);
  }

  /** Returns the largest bound magnitude over all groups, max(|low|, |high|). */
  public double maxAbsBound() {
    double max = 0;
    for (int g = 0; g < lows.length; g++) {
      max = Math.max(max, Math.max(Math.abs(lows[g]), Math.abs(highs[g])));
    }
    return max;
  }

  /** Number of weights strictly outside their group's bounds. */
  public long clippedCount() {
    return clippedCount;
  }

  /** Fraction of the layer's weights strictly outside their bounds, from 0 to 1. */
  public double fractionClipped() {
    return (double) clippedCount / weightCount;
  }
}
