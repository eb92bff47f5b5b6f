package cimc.bench;

import cimc.data.Dataset;
import cimc.data.Mnist;
import cimc.data.TrainValidationSplit;
import cimc.nn.Mlp;
import cimc.nn.TrainingConfig;
import cimc.quant.SigmaClip;
import cimc.study.BinaryInputEvaluator;
import cimc.study.ModelCache;
import cimc.study.SweepDefaults;
import cimc.study.SweepGrid;
import cimc.study.SweepRunner;
import cimc.study.VariationModel;
import java.io.PrintStream;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Sweep evaluation speed: one evaluation is one realised network classifying the 10,000 MNIST
 * test images.
 *
 * <p>It times a sweep of one default sweep model (784-512-256-10, trained once and then read
 * from the model cache) over 9 z values × 3 noisy variation levels × {@value #DRAWS} draws, and
 * projects the time of the reference workload of 5 models × 9 z × 3 levels × 10 draws from the
 * measured rate. The dense-equivalent figure counts 2 flops per weight per image (one
 * multiply-add). The evaluator skips off pixels and zero ReLU outputs, so it executes far
 * fewer, and a second figure estimates the executed flops.
 */
public final class SweepBenchmark implements Benchmark {
  private static final int DRAWS = 4;
  private static final double[] SIGMAS = {0.05, 0.1, 0.16};
  private static final int REFERENCE_EVALUATIONS = 5 * (1 + 9 * 3 * 10);

  @Override
  public String name() {
    return "sweep";
  }

  @Override
  public String summary() {
    return "sweep evaluations/s over the 10,000 test images, and as a fraction of the FMA peak";
  }

  @Override
  public void run(BenchContext context, PrintStream out) {
    Mnist mnist = Mnist.loadShipped();
    TrainingConfig config = SweepDefaults.training(context.threads());
    ModelCache.Entry model = new ModelCache(ModelCache.defaultFolder()).obtain(config,
        TrainValidationSplit.DEFAULT_VALIDATION_SIZE, Integer.MAX_VALUE, mnist.train(),
        out::println);
    Dataset test = mnist.test();
    BinaryInputEvaluator evaluator = new BinaryInputEvaluator(test.pixelCount(), test.pixels(),
        test.labels());
    SweepRunner runner = new SweepRunner(grid(), evaluator, context.threads(), () -> {});
    List<Mlp> models = List.of(model.network());
    List<String> sha = List.of(model.sha256());
    new SweepRunner(warmupGrid(), evaluator, context.threads(), () -> {}).run(models, sha);
    long begin = System.nanoTime();
    runner.run(models, sha);
    double seconds = (System.nanoTime() - begin) / 1e9;
    int evaluations = runner.evaluationCount(1);
    double rate = evaluations / seconds;
    double gflops = rate * 2.0 * weightCount(model.network()) * test.size() / 1e9;
    out.printf("sweep: %d evaluations of %d images in %.1f s with %d threads: %.2f"
        + " evaluations/s%n", evaluations, test.size(), seconds, context.threads(), rate);
    out.printf("sweep: %.2f GFLOP/s dense equivalent (%d weights), %.1f%% of the measured FMA"
        + " peak%n", gflops, weightCount(model.network()),
        100 * gflops / context.fmaPeak().gflops());
    double executed = rate * executedFlops(model.network(), evaluator) / 1e9;
    out.printf("sweep: %.2f GFLOP/s executed estimate (first layer: one add per active pixel"
        + " and output; later layers counted dense), %.1f%% of the FMA peak%n", executed,
        100 * executed / context.fmaPeak().gflops());
    out.printf("sweep: 5 models x 9 z x 3 levels x 10 draws (%d evaluations) projected at"
        + " %.0f s from this rate%n", REFERENCE_EVALUATIONS, REFERENCE_EVALUATIONS / rate);
  }

  private static SweepGrid grid() {
    List<OptionalDouble> zs = new java.util.ArrayList<>();
    for (String z : SweepDefaults.Z.split(",")) {
      zs.add(SigmaClip.parseZ(z));
    }
    List<VariationModel> levels = new java.util.ArrayList<>();
    for (double sigma : SIGMAS) {
      levels.add(VariationModel.gaussianWindow(sigma));
    }
    return new SweepGrid(zs, List.of(4), levels, DRAWS, 1, false);
  }

  private static SweepGrid warmupGrid() {
    return new SweepGrid(List.of(OptionalDouble.of(2.5)), List.of(4),
        List.of(VariationModel.gaussianWindow(0.1)), 4, 2, false);
  }

  /**
   * Estimates the flops of one evaluation: one add per active pixel and first-layer output, and
   * 2 per weight of every later layer, although those skip inputs that ReLU set to zero.
   */
  private static double executedFlops(Mlp network, BinaryInputEvaluator evaluator) {
    double flops = (double) evaluator.activePixelCount() * network.outputs(0);
    for (int l = 1; l < network.layerCount(); l++) {
      flops += 2.0 * network.weights(l).length * evaluator.size();
    }
    return flops;
  }

  private static long weightCount(Mlp network) {
    long count = 0;
    for (int l = 0; l < network.layerCount(); l++) {
      count += network.weights(l).length;
    }
    return count;
  }
}
