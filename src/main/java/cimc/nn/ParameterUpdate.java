package cimc.nn;

/**
 * Optimizer state and the per-batch update. The update of each parameter depends only on that
 * parameter's values, so ranges of parameters can be updated on different threads with the same
 * result as one thread.
 */
final class ParameterUpdate {
  private static final float BETA1 = 0.9f;
  private static final float BETA2 = 0.999f;
  private static final float EPSILON = 1e-8f;

  private final Optimizer optimizer;
  private final double learningRate;
  private final float momentum;
  private final float[] first;
  private final float[] second;
  private float rate;
  private float stepSize;
  private float secondCorrection;

  ParameterUpdate(TrainingConfig config, int parameterCount) {
    this.optimizer = config.optimizer();
    this.learningRate = config.learningRate();
    this.momentum = (float) config.momentum();
    this.first = new float[parameterCount];
    this.second = optimizer == Optimizer.ADAM ? new float[parameterCount] : null;
  }

  /**
   * Sets the learning rate and Adam's bias corrections for step {@code step} of
   * {@code totalSteps}, counted from 1. The rate follows a cosine from the configured rate at
   * the first step down towards 0: {@code lr * (1 + cos(pi * (step - 1) / totalSteps)) / 2}.
   */
  void beginStep(long step, long totalSteps) {
    rate = (float) (learningRate * (1 + StrictMath.cos(Math.PI * (step - 1) / totalSteps)) / 2);
    double correction1 = 1 - StrictMath.pow(BETA1, step);
    double correction2 = 1 - StrictMath.pow(BETA2, step);
    stepSize = (float) (rate / correction1);
    secondCorrection = (float) (1 / correction2);
  }

  /**
   * Updates {@code params[from..to)} with the mean gradient of the batch: the chunk gradients
   * are added in chunk order and divided by {@code batchSize}.
   */
  void apply(float[] params, ChunkGradient[] chunks, int chunkCount, int batchSize, int from,
      int to) {
    float scale = 1f / batchSize;
    for (int k = from; k < to; k++) {
      float g = chunks[0].gradient()[k];
      for (int c = 1; c < chunkCount; c++) {
        g += chunks[c].gradient()[k];
      }
      g *= scale;
      if (optimizer == Optimizer.ADAM) {
        first[k] = BETA1 * first[k] + (1 - BETA1) * g;
        second[k] = BETA2 * second[k] + (1 - BETA2) * g * g;
        float root = (float) Math.sqrt(second[k] * secondCorrection);
        params[k] -= stepSize * first[k] / (root + EPSILON);
      } else {
        first[k] = momentum * first[k] + g;
        params[k] -= rate * first[k];
      }
    }
  }
}
