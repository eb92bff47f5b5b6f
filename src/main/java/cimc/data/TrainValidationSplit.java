package cimc.data;

import java.util.Arrays;
import java.util.Random;

/**
 * A seeded random split of a training set into images to train on and images to validate on.
 *
 * @param train the images to train on, in their original relative order
 * @param validation the held-out images, in their original relative order
 */
public record TrainValidationSplit(Dataset train, Dataset validation) {
  /** Default number of validation images taken from the 60,000 MNIST training images. */
  public static final int DEFAULT_VALIDATION_SIZE = 5_000;

  /**
   * Splits {@code all} so that {@code validationSize} images chosen by a Fisher-Yates shuffle
   * with {@code java.util.Random(seed)} form the validation set. The same seed and data give the
   * same split on every Java runtime, because the {@code Random} algorithm is fixed by its
   * specification.
   *
   * @param validationSize from 0 to {@code all.size() - 1}
   */
  public static TrainValidationSplit of(Dataset all, int validationSize, long seed) {
    if (validationSize < 0 || validationSize >= all.size()) {
      throw new IllegalArgumentException("validation size " + validationSize
          + " must be from 0 to " + (all.size() - 1));
    }
    int[] order = new int[all.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Random random = new Random(seed);
    for (int i = order.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int swap = order[i];
      order[i] = order[j];
      order[j] = swap;
    }
    int[] validation = Arrays.copyOfRange(order, 0, validationSize);
    int[] train = Arrays.copyOfRange(order, validationSize, order.length);
    Arrays.sort(validation);
    Arrays.sort(train);
    return new TrainValidationSplit(all.select(train), all.select(validation));
  }
}
