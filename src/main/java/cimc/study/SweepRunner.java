package cimc.study;

import cimc.CimcException;
import cimc.nn.Mlp;
import cimc.quant.QuantizedModel;
import cimc.quant.Quantizer;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs a sweep: quantizes every model for every (z, bits) pair, realises it under every
 * variation level in {@code draws} Monte Carlo draws, and measures each realisation's accuracy.
 *
 * <p>Each draw takes its random stream from {@link VariationModel#streamSeed} of (seed, model,
 * z index, bits, variation index, draw), and each evaluation runs on one thread, so results are
 * identical for any thread count. A variation level without randomness (all sigmas and rates 0)
 * is evaluated once per model and cell and that accuracy is recorded for every draw.
 */
public final class SweepRunner {
  private final SweepGrid grid;
  private final BinaryInputEvaluator evaluator;
  private final int threads;
  private final Runnable onEvaluation;

  /**
   * @param threads worker threads, at least 1
   * @param onEvaluation called from a worker thread after each network evaluation
   */
  public SweepRunner(SweepGrid grid, BinaryInputEvaluator evaluator, int threads,
      Runnable onEvaluation) {
    if (threads < 1) {
      throw new CimcException("invalid thread count " + threads + ": expected at least 1");
    }
    this.grid = grid;
    this.evaluator = evaluator;
    this.threads = threads;
    this.onEvaluation = onEvaluation;
  }

  /** Returns how many network evaluations {@link #run} performs for {@code models} models. */
  public int evaluationCount(int models) {
    int perCell = 0;
    for (VariationModel v : grid.variations()) {
      perCell += isDeterministic(v) ? 1 : grid.draws();
    }
    return models * (1 + grid.zs().size() * grid.bits().size() * perCell);
  }

  static boolean isDeterministic(VariationModel v) {
    return v.sigma() == 0 && v.readSigma() == 0 && v.stuckAtMinRate() == 0
        && v.stuckAtMaxRate() == 0;
  }

  /**
   * Runs every evaluation.
   *
   * @param sourceSha256 SHA-256 of each model's file, recorded in the quantized models
   */
  public SweepResult run(List<Mlp> models, List<String> sourceSha256) {
    int k = models.size();
    double[] floats = new double[k];
    double[][][][][] acc = allocate(k);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int m = 0; m < k; m++) {
        int model = m;
        futures.add(pool.submit(() -> {
          floats[model] = evaluate(models.get(model));
        }));
        submitModel(pool, futures, model, models.get(m), sourceSha256.get(m), acc);
      }
      await(futures);
    } finally {
      pool.shutdownNow();
    }
    return new SweepResult(grid, floats, acc, evaluator.size());
  }

  private double[][][][][] allocate(int models) {
    int zs = grid.zs().size();
    int bits = grid.bits().size();
    int variations = grid.variations().size();
    return new double[zs][bits][variations][models][grid.draws()];
  }

  private void submitModel(ExecutorService pool, List<Future<?>> futures, int m, Mlp model,
      String sha, double[][][][][] acc) {
    for (int z = 0; z < grid.zs().size(); z++) {
      for (int b = 0; b < grid.bits().size(); b++) {
        int bits = grid.bits().get(b);
        QuantizedModel quantized = Quantizer.quantize(model, bits, grid.clip(z), sha);
        for (int v = 0; v < grid.variations().size(); v++) {
          VariationModel variation = grid.variations().get(v);
          double[] draws = acc[z][b][v][m];
          int drawCount = isDeterministic(variation) ? 1 : grid.draws();
          for (int d = 0; d < drawCount; d++) {
            long seed = VariationModel.streamSeed(grid.seed(), m, z, bits, v, d);
            int draw = d;
            futures.add(pool.submit(() -> {
              double a = evaluate(variation.realize(quantized, new SplittableRandom(seed)));
              if (drawCount == 1) {
                java.util.Arrays.fill(draws, a);
              } else {
                draws[draw] = a;
              }
            }));
          }
        }
      }
    }
  }

  private double evaluate(Mlp network) {
    double accuracy = evaluator.accuracy(network);
    onEvaluation.run();
    return accuracy;
  }

  private static void await(List<Future<?>> futures) {
    try {
      for (Future<?> future : futures) {
        future.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CimcException("sweep interrupted");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException(cause);
    }
  }
}
