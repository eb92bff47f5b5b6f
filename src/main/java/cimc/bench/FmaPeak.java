package cimc.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;

/**
 * Measures fp32 fused multiply-add throughput with all threads busy. Each thread runs
 * {@code x[j] = fma(x[j], m, c)} eight times in a row over a 1,024-float array that stays in the
 * L1 cache. C2 vectorizes the loop over {@code j}, and its unrolling keeps several independent
 * vector chains in flight. One FMA counts as 2 flops.
 *
 * <p>The figure is what this Java kernel reaches, which is a lower bound of the hardware peak.
 * It depends on the JIT's choice of vector width, and the loads and stores of {@code x} take
 * cycles too.
 */
public final class FmaPeak {
  private static final int LENGTH = 1024;
  private static final int CHAIN = 8;
  private static final float MULTIPLIER = 0.999f;
  private static final float ADDEND = 0.001f;

  /**
   * One measurement.
   *
   * @param threads threads that ran the kernel at the same time
   * @param gflops billions of flops per second over all threads
   * @param seconds wall time of the timed run
   */
  public record Result(int threads, double gflops, double seconds) {}

  private FmaPeak() {}

  /**
   * Warms up the kernel, then runs it on {@code threads} threads at once for about
   * {@code seconds} and returns the throughput.
   */
  public static Result measure(int threads, double seconds) throws InterruptedException {
    if (threads < 1 || !(seconds > 0)) {
      throw new IllegalArgumentException("threads " + threads + " and seconds " + seconds
          + " must be positive");
    }
    long repsPerThread = calibrate(seconds);
    CyclicBarrier start = new CyclicBarrier(threads + 1);
    CyclicBarrier end = new CyclicBarrier(threads + 1);
    float[] sinks = new float[threads];
    List<Thread> workers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int index = t;
      Thread worker = new Thread(() -> sinks[index] = timedRun(start, end, repsPerThread),
          "cimc-fma-" + t);
      worker.setDaemon(true);
      workers.add(worker);
      worker.start();
    }
    awaitQuietly(start);
    long begin = System.nanoTime();
    awaitQuietly(end);
    double elapsed = (System.nanoTime() - begin) / 1e9;
    for (Thread worker : workers) {
      worker.join();
    }
    checkSinks(sinks);
    double flops = 2.0 * CHAIN * LENGTH * repsPerThread * threads;
    return new Result(threads, flops / elapsed / 1e9, elapsed);
  }

  /** Runs the kernel for at least 0.3 s to get it compiled and returns reps for the budget. */
  private static long calibrate(double seconds) {
    float[] x = newArray();
    long reps = 0;
    long begin = System.nanoTime();
    long elapsed;
    do {
      kernel(x, 1_000);
      reps += 1_000;
      elapsed = System.nanoTime() - begin;
    } while (elapsed < 300_000_000L);
    checkSinks(x);
    long recentBegin = System.nanoTime();
    kernel(x, 2_000);
    double perRep = (System.nanoTime() - recentBegin) / 2_000.0;
    return Math.max(1_000, (long) (seconds * 1e9 / perRep));
  }

  private static float timedRun(CyclicBarrier start, CyclicBarrier end, long reps) {
    float[] x = newArray();
    kernel(x, 2_000);
    awaitQuietly(start);
    float sink = kernel(x, reps);
    awaitQuietly(end);
    return sink;
  }

  private static float[] newArray() {
    float[] x = new float[LENGTH];
    for (int j = 0; j < LENGTH; j++) {
      x[j] = 1f + j * 1e-4f;
    }
    return x;
  }

  /** Applies the FMA chain {@code reps} times to every element and returns {@code x[0]}. */
  static float kernel(float[] x, long reps) {
    for (long r = 0; r < reps; r++) {
      for (int j = 0; j < x.length; j++) {
        float v = x[j];
        v = Math.fma(v, MULTIPLIER, ADDEND);
        v = Math.fma(v, MULTIPLIER, ADDEND);
        v = Math.fma(v, MULTIPLIER, ADDEND);
        v = Math.fma(v, MULTIPLIER, ADDEND);
        v = Math.fma(v, MULTIPLIER, ADDEND);
        v = Math.fma(v, MULTIPLIER, ADDEND);
        v = Math.fma(v, MULTIPLIER, ADDEND);
        v = Math.fma(v, MULTIPLIER, ADDEND);
        x[j] = v;
      }
    }
    return x[0];
  }

  /** Uses the results, so the JIT cannot drop the kernel, and checks they stayed finite. */
  private static void checkSinks(float[] values) {
    for (float value : values) {
      if (!(value > 0.5f && value < 1.5f)) {
        throw new IllegalStateException("FMA kernel produced " + value + ", expected about 1");
      }
    }
  }

  private static void awaitQuietly(CyclicBarrier barrier) {
    try {
      barrier.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("FMA measurement was interrupted", e);
    } catch (java.util.concurrent.BrokenBarrierException e) {
      throw new IllegalStateException("an FMA thread failed", e);
    }
  }
}
