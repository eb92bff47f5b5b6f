package cimc.data;

import cimc.CimcException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reads MNIST images and labels in the IDX format: a big-endian int32 magic number (2051 for
 * unsigned-byte images with 3 dimensions, 2049 for unsigned-byte labels with 1 dimension), one
 * big-endian int32 per dimension, then the bytes. A file may be raw or gzipped whatever its name:
 * gzip is recognized by its first two bytes 1f 8b, not by a {@code .gz} suffix.
 *
 * <p>Images are binarized on load: a pixel of 128 or more becomes 1, anything less becomes 0.
 */
public final class IdxReader {
  /** Magic number of an IDX file of unsigned bytes with 3 dimensions (count, rows, cols). */
  public static final int IMAGE_MAGIC = 2051;
  /** Magic number of an IDX file of unsigned bytes with 1 dimension (count). */
  public static final int LABEL_MAGIC = 2049;
  /** Smallest 8-bit gray level that binarizes to 1. */
  public static final int BINARIZE_THRESHOLD = 128;

  private static final int IMAGE_HEADER = 16;
  private static final int LABEL_HEADER = 8;

  private IdxReader() {}

  /**
   * Reads an image file and its label file into one binarized data set.
   *
   * @throws CimcException if a file is missing, corrupt, or the two counts differ
   */
  public static Dataset read(Path imageFile, Path labelFile) {
    byte[] images = readBytes(imageFile);
    byte[] labels = readBytes(labelFile);
    ByteBuffer header = ByteBuffer.wrap(images);
    checkMagic(imageFile, images, IMAGE_MAGIC, IMAGE_HEADER, "images");
    int count = header.getInt(4);
    int rows = header.getInt(8);
    int cols = header.getInt(12);
    checkImageLength(imageFile, images.length, count, rows, cols);
    checkMagic(labelFile, labels, LABEL_MAGIC, LABEL_HEADER, "labels");
    int labelCount = ByteBuffer.wrap(labels).getInt(4);
    checkLabelLength(labelFile, labels.length, labelCount);
    if (count != labelCount) {
      throw new CimcException(imageFile + " has " + count + " images but " + labelFile + " has "
          + labelCount + " labels; the two files must come from the same MNIST set");
    }
    return new Dataset(rows, cols, binarize(images), checkLabels(labelFile, labels));
  }

  /** Returns the content of a file, gunzipped if it starts with the gzip magic bytes 1f 8b. */
  static byte[] readBytes(Path file) {
    byte[] raw;
    try {
      raw = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new CimcException(file + " not found");
    } catch (IOException e) {
      throw new CimcException("cannot read " + file + ": " + e.getMessage(), e);
    }
    if (raw.length < 2 || (raw[0] & 0xff) != 0x1f || (raw[1] & 0xff) != 0x8b) {
      return raw;
    }
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(raw))) {
      return in.readAllBytes();
    } catch (ZipException | java.io.EOFException e) {
      throw new CimcException(file + " is a damaged gzip file (" + e.getMessage()
          + "); download it again", e);
    } catch (IOException e) {
      throw new CimcException("cannot gunzip " + file + ": " + e.getMessage(), e);
    }
  }

  private static void checkMagic(Path file, byte[] data, int expected, int headerSize,
      String kind) {
    if (data.length < headerSize) {
      throw new CimcException(file + " is truncated: it has " + data.length
          + " bytes, fewer than the " + headerSize + "-byte IDX header of " + kind);
    }
    int magic = ByteBuffer.wrap(data).getInt(0);
    if (magic == expected) {
      return;
    }
    String hint = Integer.reverseBytes(magic) == expected
        ? "; the header looks little-endian, but IDX headers are big-endian"
        : "; check that the file is the MNIST " + kind + " file";
    throw new CimcException(file + " has magic number " + magic + " (0x"
        + Integer.toHexString(magic) + "), expected " + expected + " for IDX " + kind + hint);
  }

  private static void checkImageLength(Path file, int length, int count, int rows, int cols) {
    long expected = imageFileLength(count, rows, cols);
    if (count >= 0 && rows > 0 && cols > 0 && expected == length) {
      return;
    }
    int countLe = Integer.reverseBytes(count);
    int rowsLe = Integer.reverseBytes(rows);
    int colsLe = Integer.reverseBytes(cols);
    long expectedLe = imageFileLength(countLe, rowsLe, colsLe);
    if (countLe >= 0 && rowsLe > 0 && colsLe > 0 && expectedLe == length) {
      throw new CimcException(file + " declares " + count + " images of " + rows + "x" + cols
          + " read big-endian, but " + countLe + " of " + rowsLe + "x" + colsLe
          + " read little-endian: the header looks little-endian, but IDX headers are"
          + " big-endian; rewrite the header in big-endian byte order");
    }
    if (count < 0 || rows <= 0 || cols <= 0) {
      throw new CimcException(file + " declares an invalid image count or size: " + count
          + " images of " + rows + "x" + cols + "; expected a non-negative count and positive"
          + " rows and cols");
    }
    throw lengthMismatch(file, length, expected, count + " images of " + rows + "x" + cols);
  }

  /** Returns the file length the header implies, or -1 when it overflows a long. */
  private static long imageFileLength(int count, int rows, int cols) {
    try {
      return IMAGE_HEADER + Math.multiplyExact((long) count * rows, (long) cols);
    } catch (ArithmeticException e) {
      return -1;
    }
  }

  private static void checkLabelLength(Path file, int length, int count) {
    long expected = LABEL_HEADER + (long) count;
    if (count >= 0 && expected == length) {
      return;
    }
    int countLe = Integer.reverseBytes(count);
    if (countLe >= 0 && LABEL_HEADER + (long) countLe == length) {
      throw new CimcException(file + " declares " + count + " labels read big-endian, but "
          + countLe + " read little-endian: the header looks little-endian, but IDX headers"
          + " are big-endian; rewrite the header in big-endian byte order");
    }
    if (count < 0) {
      throw new CimcException(file + " declares an invalid label count " + count
          + "; expected a non-negative count");
    }
    throw lengthMismatch(file, length, expected, count + " labels");
  }

  private static CimcException lengthMismatch(Path file, int length, long expected,
      String declared) {
    if (expected < 0) {
      return new CimcException(file + " declares " + declared + ", more bytes than a file can"
          + " hold; the header is damaged, so download the file again");
    }
    String problem = length < expected ? "is truncated" : "has "
        + (length - expected) + " trailing bytes";
    return new CimcException(file + " " + problem + ": its header declares " + declared
        + ", which needs " + expected + " bytes, but the file has " + length
        + " bytes (after gunzip); download the file again");
  }

  private static byte[] binarize(byte[] images) {
    byte[] pixels = new byte[images.length - IMAGE_HEADER];
    for (int i = 0; i < pixels.length; i++) {
      pixels[i] = (byte) ((images[IMAGE_HEADER + i] & 0xff) >= BINARIZE_THRESHOLD ? 1 : 0);
    }
    return pixels;
  }

  private static byte[] checkLabels(Path file, byte[] data) {
    byte[] labels = new byte[data.length - LABEL_HEADER];
    for (int i = 0; i < labels.length; i++) {
      int value = data[LABEL_HEADER + i] & 0xff;
      if (value > 9) {
        throw new CimcException(file + " has label " + value + " at index " + i
            + "; MNIST labels are digits 0 to 9");
      }
      labels[i] = (byte) value;
    }
    return labels;
  }
}
