package cimc.bench;

import cimc.data.Dataset;
import cimc.data.Mnist;
import cimc.data.TrainValidationSplit;
import cimc.nn.Trainer;
import cimc.nn.TrainingConfig;
import java.io.PrintStream;

/**
 * Training speed of the default 784-128-64-10 network on the default 55,000-image split of the
 * shipped MNIST, with one thread and with every thread of the run.
 *
 * <p>Flops are counted as 6 per weight per image: 2 for the forward multiply-add, 2 for the
 * weight gradient and 2 for the input gradient. The trainer skips off pixels and inactive ReLU
 * outputs, so it does fewer operations than that count. The GFLOP/s figure is therefore a dense
 * equivalent, which is the usual way to compare against the FMA peak.
 */
public final class TrainBenchmark implements Benchmark {
  private static final int TIMED_EPOCHS = 2;

  @Override
  public String name() {
    return "train";
  }

  @Override
  public String summary() {
    return "training images/s of the default network, and as a fraction of the FMA peak";
  }

  @Override
  public void run(BenchContext context, PrintStream out) {
    Dataset train = TrainValidationSplit.of(Mnist.loadShipped().train(),
        TrainValidationSplit.DEFAULT_VALIDATION_SIZE, TrainingConfig.DEFAULT_SEED).train();
    TrainingConfig config = TrainingConfig.defaults().withThreads(context.threads());
    long flopsPerImage = 6L * weightCount(train.pixelCount(), config);
    Trainer.train(config.withEpochs(1), train.first(10_000), null);
    out.printf("train: default network %d-%s-%d, %d weights, %d flops per image (6 per weight)%n",
        train.pixelCount(), config.hiddenSizes().toString().replaceAll("[\\[\\] ]", "")
            .replace(',', '-'), Trainer.CLASSES, flopsPerImage / 6, flopsPerImage);
    double single = imagesPerSecond(config.withThreads(1).withEpochs(1), train);
    out.printf("train: 1 thread: %.0f images/s%n", single);
    double all = imagesPerSecond(config.withEpochs(TIMED_EPOCHS), train);
    double gflops = all * flopsPerImage / 1e9;
    out.printf("train: %d threads: %.0f images/s (%.2fx one thread), %.1f s per epoch%n",
        context.threads(), all, all / single, train.size() / all);
    out.printf("train: %.2f GFLOP/s dense equivalent, %.1f%% of the measured FMA peak%n",
        gflops, 100 * gflops / context.fmaPeak().gflops());
  }

  private static double imagesPerSecond(TrainingConfig config, Dataset train) {
    long begin = System.nanoTime();
    Trainer.train(config, train, null);
    double seconds = (System.nanoTime() - begin) / 1e9;
    return (double) train.size() * config.epochs() / seconds;
  }

  private static long weightCount(int inputs, TrainingConfig config) {
    long count = 0;
    int previous = inputs;
    for (int size : config.hiddenSizes()) {
      count += (long) previous * size;
      previous = size;
    }
    return count + (long) previous * Trainer.CLASSES;
  }
}
