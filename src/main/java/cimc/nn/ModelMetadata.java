package cimc.nn;

/**
 * Training facts stored with a model.
 *
 * @param seed seed of the initialization and shuffles
 * @param epochs passes over the training set
 * @param batchSize images per mini-batch
 * @param optimizer {@code adam} or {@code sgd}
 * @param learningRate initial step size of the cosine schedule
 * @param momentum SGD momentum factor; stored also for Adam, which ignores it
 * @param testAccuracy fraction 0 to 1 of the test set classified correctly, or NaN if not measured
 * @param datasetSha256 {@link cimc.data.Dataset#sha256()} of the training images, lowercase hex
 */
public record ModelMetadata(long seed, int epochs, int batchSize, String optimizer,
    double learningRate, double momentum, double testAccuracy, String datasetSha256) {
  /** Returns the metadata of a run with {@code config} on a training set with that hash. */
  public static ModelMetadata of(TrainingConfig config, double testAccuracy,
      String datasetSha256) {
    return new ModelMetadata(config.seed(), config.epochs(), config.batchSize(),
        config.optimizer().label(), config.learningRate(), config.momentum(), testAccuracy,
        datasetSha256);
  }
}
