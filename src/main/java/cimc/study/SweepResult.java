package cimc.study;

/**
 * Accuracies of a sweep: the float accuracy of each model and, for every cell
 * (z, bits, variation), the accuracy of each model in each draw. Accuracies are fractions from
 * 0 to 1 on the evaluation images.
 */
public final class SweepResult {
  private final SweepGrid grid;
  private final double[] floatAccuracies;
  private final double[][][][][] accuracies;
  private final int imageCount;

  /**
   * @param accuracies indexed [z][bits][variation][model][draw]
   */
  SweepResult(SweepGrid grid, double[] floatAccuracies, double[][][][][] accuracies,
      int imageCount) {
    this.grid = grid;
    this.floatAccuracies = floatAccuracies;
    this.accuracies = accuracies;
    this.imageCount = imageCount;
  }

  public SweepGrid grid() {
    return grid;
  }

  public int modelCount() {
    return floatAccuracies.length;
  }

  /** Number of images each accuracy was measured on. */
  public int imageCount() {
    return imageCount;
  }

  public double floatAccuracy(int model) {
    return floatAccuracies[model];
  }

  /** Mean float accuracy over the models. */
  public double meanFloatAccuracy() {
    return Stats.mean(floatAccuracies);
  }

  /** Sample standard deviation (divide by K − 1) of the float accuracies; 0 for one model. */
  public double floatStdAcrossModels() {
    return Stats.sampleStd(floatAccuracies);
  }

  /** Returns the accuracy of {@code model} in {@code draw}. */
  public double accuracy(int z, int bits, int variation, int model, int draw) {
    return accuracies[z][bits][variation][model][draw];
  }

  /** Returns the mean over draws of one model in one cell. */
  public double modelMean(int z, int bits, int variation, int model) {
    return Stats.mean(accuracies[z][bits][variation][model]);
  }

  /**
   * Returns every draw of every model in one cell. A variation level without randomness is
   * evaluated once per model, so it contributes one value per model, not copies of it.
   */
  public double[] cellValues(int z, int bits, int variation) {
    double[][] perModel = accuracies[z][bits][variation];
    int draws = SweepRunner.isDeterministic(grid.variations().get(variation)) ? 1
        : grid.draws();
    double[] values = new double[perModel.length * draws];
    for (int m = 0; m < perModel.length; m++) {
      System.arraycopy(perModel[m], 0, values, m * draws, draws);
    }
    return values;
  }

  /** Mean over all models and draws of one cell. */
  public double mean(int z, int bits, int variation) {
    return Stats.mean(cellValues(z, bits, variation));
  }

  /** Sample standard deviation over all models and draws of one cell. */
  public double std(int z, int bits, int variation) {
    return Stats.sampleStd(cellValues(z, bits, variation));
  }

  /**
   * Sample standard deviation across models of the per-model mean over draws: the spread
   * that comes from retraining. It is 0 for one model.
   */
  public double stdAcrossModels(int z, int bits, int variation) {
    double[] means = new double[modelCount()];
    for (int m = 0; m < means.length; m++) {
      means[m] = modelMean(z, bits, variation, m);
    }
    return Stats.sampleStd(means);
  }

  /** Minimum over all models and draws of one cell. */
  public double min(int z, int bits, int variation) {
    double min = Double.POSITIVE_INFINITY;
    for (double v : cellValues(z, bits, variation)) {
      min = Math.min(min, v);
    }
    return min;
  }
}
