package cimc.data;

import cimc.CimcException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The MNIST training set (60,000 images) and test set (10,000 images), binarized by
 * {@link IdxReader}.
 *
 * @param train the official training images
 * @param test the official test images
 */
public record Mnist(Dataset train, Dataset test) {
  /** Folder of the shipped copy, relative to the repository root. */
  public static final String SHIPPED_FOLDER = "data/mnist";
  /** System property that the launcher sets to the repository root. */
  public static final String HOME_PROPERTY = "cimc.home";

  private static final String TRAIN_IMAGES = "train-images-idx3-ubyte";
  private static final String TRAIN_LABELS = "train-labels-idx1-ubyte";
  private static final String TEST_IMAGES = "t10k-images-idx3-ubyte";
  private static final String TEST_LABELS = "t10k-labels-idx1-ubyte";
  private static final String SUMS = "SHA256SUMS";

  /**
   * Loads the four standard MNIST files from {@code folder}. Each file is looked up under its
   * standard name, then with a {@code .gz} suffix; either may be raw or gzipped.
   */
  public static Mnist load(Path folder) {
    if (!Files.isDirectory(folder)) {
      throw new CimcException("MNIST folder " + folder + " not found; pass a folder that"
          + " contains " + TRAIN_IMAGES + " and the other three MNIST files");
    }
    Dataset train = readNonEmpty(find(folder, TRAIN_IMAGES), find(folder, TRAIN_LABELS));
    Dataset test = readNonEmpty(find(folder, TEST_IMAGES), find(folder, TEST_LABELS));
    if (train.rows() != test.rows() || train.cols() != test.cols()) {
      throw new CimcException("MNIST folder " + folder + " has " + train.rows() + "x"
          + train.cols() + " training images but " + test.rows() + "x" + test.cols()
          + " test images; both sets must have the same image size");
    }
    return new Mnist(train, test);
  }

  /** Loads the shipped copy under the repository root given by {@link #home()}. */
  public static Mnist loadShipped() {
    return loadShipped(home());
  }

  /**
   * Loads the shipped copy in {@code home}/data/mnist after checking every file listed in its
   * {@code SHA256SUMS} against its SHA-256.
   */
  public static Mnist loadShipped(Path home) {
    Path folder = home.resolve(SHIPPED_FOLDER);
    Path sums = folder.resolve(SUMS);
    if (!Files.isRegularFile(sums)) {
      throw damaged(folder, SUMS + " is missing");
    }
    for (Map.Entry<String, String> entry : readSums(sums).entrySet()) {
      String actual = sha256(folder, entry.getKey());
      if (!actual.equals(entry.getValue())) {
        throw damaged(folder, entry.getKey() + " has SHA-256 " + actual + " but " + SUMS
            + " lists " + entry.getValue());
      }
    }
    return load(folder);
  }

  /**
   * Returns the repository root: the {@code cimc.home} system property if set, else the current
   * directory.
   */
  public static Path home() {
    String property = System.getProperty(HOME_PROPERTY);
    return Path.of(property == null || property.isBlank() ? "" : property).toAbsolutePath();
  }

  /** Reads one set and rejects it when it has no images, which would give NaN accuracies. */
  private static Dataset readNonEmpty(Path images, Path labels) {
    Dataset set = IdxReader.read(images, labels);
    if (set.size() == 0) {
      throw new CimcException(images + " has no images; give a folder whose MNIST files each"
          + " contain at least one image");
    }
    return set;
  }

  private static Path find(Path folder, String name) {
    for (Path candidate : List.of(folder.resolve(name), folder.resolve(name + ".gz"))) {
      if (Files.isRegularFile(candidate)) {
        return candidate;
      }
    }
    throw new CimcException("MNIST file " + name + " (or " + name + ".gz) not found in "
        + folder);
  }

  private static Map<String, String> readSums(Path sums) {
    Map<String, String> expected = new LinkedHashMap<>();
    try {
      for (String line : Files.readAllLines(sums)) {
        String[] fields = line.trim().split("\\s+\\*?", 2);
        if (fields.length == 2 && fields[0].matches("[0-9a-fA-F]{64}")) {
          expected.put(fields[1], fields[0].toLowerCase(java.util.Locale.ROOT));
        } else if (!line.isBlank()) {
          throw damaged(sums.getParent(), SUMS + " has an invalid line '" + line + "'");
        }
      }
    } catch (IOException e) {
      throw new CimcException("cannot read " + sums + ": " + e.getMessage(), e);
    }
    if (expected.isEmpty()) {
      throw damaged(sums.getParent(), SUMS + " lists no files");
    }
    return expected;
  }

  private static String sha256(Path folder, String name) {
    Path file = folder.resolve(name);
    try (InputStream in = new DigestInputStream(Files.newInputStream(file),
        MessageDigest.getInstance("SHA-256"))) {
      in.transferTo(java.io.OutputStream.nullOutputStream());
      return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
    } catch (NoSuchFileException e) {
      throw damaged(folder, name + " is missing");
    } catch (IOException e) {
      throw new CimcException("cannot read " + file + ": " + e.getMessage(), e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime provides SHA-256", e);
    }
  }

  private static CimcException damaged(Path folder, String detail) {
    return new CimcException("the shipped MNIST copy in " + folder + " is damaged: " + detail
        + "; run scripts/fetch-mnist.sh to restore it");
  }
}
