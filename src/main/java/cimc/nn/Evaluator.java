package cimc.nn;

import cimc.CimcException;
import cimc.data.Dataset;
import java.util.stream.IntStream;

/** Measures how often a network's largest logit is the true label. */
public final class Evaluator {
  /** Images per work unit; results do not depend on it. */
  private static final int BLOCK = 512;

  private Evaluator() {}

  /** Returns the fraction (0 to 1) of images classified correctly, using every processor. */
  public static double accuracy(Mlp network, Dataset data) {
    return accuracy(network, data, Runtime.getRuntime().availableProcessors());
  }

  /**
   * Returns the fraction (0 to 1) of images whose logit argmax, ties to the lowest class, equals
   * the label. The forward pass adds only the weights of the pixels that are on and gives the
   * same class as {@link Mlp#forward}. The result is the same for any thread count.
   *
   * @param threads worker threads, at least 1
   */
  public static double accuracy(Mlp network, Dataset data, int threads) {
    return (double) correctCount(network, data, threads) / data.size();
  }

  /** Returns the number of images classified correctly. */
  public static int correctCount(Mlp network, Dataset data, int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads " + threads + " must be at least 1");
    }
    if (network.inputs(0) != data.pixelCount()) {
      throw new CimcException("the network takes " + network.inputs(0) + " inputs but the"
          + " images have " + data.rows() + "x" + data.cols() + " = " + data.pixelCount()
          + " pixels");
    }
    ParameterLayout layout = new ParameterLayout(network.sizes());
    float[] params = layout.flatten(network);
    int blocks = (data.size() + BLOCK - 1) / BLOCK;
    IntStream work = IntStream.range(0, blocks);
    if (threads == 1) {
      return work.map(b -> correctInBlock(layout, params, data, b)).sum();
    }
    java.util.concurrent.ForkJoinPool pool = new java.util.concurrent.ForkJoinPool(threads);
    try {
      return pool.submit(() -> work.parallel()
          .map(b -> correctInBlock(layout, params, data, b)).sum()).join();
    } finally {
      pool.shutdown();
    }
  }

  private static int correctInBlock(ParameterLayout layout, float[] params, Dataset data,
      int block) {
    float[][] activations = layout.newActivations();
    int end = Math.min((block + 1) * BLOCK, data.size());
    int correct = 0;
    for (int n = block * BLOCK; n < end; n++) {
      layout.forward(params, data.pixels(), n * data.pixelCount(), activations);
      if (Mlp.argmax(activations[layout.layers()]) == data.label(n)) {
        correct++;
      }
    }
    return correct;
  }
}
