package cimc.data;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Binarized images with their labels. Pixel {@code p} of image {@code n} is
 * {@code pixels()[n * pixelCount() + p]}, row-major within the image, and is 0 or 1. Labels are
 * digits 0 to 9. The arrays are shared, not copied, so callers must not modify them.
 */
public final class Dataset {
  private final int rows;
  private final int cols;
  private final byte[] pixels;
  private final byte[] labels;

  /**
   * Creates a data set over the given arrays without copying them.
   *
   * @param pixels 0/1 values, {@code labels.length * rows * cols} of them
   * @param labels digits 0 to 9
   */
  public Dataset(int rows, int cols, byte[] pixels, byte[] labels) {
    if (rows <= 0 || cols <= 0) {
      throw new IllegalArgumentException("image size must be positive, got " + rows + "x" + cols);
    }
    if ((long) labels.length * rows * cols != pixels.length) {
      throw new IllegalArgumentException(labels.length + " labels need "
          + ((long) labels.length * rows * cols) + " pixels, got " + pixels.length);
    }
    this.rows = rows;
    this.cols = cols;
    this.pixels = pixels;
    this.labels = labels;
  }

  public int size() {
    return labels.length;
  }

  public int rows() {
    return rows;
  }

  public int cols() {
    return cols;
  }

  /** Number of pixels per image, {@code rows * cols}. */
  public int pixelCount() {
    return rows * cols;
  }

  public byte[] pixels() {
    return pixels;
  }

  public byte[] labels() {
    return labels;
  }

  public int label(int index) {
    return labels[index];
  }

  /** Returns the 0/1 pixel at ({@code row}, {@code col}) of image {@code index}. */
  public int pixel(int index, int row, int col) {
    return pixels[index * pixelCount() + row * cols + col];
  }

  /** Returns a new data set of the images at {@code indices}, in that order. */
  public Dataset select(int[] indices) {
    int count = pixelCount();
    byte[] newPixels = new byte[indices.length * count];
    byte[] newLabels = new byte[indices.length];
    for (int k = 0; k < indices.length; k++) {
      System.arraycopy(pixels, indices[k] * count, newPixels, k * count, count);
      newLabels[k] = labels[indices[k]];
    }
    return new Dataset(rows, cols, newPixels, newLabels);
  }

  /** Returns the first {@code n} images, or this data set if it has no more than that. */
  public Dataset first(int n) {
    if (n >= size()) {
      return this;
    }
    int[] indices = new int[n];
    for (int i = 0; i < n; i++) {
      indices[i] = i;
    }
    return select(indices);
  }

  /**
   * Returns the SHA-256 of the content as lowercase hex: rows and cols as big-endian int32,
   * then every label byte, then every pixel byte. Equal content gives an equal hash whatever
   * file it came from.
   */
  public String sha256() {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime provides SHA-256", e);
    }
    digest.update(new byte[] {(byte) (rows >>> 24), (byte) (rows >>> 16), (byte) (rows >>> 8),
        (byte) rows, (byte) (cols >>> 24), (byte) (cols >>> 16), (byte) (cols >>> 8),
        (byte) cols});
    digest.update(labels);
    digest.update(pixels);
    return HexFormat.of().formatHex(digest.digest());
  }
}
