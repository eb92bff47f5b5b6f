package cimc.nn;

import cimc.CimcException;
import cimc.data.Dataset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Trains an {@link Mlp} with ReLU hidden layers and softmax cross-entropy on 0/1 images, by
 * mini-batch gradient descent.
 *
 * <p>The result is bit-for-bit the same for a seed whatever the thread count. Each mini-batch is
 * cut into chunks of {@link #CHUNK_SIZE} images, a number fixed here and not derived from the
 * thread count. Each chunk's gradient is summed into a buffer of its own, and the buffers are
 * added in chunk order, so no float sum depends on scheduling.
 */
public final class Trainer {
  /** Images per gradient chunk; changing it changes the rounding and so the trained weights. */
  public static final int CHUNK_SIZE = 32;
  /** Digit classes of the output layer. */
  public static final int CLASSES = 10;

  private final TrainingConfig config;
  private final Dataset data;
  private final ParameterLayout layout;
  private final float[] params;
  private final ChunkGradient[] chunks;
  private final ParameterUpdate update;
  private final ExecutorService pool;
  private final int[] order;
  private final Random shuffleRandom;
  private final long totalSteps;
  private long step;

  private Trainer(TrainingConfig config, Dataset data, ExecutorService pool) {
    this.config = config;
    this.data = data;
    this.layout = new ParameterLayout(sizes(config, data));
    this.params = heInitialization(layout, config.seed());
    this.chunks = new ChunkGradient[(config.batchSize() + CHUNK_SIZE - 1) / CHUNK_SIZE];
    for (int c = 0; c < chunks.length; c++) {
      chunks[c] = new ChunkGradient(layout);
    }
    this.update = new ParameterUpdate(config, layout.total());
    this.pool = pool;
    this.order = new int[data.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    this.shuffleRandom = new Random(~config.seed());
    long batches = (data.size() + config.batchSize() - 1) / config.batchSize();
    this.totalSteps = batches * config.epochs();
  }

  /**
   * Trains a new network of {@code pixelCount}, the hidden sizes and 10 outputs.
   *
   * @param listener receives progress; may be null
   * @throws CimcException if the training set is empty or the loss becomes NaN or infinite
   */
  public static Mlp train(TrainingConfig config, Dataset train, ProgressListener listener) {
    if (train.size() == 0) {
      throw new CimcException("the training set is empty; it needs at least one image");
    }
    ProgressListener progress = listener != null ? listener : new ProgressListener() {};
    ExecutorService pool = config.threads() > 1
        ? Executors.newFixedThreadPool(config.threads(), Trainer::daemon) : null;
    try {
      Trainer trainer = new Trainer(config, train, pool);
      for (int epoch = 1; epoch <= config.epochs(); epoch++) {
        trainer.runEpoch(epoch, progress);
      }
      return trainer.layout.toMlp(trainer.params);
    } finally {
      if (pool != null) {
        pool.shutdownNow();
      }
    }
  }

  private static int[] sizes(TrainingConfig config, Dataset data) {
    int[] sizes = new int[config.hiddenSizes().size() + 2];
    sizes[0] = data.pixelCount();
    for (int k = 0; k < config.hiddenSizes().size(); k++) {
      sizes[k + 1] = config.hiddenSizes().get(k);
    }
    sizes[sizes.length - 1] = CLASSES;
    return sizes;
  }

  /**
   * Draws every weight from a normal distribution with mean 0 and standard deviation
   * sqrt(2 / inputs of its layer), layer by layer and output by output, from
   * {@code java.util.Random(seed)}; biases start at 0.
   */
  static float[] heInitialization(ParameterLayout layout, long seed) {
    Random random = new Random(seed);
    float[] params = new float[layout.total()];
    for (int l = 0; l < layout.layers(); l++) {
      int in = layout.size(l);
      int out = layout.size(l + 1);
      double deviation = Math.sqrt(2.0 / in);
      for (int o = 0; o < out; o++) {
        for (int i = 0; i < in; i++) {
          params[layout.weightOffset(l) + i * out + o] = (float) (random.nextGaussian() * deviation);
        }
      }
    }
    return params;
  }

  private void runEpoch(int epoch, ProgressListener progress) {
    shuffle();
    int batches = (data.size() + config.batchSize() - 1) / config.batchSize();
    progress.epochStarted(epoch, batches);
    double lossSum = 0;
    for (int b = 0; b < batches; b++) {
      int from = b * config.batchSize();
      int to = Math.min(from + config.batchSize(), data.size());
      lossSum += runBatch(from, to);
      progress.batchFinished(epoch, b);
    }
    double meanLoss = lossSum / data.size();
    if (!Double.isFinite(meanLoss)) {
      throw new CimcException("training diverged in epoch " + epoch + ": the mean loss is "
          + meanLoss + "; lower the learning rate (now " + config.learningRate() + ")");
    }
    progress.epochFinished(epoch, meanLoss, layout.toMlp(params));
  }

  /** Fisher-Yates shuffle of the running image order, continuing one seeded sequence. */
  private void shuffle() {
    for (int i = order.length - 1; i > 0; i--) {
      int j = shuffleRandom.nextInt(i + 1);
      int swap = order[i];
      order[i] = order[j];
      order[j] = swap;
    }
  }

  /** Trains on {@code order[from..to)} and returns the summed loss before the update. */
  private double runBatch(int from, int to) {
    int chunkCount = (to - from + CHUNK_SIZE - 1) / CHUNK_SIZE;
    List<Runnable> gradientTasks = new ArrayList<>(chunkCount);
    for (int c = 0; c < chunkCount; c++) {
      ChunkGradient chunk = chunks[c];
      int start = from + c * CHUNK_SIZE;
      int end = Math.min(start + CHUNK_SIZE, to);
      gradientTasks.add(() -> chunk.compute(params, data, order, start, end));
    }
    runAll(gradientTasks);
    double loss = 0;
    for (int c = 0; c < chunkCount; c++) {
      loss += chunks[c].lossSum();
    }
    update.beginStep(++step, totalSteps);
    int parts = pool == null ? 1 : config.threads();
    List<Runnable> updateTasks = new ArrayList<>(parts);
    for (int p = 0; p < parts; p++) {
      int start = (int) ((long) layout.total() * p / parts);
      int end = (int) ((long) layout.total() * (p + 1) / parts);
      updateTasks.add(() -> update.apply(params, chunks, chunkCount, to - from, start, end));
    }
    runAll(updateTasks);
    return loss;
  }

  /** Runs the tasks on the pool, or in order on this thread without one, and waits for all. */
  private void runAll(List<Runnable> tasks) {
    if (pool == null) {
      tasks.forEach(Runnable::run);
      return;
    }
    List<Callable<Void>> callables = new ArrayList<>(tasks.size());
    for (Runnable task : tasks) {
      callables.add(() -> {
        task.run();
        return null;
      });
    }
    try {
      for (Future<Void> future : pool.invokeAll(callables)) {
        future.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CimcException("training was interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("a training task failed", e.getCause());
    }
  }

  private static Thread daemon(Runnable runnable) {
    Thread thread = new Thread(runnable, "cimc-train");
    thread.setDaemon(true);
    return thread;
  }
}
