package cimc.cli;

import cimc.CimcException;
import cimc.data.Dataset;
import cimc.data.Mnist;
import cimc.data.TrainValidationSplit;
import cimc.nn.Evaluator;
import cimc.nn.Mlp;
import cimc.nn.ModelFile;
import cimc.nn.ModelMetadata;
import cimc.nn.Optimizer;
import cimc.nn.ProgressListener;
import cimc.nn.Trainer;
import cimc.nn.TrainingConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

/** {@code cimc train}: trains the float MLP on binarized MNIST and writes a model file. */
final class TrainCommand implements Command {
  static final String DEFAULT_OUTPUT = "out/model.cimc";
  private static final int MAX_HIDDEN_SIZE = 65_536;

  @Override
  public String name() {
    return "train";
  }

  @Override
  public String summary() {
    return "train the float MLP on binarized MNIST and write a model file";
  }

  @Override
  public Options options() {
    Options options = new Options();
    add(options, "data", "DIR", "folder with the four MNIST IDX files, each raw or gzipped"
        + " (default: the shipped copy in data/mnist, checked against its SHA256SUMS)");
    add(options, "hidden", "LIST", "hidden layer sizes in neurons, comma-separated, input side"
        + " first (default: 128,64, giving 784-128-64-10)");
    add(options, "epochs", "N", "passes over the training images (default: "
        + TrainingConfig.DEFAULT_EPOCHS + ")");
    add(options, "batch-size", "N", "images per mini-batch (default: "
        + TrainingConfig.DEFAULT_BATCH_SIZE + ")");
    add(options, "learning-rate", "RATE", "initial step size, decayed to 0 by a cosine over the"
        + " run (default: " + TrainingConfig.DEFAULT_ADAM_RATE + " for adam, "
        + TrainingConfig.DEFAULT_SGD_RATE + " for sgd)");
    add(options, "optimizer", "NAME", "adam or sgd (SGD with momentum) (default: adam)");
    add(options, "momentum", "M", "SGD momentum factor from 0 to 0.999; adam ignores it"
        + " (default: " + TrainingConfig.DEFAULT_MOMENTUM + ")");
    add(options, "seed", "N", "seed of the initialization, the shuffles and the validation split"
        + " (default: " + TrainingConfig.DEFAULT_SEED + ")");
    add(options, "threads", "N", "worker threads; the result does not depend on it (default:"
        + " available processors, " + Runtime.getRuntime().availableProcessors() + " here)");
    add(options, "validation", "N", "training images held out to report accuracy after each"
        + " epoch, 0 for none (default: " + TrainValidationSplit.DEFAULT_VALIDATION_SIZE + ")");
    add(options, "train-limit", "N", "train on only the first N images left after the"
        + " validation split, for quick trials (default: all of them)");
    add(options, "output", "FILE", "model file to write (default: " + DEFAULT_OUTPUT + ")");
    return options;
  }

  private static void add(Options options, String name, String argument, String description) {
    options.addOption(Option.builder().longOpt(name).hasArg().argName(argument)
        .desc(description).build());
  }

  @Override
  public int run(CommandLine line) {
    TrainingConfig config = config(line);
    long seed = config.seed();
    int validationSize = Args.intValue(line, "validation",
        TrainValidationSplit.DEFAULT_VALIDATION_SIZE, 0, 1_000_000);
    int trainLimit = Args.intValue(line, "train-limit", Integer.MAX_VALUE, 1, Integer.MAX_VALUE);
    Path output = Path.of(line.getOptionValue("output", DEFAULT_OUTPUT));
    checkOutputFolder(output);

    Mnist mnist = line.hasOption("data") ? Mnist.load(Path.of(line.getOptionValue("data")))
        : Mnist.loadShipped();
    if (validationSize >= mnist.train().size()) {
      throw new UsageException("invalid --validation " + validationSize + ": expected 0 to "
          + (mnist.train().size() - 1) + " for " + mnist.train().size() + " training images");
    }
    TrainValidationSplit split = TrainValidationSplit.of(mnist.train(), validationSize, seed);
    Dataset train = split.train().first(trainLimit);
    System.out.printf("training %s on %d images (%d held out for validation) with %s,"
        + " %d threads%n", shape(train, config), train.size(), validationSize,
        config.optimizer().label(), config.threads());

    ConsoleProgress progress = new ConsoleProgress(config, split.validation());
    long start = System.nanoTime();
    Mlp network = Trainer.train(config, train, progress);
    double seconds = (System.nanoTime() - start - progress.validationNanos) / 1e9;
    double testAccuracy = Evaluator.accuracy(network, mnist.test(), config.threads());
    ModelFile.write(network, ModelMetadata.of(config, testAccuracy, train.sha256()), output);
    System.out.printf("trained in %.1f s, not counting validation (%.0f images/s)%n", seconds,
        (double) train.size() * config.epochs() / seconds);
    System.out.printf("test accuracy: %.2f%% on %d images%n", 100 * testAccuracy,
        mnist.test().size());
    System.out.println("wrote " + output);
    return 0;
  }

