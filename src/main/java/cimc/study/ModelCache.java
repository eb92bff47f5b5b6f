package cimc.study;

import cimc.CimcException;
import cimc.data.Dataset;
import cimc.data.TrainValidationSplit;
import cimc.nn.Mlp;
import cimc.nn.ModelFile;
import cimc.nn.ModelMetadata;
import cimc.nn.TrainedModel;
import cimc.nn.Trainer;
import cimc.nn.TrainingConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.Consumer;

/**
 * A folder of trained models keyed by the settings and data that determine their weights, so
 * that a rerun of a sweep reads its models instead of training them again.
 *
 * <p>The key is the SHA-256 of the training settings except the thread count (the trainer gives
 * identical weights for any thread count), the validation size, the training-image limit and
 * the SHA-256 of the full training set. A model trains on the training split of
 * {@link TrainValidationSplit} drawn with its own seed, as {@code cimc train} does.
 *
 * <p>NOTE: the key does not cover the trainer's code, such as its chunk size or update rule.
 * After a change to the training algorithm, delete the cache folder (or change the key prefix)
 * so that stale models are not reused.
 */
public final class ModelCache {
  /** Key format version; changing what a key covers must change it. */
  private static final String KEY_PREFIX = "cimc sweep model v1";

  private final Path folder;

  public ModelCache(Path folder) {
    this.folder = folder;
  }

  /** Returns the default cache folder, {@code ~/.cache/cimc/models}. */
  public static Path defaultFolder() {
    return Path.of(System.getProperty("user.home"), ".cache", "cimc", "models");
  }

  /**
   * A model with the SHA-256 of its file.
   *
   * @param trained whether it was trained now rather than read from the cache
   */
  public record Entry(Mlp network, String sha256, Path file, boolean trained) {}

  /** Returns the cached model for these settings, training and storing it when missing. */
  public Entry obtain(TrainingConfig config, int validationSize, int trainLimit,
      Dataset allTrain, Consumer<String> log) {
    String key = key(config, validationSize, trainLimit, allTrain.sha256());
    Path file = folder.resolve(key + ".cimc");
    boolean trained = false;
    if (!Files.isRegularFile(file)) {
      Dataset train = TrainValidationSplit.of(allTrain, validationSize, config.seed()).train()
          .first(trainLimit);
      log.accept("training model with seed " + config.seed() + " on " + train.size()
          + " images; it is stored in " + file);
      Mlp network = Trainer.train(config, train, null);
      ModelFile.write(network, ModelMetadata.of(config, Double.NaN, train.sha256()), file);
      trained = true;
    }
    TrainedModel model;
    try {
      model = ModelFile.read(file);
    } catch (CimcException e) {
      throw new CimcException(e.getMessage() + "; this cached model is damaged, so delete it"
          + " and the next run trains it again", e);
    }
    return new Entry(model.network(), sha256(file), file, trained);
  }

  static String key(TrainingConfig config, int validationSize, int trainLimit,
      String trainSha256) {
    String text = String.join("\n", KEY_PREFIX, "hidden=" + config.hiddenSizes(),
        "epochs=" + config.epochs(), "batch=" + config.batchSize(),
        "rate=" + config.learningRate(), "optimizer=" + config.optimizer().label(),
        "momentum=" + config.momentum(), "seed=" + config.seed(),
        "validation=" + validationSize, "trainLimit=" + trainLimit, "data=" + trainSha256);
    return HexFormat.of().formatHex(digest().digest(text.getBytes(StandardCharsets.UTF_8)));
  }

  /** Returns the SHA-256 of a file's bytes as lowercase hex. */
  public static String sha256(Path file) {
    try {
      return HexFormat.of().formatHex(digest().digest(Files.readAllBytes(file)));
    } catch (IOException e) {
      throw new CimcException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  private static MessageDigest digest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime provides SHA-256", e);
    }
  }
}
