package cimc.golden;

import cimc.hw.HardwareSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs the golden model over many images on a fixed number of threads. Each thread takes blocks
 * of images and keeps its own buffers and counters; counters are integer sums, so the result is
 * the same for any thread count.
 */
final class Batch {
  private static final int BLOCK = 32;

  private Batch() {}

  /**
   * Evaluates images {@code 0 .. count-1}. When {@code histograms} is given, it receives per
   * layer the count of each |D| of used-pair conversions (the last bin also counts larger
   * values).
   */
  static Evaluation evaluate(GoldenModel model, byte[] pixels, int count, int firstIndex,
      int threads, long[][] histograms) {
    if (threads < 1) {
      throw new IllegalArgumentException("thread count must be at least 1, got " + threads);
    }
    HardwareSpec spec = model.spec();
    int pixelCount = spec.sizes()[0];
    if ((long) count * pixelCount > pixels.length) {
      throw new IllegalArgumentException(count + " images need " + (long) count * pixelCount
          + " pixels, got " + pixels.length);
    }
    int[] classes = new int[count];
    AtomicInteger next = new AtomicInteger();
    List<Worker> workers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      workers.add(new Worker(model, pixels, classes, next, firstIndex, histograms));
    }
    runAll(workers, threads);
    int layers = spec.layerCount();
    long[] conversions = new long[layers];
    long[] saturations = new long[layers];
    for (Worker w : workers) {
      for (int l = 0; l < layers; l++) {
        conversions[l] += w.scratch.conversions[l];
        saturations[l] += w.scratch.saturations[l];
        if (histograms != null) {
          for (int b = 0; b < histograms[l].length; b++) {
            histograms[l][b] += w.histograms[l][b];
          }
        }
      }
    }
    return new Evaluation(classes, conversions, saturations);
  }

  private static void runAll(List<Worker> workers, int threads) {
    if (threads == 1) {
      workers.get(0).call();
      return;
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Void>> futures = pool.invokeAll(workers);
      for (Future<Void> f : futures) {
        f.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("golden model run was interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  private static final class Worker implements java.util.concurrent.Callable<Void> {
    final GoldenModel model;
    final byte[] pixels;
    final int[] classes;
    final AtomicInteger next;
    final int firstIndex;
    final Scratch scratch;
    final long[][] histograms;

    Worker(GoldenModel model, byte[] pixels, int[] classes, AtomicInteger next, int firstIndex,
        long[][] shared) {
      this.model = model;
      this.pixels = pixels;
      this.classes = classes;
      this.next = next;
      this.firstIndex = firstIndex;
      this.scratch = new Scratch(model.spec(), false);
      this.histograms = shared == null ? null : new long[shared.length][];
      if (shared != null) {
        for (int l = 0; l < shared.length; l++) {
          histograms[l] = new long[shared[l].length];
        }
      }
    }

    @Override
    public Void call() {
      int pixelCount = model.spec().sizes()[0];
      while (true) {
        int start = next.getAndAdd(BLOCK);
        if (start >= classes.length) {
          return null;
        }
        int end = Math.min(classes.length, start + BLOCK);
        for (int n = start; n < end; n++) {
          classes[n] = model.run(pixels, n * pixelCount, firstIndex + n, scratch, histograms);
        }
      }
    }
  }
}
