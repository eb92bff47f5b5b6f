package cimc.nn;

import java.util.List;

/**
 * Settings of one training run. Results depend on every field except {@code threads}: the same
 * settings and data give bit-identical weights with any thread count.
 *
 * @param hiddenSizes neurons of each hidden layer, input side first, each at least 1
 * @param epochs passes over the training set, at least 1
 * @param batchSize images per mini-batch, at least 1; the last batch of an epoch may be smaller
 * @param learningRate step size, positive
 * @param optimizer update rule
 * @param momentum momentum factor of {@link Optimizer#SGD} from 0 to below 1; Adam ignores it
 * @param seed seed of the He initialization and of the per-epoch shuffles
 * @param threads worker threads, at least 1
 */
public record TrainingConfig(List<Integer> hiddenSizes, int epochs, int batchSize,
    double learningRate, Optimizer optimizer, double momentum, long seed, int threads) {
  public static final List<Integer> DEFAULT_HIDDEN = List.of(128, 64);
  public static final int DEFAULT_EPOCHS = 10;
  public static final int DEFAULT_BATCH_SIZE = 128;
  public static final double DEFAULT_ADAM_RATE = 2e-3;
  public static final double DEFAULT_SGD_RATE = 0.05;
  public static final double DEFAULT_MOMENTUM = 0.9;
  public static final long DEFAULT_SEED = 1;

  public TrainingConfig {
    hiddenSizes = List.copyOf(hiddenSizes);
    for (int size : hiddenSizes) {
      require(size >= 1, "hidden layer size " + size + " must be at least 1");
    }
    require(epochs >= 1, "epochs " + epochs + " must be at least 1");
    require(batchSize >= 1, "batch size " + batchSize + " must be at least 1");
    require(learningRate > 0 && Double.isFinite(learningRate),
        "learning rate " + learningRate + " must be positive and finite");
    require(optimizer != null, "optimizer must be set");
    require(momentum >= 0 && momentum < 1, "momentum " + momentum + " must be from 0 to below 1");
    require(threads >= 1, "threads " + threads + " must be at least 1");
  }

  /** Returns the default settings: 784-128-64-10 with Adam, using every available processor. */
  public static TrainingConfig defaults() {
    return new TrainingConfig(DEFAULT_HIDDEN, DEFAULT_EPOCHS, DEFAULT_BATCH_SIZE,
        DEFAULT_ADAM_RATE, Optimizer.ADAM, DEFAULT_MOMENTUM, DEFAULT_SEED,
        Runtime.getRuntime().availableProcessors());
  }

  public TrainingConfig withHiddenSizes(List<Integer> value) {
    return new TrainingConfig(value, epochs, batchSize, learningRate, optimizer, momentum, seed,
        threads);
  }

  public TrainingConfig withEpochs(int value) {
    return new TrainingConfig(hiddenSizes, value, batchSize, learningRate, optimizer, momentum,
        seed, threads);
  }

  public TrainingConfig withBatchSize(int value) {
    return new TrainingConfig(hiddenSizes, epochs, value, learningRate, optimizer, momentum,
        seed, threads);
  }

  public TrainingConfig withLearningRate(double value) {
    return new TrainingConfig(hiddenSizes, epochs, batchSize, value, optimizer, momentum, seed,
        threads);
  }

  public TrainingConfig withOptimizer(Optimizer value) {
    return new TrainingConfig(hiddenSizes, epochs, batchSize, learningRate, value, momentum,
        seed, threads);
  }

  public TrainingConfig withMomentum(double value) {
    return new TrainingConfig(hiddenSizes, epochs, batchSize, learningRate, optimizer, value,
        seed, threads);
  }

  public TrainingConfig withSeed(long value) {
    return new TrainingConfig(hiddenSizes, epochs, batchSize, learningRate, optimizer, momentum,
        value, threads);
  }

  public TrainingConfig withThreads(int value) {
    return new TrainingConfig(hiddenSizes, epochs, batchSize, learningRate, optimizer, momentum,
        seed, value);
  }

  private static void require(boolean condition, String message) {
    if (!condition) {
      throw new IllegalArgumentException(message);
    }
  }
}