  private static TrainingConfig config(CommandLine line) {
    Optimizer optimizer = Optimizer.ADAM;
    if (line.hasOption("optimizer")) {
      optimizer = Optimizer.parse(line.getOptionValue("optimizer"));
      if (optimizer == null) {
        throw new UsageException("invalid --optimizer '" + line.getOptionValue("optimizer")
            + "': expected adam or sgd");
      }
    }
    double defaultRate = optimizer == Optimizer.ADAM ? TrainingConfig.DEFAULT_ADAM_RATE
        : TrainingConfig.DEFAULT_SGD_RATE;
    return new TrainingConfig(hiddenSizes(line),
        Args.intValue(line, "epochs", TrainingConfig.DEFAULT_EPOCHS, 1, 100_000),
        Args.intValue(line, "batch-size", TrainingConfig.DEFAULT_BATCH_SIZE, 1, 1_000_000),
        Args.doubleValue(line, "learning-rate", defaultRate, 1e-9, 10),
        optimizer,
        Args.doubleValue(line, "momentum", TrainingConfig.DEFAULT_MOMENTUM, 0, 0.999),
        Args.longValue(line, "seed", TrainingConfig.DEFAULT_SEED),
        Args.intValue(line, "threads", Runtime.getRuntime().availableProcessors(), 1, 1024));
  }

  /**
   * Largest parameter count accepted, so that an oversized network is rejected before the data
   * loads. Training keeps several float copies of every parameter (weights, Adam moments,
   * gradients), so this bound is an estimate of what a 4 GB heap holds.
   */
  private static final long MAX_PARAMETERS = 50_000_000L;

  private static List<Integer> hiddenSizes(CommandLine line) {
    String text = line.getOptionValue("hidden");
    if (text == null) {
      return TrainingConfig.DEFAULT_HIDDEN;
    }
    List<Integer> sizes = new ArrayList<>();
    for (String part : text.split(",", -1)) {
      int size;
      try {
        size = Integer.parseInt(part.trim());
      } catch (NumberFormatException e) {
        size = -1;
      }
      if (size < 1 || size > MAX_HIDDEN_SIZE) {
        throw new UsageException("invalid --hidden '" + text + "': expected comma-separated"
            + " integers from 1 to " + MAX_HIDDEN_SIZE + ", such as 128,64");
      }
      sizes.add(size);
    }
    long parameters = 0;
    int previous = 784;
    for (int size : sizes) {
      parameters += (long) previous * size + size;
      previous = size;
    }
    parameters += previous * 10L + 10;
    if (parameters > MAX_PARAMETERS) {
      throw new UsageException("invalid --hidden '" + text + "': the network would have "
          + parameters + " weights and biases, more than the " + MAX_PARAMETERS
          + " the trainer accepts; choose smaller layers");
    }
    return sizes;
  }

  /** Fails before training when the model file cannot be written. */
  private static void checkOutputFolder(Path output) {
    if (Files.isDirectory(output)) {
      throw new CimcException("cannot write " + output + ": it is a folder; give a file name"
          + " such as " + output.resolve("model.cimc"));
    }
    checkParentWritable(output);
  }

  /**
   * Fails when the nearest existing ancestor folder of {@code output} is a file or is not
   * writable, so that a long run does not end in an error that was known at its start.
   */
  static void checkParentWritable(Path output) {
    Path parent = output.toAbsolutePath().getParent();
    for (Path p = parent; p != null; p = p.getParent()) {
      if (Files.exists(p)) {
        if (!Files.isDirectory(p) || !Files.isWritable(p)) {
          throw new CimcException("cannot write " + output + ": " + p + (Files.isDirectory(p)
              ? " is not writable" : " is not a folder") + "; choose another --output");
        }
        return;
      }
    }
  }

  private static String shape(Dataset train, TrainingConfig config) {
    StringBuilder text = new StringBuilder().append(train.pixelCount());
    config.hiddenSizes().forEach(size -> text.append('-').append(size));
    return text.append('-').append(Trainer.CLASSES).toString();
  }

  /** Draws one progress bar per epoch and prints the loss and validation accuracy after it. */
  private static final class ConsoleProgress implements ProgressListener {
    private final TrainingConfig config;
    private final Dataset validation;
    private ProgressBar bar;
    private long validationNanos;

    ConsoleProgress(TrainingConfig config, Dataset validation) {
      this.config = config;
      this.validation = validation;
    }

    @Override
    public void epochStarted(int epoch, int batchCount) {
      bar = new ProgressBarBuilder().setTaskName("epoch " + epoch + "/" + config.epochs())
          .setInitialMax(batchCount).setStyle(ProgressBarStyle.ASCII).setUnit(" batches", 1)
          .setUpdateIntervalMillis(200).build();
    }

    @Override
    public void batchFinished(int epoch, int batch) {
      bar.step();
    }

    @Override
    public void epochFinished(int epoch, double meanLoss, Mlp network) {
      bar.close();
      long start = System.nanoTime();
      String accuracy = validation.size() == 0 ? "no validation set" : String.format(
          "validation accuracy %.2f%%", 100 * Evaluator.accuracy(network, validation,
              config.threads()));
      validationNanos += System.nanoTime() - start;
      System.out.printf("epoch %d/%d: loss %.4f, %s%n", epoch, config.epochs(), meanLoss,
          accuracy);
    }
  }
}
