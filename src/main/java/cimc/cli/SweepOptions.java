package cimc.cli;

import cimc.CimcException;
import cimc.data.TrainValidationSplit;
import cimc.nn.TrainingConfig;
import cimc.study.ModelCache;
import cimc.study.SweepGrid;
import cimc.study.VariationModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

/** Options of {@code cimc sweep} and the grid and training settings built from them. */
final class SweepOptions {
  private SweepOptions() {}

  static Path defaultCache() {
    return ModelCache.defaultFolder();
  }

  static Options options() {
    Options o = new Options();
    add(o, "output", "DIR", "folder for sweep.csv, sweep-models.csv, sweep.json and sweep.png"
        + " (default: " + SweepCommand.DEFAULT_OUTPUT + ")");
    o.addOption(Option.builder().longOpt("force").desc("replace an existing output folder")
        .build());
    add(o, "models", "K", "independently trained models, seeds S to S+K-1 (default: "
        + SweepCommand.DEFAULT_MODELS + ")");
    add(o, "seed", "S", "training seed of the first model; each model also draws its"
        + " validation split with its seed (default: " + TrainingConfig.DEFAULT_SEED + ")");
    add(o, "hidden", "LIST", "hidden layer sizes, input side first (default: "
        + SweepCommand.DEFAULT_HIDDEN + ")");
    add(o, "epochs", "N", "training epochs (default: " + TrainingConfig.DEFAULT_EPOCHS + ")");
    add(o, "validation", "N", "training images held out from training, as in cimc train"
        + " (default: " + TrainValidationSplit.DEFAULT_VALIDATION_SIZE + ")");
    add(o, "train-limit", "N", "train on at most the first N images of the split (default:"
        + " all)");
    add(o, "test-limit", "N", "evaluate on the first N test images (default: all 10,000)");
    add(o, "cache", "DIR", "folder of trained models reused across runs, keyed by the"
        + " training settings and data (default: " + defaultCache() + ")");
    add(o, "data", "DIR", "MNIST folder with the four IDX files (default: the shipped"
        + " data/mnist)");
    add(o, "z", "LIST", "clipping widths in standard deviations, each > 0, or none"
        + " (default: " + SweepCommand.DEFAULT_Z + ")");
    o.addOption(Option.builder().longOpt("per-neuron").desc("take mean and standard"
        + " deviation per output neuron instead of per layer").build());
    add(o, "bits", "LIST", "weight bit widths, each 2 to 8 (default: " + SweepCommand.DEFAULT_BITS + ")");
    add(o, "sigma", "LIST", "variation levels: programming deviation sigma of each level;"
        + " a fraction of Gmax-Gmin for window, of the target G for relative, of ln G for"
        + " lognormal (default: " + SweepCommand.DEFAULT_SIGMA + ")");
    add(o, "deviation", "KIND", "programming deviation: window, relative or lognormal"
        + " (default: window)");
    add(o, "read-noise", "F", "read deviation sigma as a fraction of Gmax-Gmin, drawn once"
        + " per cell and draw (default: 0)");
    add(o, "stuck-min", "RATE", "probability 0 to 1 that a cell is stuck at Gmin"
        + " (default: 0)");
    add(o, "stuck-max", "RATE", "probability 0 to 1 that a cell is stuck at Gmax"
        + " (default: 0)");
    add(o, "g-min", "US", "lowest conductance in microsiemens, an assumed typical RRAM value"
        + " (default: " + formatNumber(VariationModel.DEFAULT_G_MIN) + ")");
    add(o, "g-max", "US", "highest conductance in microsiemens, an assumed typical RRAM value"
        + " (default: " + formatNumber(VariationModel.DEFAULT_G_MAX) + ")");
    add(o, "levels", "L", "conductance levels per cell, at least 2^(bits-1) (default:"
        + " 2^(bits-1))");
    add(o, "draws", "M", "Monte Carlo draws per model and cell (default: " + SweepCommand.DEFAULT_DRAWS
        + ")");
    add(o, "mc-seed", "N", "root seed of the Monte Carlo draws (default: 1)");
    add(o, "threads", "N", "worker threads for training and evaluation (default: available"
        + " processors, " + Runtime.getRuntime().availableProcessors() + " here)");
    o.addOption(Option.builder().longOpt("no-progress").desc("do not draw the progress bar")
        .build());
    return o;
  }

  private static String formatNumber(double value) {
    return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
  }

  private static void add(Options options, String name, String arg, String description) {
    options.addOption(Option.builder().longOpt(name).hasArg().argName(arg).desc(description)
        .build());
  }

  /** Builds the grid; an invalid combination of values is reported as a usage error. */
  static SweepGrid grid(CommandLine line) {
    try {
      return buildGrid(line);
    } catch (UsageException e) {
      throw e;
    } catch (CimcException e) {
      throw new UsageException(e.getMessage());
    }
  }

  private static SweepGrid buildGrid(CommandLine line) {
    VariationModel base = new VariationModel(
        Args.doubleValue(line, "g-min", VariationModel.DEFAULT_G_MIN, 0, 1e9),
        Args.doubleValue(line, "g-max", VariationModel.DEFAULT_G_MAX, 0, 1e9),
        Args.intValue(line, "levels", 0, 2, 65_536),
        VariationModel.Deviation.parse(line.getOptionValue("deviation", "window")), 0,
        Args.doubleValue(line, "read-noise", 0, 0, 10),
        Args.doubleValue(line, "stuck-min", 0, 0, 1),
        Args.doubleValue(line, "stuck-max", 0, 0, 1));
    List<VariationModel> variations = new ArrayList<>();
    List<Double> sigmas = ListArgs.doubles(line, "sigma", SweepCommand.DEFAULT_SIGMA, 0, 10);
    for (double sigma : ListArgs.distinct(line, "sigma", sigmas)) {
      variations.add(base.withSigma(sigma));
    }
    return new SweepGrid(
        ListArgs.distinct(line, "z", ListArgs.zs(line, "z", SweepCommand.DEFAULT_Z)),
        ListArgs.distinct(line, "bits",
            ListArgs.integers(line, "bits", SweepCommand.DEFAULT_BITS, 2, 8)),
        variations,
        Args.intValue(line, "draws", SweepCommand.DEFAULT_DRAWS, 1, 100_000),
        Args.longValue(line, "mc-seed", 1), line.hasOption("per-neuron"));
  }

  static TrainingConfig training(CommandLine line) {
    int threads = Args.intValue(line, "threads", Runtime.getRuntime().availableProcessors(),
        1, 1024);
    return TrainingConfig.defaults()
        .withHiddenSizes(ListArgs.integers(line, "hidden", SweepCommand.DEFAULT_HIDDEN, 1, 100_000))
        .withEpochs(Args.intValue(line, "epochs", TrainingConfig.DEFAULT_EPOCHS, 1, 100_000))
        .withSeed(Args.longValue(line, "seed", TrainingConfig.DEFAULT_SEED))
        .withThreads(threads);
  }
}
