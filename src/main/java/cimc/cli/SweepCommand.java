package cimc.cli;

import cimc.data.Dataset;
import cimc.data.Mnist;
import cimc.data.TrainValidationSplit;
import cimc.io.AtomicOutput;
import cimc.nn.Mlp;
import cimc.nn.TrainingConfig;
import cimc.study.BinaryInputEvaluator;
import cimc.study.ModelCache;
import cimc.study.SweepChart;
import cimc.study.SweepDefaults;
import cimc.study.SweepSummary;
import cimc.study.SweepGrid;
import cimc.study.SweepReport;
import cimc.study.SweepResult;
import cimc.study.SweepRunner;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;

/**
 * {@code cimc sweep}: trains K models (or reads them from the cache), then measures test accuracy
 * over a grid of clipping width z, bit width and device variation with Monte Carlo draws, and
 * writes CSV, JSON and a PNG plot.
 */
final class SweepCommand implements Command {
  static final String DEFAULT_Z = SweepDefaults.Z;
  static final String DEFAULT_BITS = SweepDefaults.BITS;
  static final String DEFAULT_SIGMA = SweepDefaults.SIGMA;
  static final String DEFAULT_HIDDEN = SweepDefaults.HIDDEN.stream().map(String::valueOf)
      .collect(java.util.stream.Collectors.joining(","));
  static final int DEFAULT_MODELS = SweepDefaults.MODELS;
  static final int DEFAULT_DRAWS = SweepDefaults.DRAWS;
  static final String DEFAULT_OUTPUT = "sweep";

  @Override
  public String name() {
    return "sweep";
  }

  @Override
  public String summary() {
    return "study accuracy against σ-clipping width, bits and device variation";
  }

  @Override
  public Options options() {
    return SweepOptions.options();
  }

  @Override
  public int run(CommandLine line) throws Exception {
    Path output = Path.of(line.getOptionValue("output", DEFAULT_OUTPUT));
    boolean force = line.hasOption("force");
    if (Files.exists(output) && !Files.isDirectory(output)) {
      throw new UsageException("invalid --output " + output + ": it exists and is not a folder;"
          + " choose a new folder");
    }
    if (Files.exists(output) && !force) {
      throw new UsageException("output folder " + output
          + " already exists; choose another --output or pass --force to replace it");
    }
    TrainCommand.checkParentWritable(output);
    SweepGrid grid = SweepOptions.grid(line);
    TrainingConfig config = SweepOptions.training(line);
    int models = Args.intValue(line, "models", DEFAULT_MODELS, 1, 1000);
    int validation = Args.intValue(line, "validation",
        TrainValidationSplit.DEFAULT_VALIDATION_SIZE, 0, 1_000_000);
    int trainLimit = Args.intValue(line, "train-limit", Integer.MAX_VALUE, 1, Integer.MAX_VALUE);
    int testLimit = Args.intValue(line, "test-limit", Integer.MAX_VALUE, 1, Integer.MAX_VALUE);
    Path cache = Path.of(line.getOptionValue("cache", SweepOptions.defaultCache().toString()));

    Mnist mnist = line.hasOption("data") ? Mnist.load(Path.of(line.getOptionValue("data")))
        : Mnist.loadShipped();
    if (validation >= mnist.train().size()) {
      throw new UsageException("invalid --validation " + validation + ": expected 0 to "
          + (mnist.train().size() - 1) + " for " + mnist.train().size() + " training images");
    }
    long start = System.nanoTime();
    ModelCache modelCache = new ModelCache(cache);
    List<Mlp> networks = new ArrayList<>();
    List<String> sha256 = new ArrayList<>();
    List<Long> seeds = new ArrayList<>();
    for (int m = 0; m < models; m++) {
      long seed = config.seed() + m;
      ModelCache.Entry entry = modelCache.obtain(config.withSeed(seed), validation, trainLimit,
          mnist.train(), System.err::println);
      networks.add(entry.network());
      sha256.add(entry.sha256());
      seeds.add(seed);
    }
    double trainSeconds = (System.nanoTime() - start) / 1e9;

    Dataset test = mnist.test().first(testLimit);
    BinaryInputEvaluator evaluator = new BinaryInputEvaluator(test.pixelCount(), test.pixels(),
        test.labels());
    int threads = Args.intValue(line, "threads", Runtime.getRuntime().availableProcessors(), 1,
        1024);
    long sweepStart = System.nanoTime();
    SweepResult result = runSweep(grid, evaluator, threads, networks, sha256,
        !line.hasOption("no-progress"));
    double sweepSeconds = (System.nanoTime() - sweepStart) / 1e9;

    ObjectNode settings = settings(line, config, models, validation, trainLimit, test.size());
    SweepReport report = new SweepReport(result, seeds, sha256, settings);
    AtomicOutput.writeFolder(output, force, folder -> {
      report.writeAll(folder);
      SweepChart.write(result, folder.resolve("sweep.png"));
    });
    SweepSummary.print(result, System.out);
    int evaluations = new SweepRunner(grid, evaluator, threads, () -> {})
        .evaluationCount(models);
    System.out.printf("models ready in %.1f s; %d evaluations of %d images in %.1f s"
        + " (%.2f evaluations/s, %d threads)%n", trainSeconds, evaluations, test.size(),
        sweepSeconds, evaluations / sweepSeconds, threads);
    System.out.println("wrote " + output + "/sweep.csv, sweep-models.csv, sweep.json and"
        + " sweep.png");
    return 0;
  }

  private static SweepResult runSweep(SweepGrid grid, BinaryInputEvaluator evaluator,
      int threads, List<Mlp> networks, List<String> sha256, boolean progress) {
    if (!progress) {
      return new SweepRunner(grid, evaluator, threads, () -> {}).run(networks, sha256);
    }
    int total = new SweepRunner(grid, evaluator, threads, () -> {})
        .evaluationCount(networks.size());
    try (ProgressBar bar = new ProgressBarBuilder().setTaskName("sweep").setInitialMax(total)
        .setStyle(ProgressBarStyle.ASCII).setUnit(" evaluations", 1).build()) {
      return new SweepRunner(grid, evaluator, threads, bar::step).run(networks, sha256);
    }
  }

  private static ObjectNode settings(CommandLine line, TrainingConfig config, int models,
      int validation, int trainLimit, int testImages) {
    ObjectNode settings = new ObjectMapper().createObjectNode();
    settings.put("models", models);
    settings.put("firstSeed", config.seed());
    settings.put("hidden", config.hiddenSizes().toString());
    settings.put("epochs", config.epochs());
    settings.put("batchSize", config.batchSize());
    settings.put("learningRate", config.learningRate());
    settings.put("optimizer", config.optimizer().label());
    settings.put("validation", validation);
    settings.put("trainLimit", trainLimit == Integer.MAX_VALUE ? -1 : trainLimit);
    settings.put("testImages", testImages);
    settings.put("monteCarloSeed", Args.longValue(line, "mc-seed", 1));
    settings.put("perNeuron", line.hasOption("per-neuron"));
    return settings;
  }
}
