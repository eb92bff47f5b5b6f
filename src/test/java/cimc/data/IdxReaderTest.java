package cimc.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cimc.CimcException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdxReaderTest {
  /** Two 2x3 images whose gray levels straddle the binarization threshold 128. */
  private static final byte[] PIXELS = {
      0, (byte) 127, (byte) 128, (byte) 255, 1, (byte) 200,
      (byte) 128, 0, 0, 0, 0, (byte) 129};
  private static final byte[] LABELS = {7, 0};

  @TempDir
  Path dir;

  private Path images(byte[] data) throws IOException {
    return IdxFiles.write(dir, "images", data);
  }

  private Path labels(byte[] data) throws IOException {
    return IdxFiles.write(dir, "labels", data);
  }

  private Path goodImages() throws IOException {
    return images(IdxFiles.images(2051, 2, 2, 3, PIXELS));
  }

  private Path goodLabels() throws IOException {
    return labels(IdxFiles.labels(2049, 2, LABELS));
  }

  private String failure(Path imageFile, Path labelFile) {
    return assertThrows(CimcException.class, () -> IdxReader.read(imageFile, labelFile))
        .getMessage();
  }

  @Test
  void rawFilesLoad() throws IOException {
    Dataset data = IdxReader.read(goodImages(), goodLabels());
    assertEquals(2, data.size());
    assertEquals(2, data.rows());
    assertEquals(3, data.cols());
    assertArrayEquals(new byte[] {0, 0, 1, 1, 0, 1, 1, 0, 0, 0, 0, 1}, data.pixels());
    assertEquals(1, data.pixel(0, 0, 2));
    assertEquals(0, data.pixel(0, 0, 1));
    assertEquals(1, data.pixel(1, 1, 2));
    assertEquals(7, data.label(0));
    assertEquals(0, data.label(1));
  }

  @Test
  void gzipFilesLoad() throws IOException {
    Path imageFile = IdxFiles.write(dir, "images.gz",
        IdxFiles.gzip(IdxFiles.images(2051, 2, 2, 3, PIXELS)));
    Path labelFile = IdxFiles.write(dir, "labels.gz",
        IdxFiles.gzip(IdxFiles.labels(2049, 2, LABELS)));
    Dataset data = IdxReader.read(imageFile, labelFile);
    assertArrayEquals(IdxReader.read(goodImages(), goodLabels()).pixels(), data.pixels());
    assertArrayEquals(LABELS, data.labels());
  }

  @Test
  void gzipUnderRawNameLoads() throws IOException {
    Path imageFile = images(IdxFiles.gzip(IdxFiles.images(2051, 2, 2, 3, PIXELS)));
    Dataset data = IdxReader.read(imageFile, goodLabels());
    assertEquals(2, data.size());
    assertEquals(1, data.pixel(0, 1, 0));
  }

  @Test
  void wrongMagicRejected() throws IOException {
    String message = failure(images(IdxFiles.images(2049, 2, 2, 3, PIXELS)), goodLabels());
    assertTrue(message.contains("magic number 2049"), message);
    assertTrue(message.contains("expected 2051"), message);
  }

  @Test
  void labelMagicChecked() throws IOException {
    String message = failure(goodImages(), labels(IdxFiles.labels(2051, 2, LABELS)));
    assertTrue(message.contains("magic number 2051"), message);
    assertTrue(message.contains("expected 2049"), message);
  }

  @Test
  void truncatedImagesRejected() throws IOException {
    byte[] whole = IdxFiles.images(2051, 2, 2, 3, PIXELS);
    Path imageFile = images(Arrays.copyOf(whole, whole.length - 1));
    String message = failure(imageFile, goodLabels());
    assertTrue(message.contains("is truncated"), message);
    assertTrue(message.contains("needs 28 bytes"), message);
    assertTrue(message.contains("has 27 bytes"), message);
  }

  @Test
  void trailingBytesRejected() throws IOException {
    byte[] whole = IdxFiles.labels(2049, 2, LABELS);
    String message = failure(goodImages(), labels(Arrays.copyOf(whole, whole.length + 3)));
    assertTrue(message.contains("3 trailing bytes"), message);
  }

  @Test
  void truncatedHeaderRejected() throws IOException {
    String message = failure(images(new byte[] {0, 0, 8, 3, 0}), goodLabels());
    assertTrue(message.contains("is truncated"), message);
    assertTrue(message.contains("16-byte IDX header"), message);
  }

  @Test
  void littleEndianCountNamed() throws IOException {
    byte[] data = IdxFiles.labels(2049, Integer.reverseBytes(2), LABELS);
    String message = failure(goodImages(), labels(data));
    assertTrue(message.contains("declares 33554432 labels"), message);
    assertTrue(message.contains("header looks little-endian"), message);
  }

  @Test
  void littleEndianImageHeaderNamed() throws IOException {
    byte[] data = IdxFiles.images(2051, Integer.reverseBytes(2), Integer.reverseBytes(2),
        Integer.reverseBytes(3), PIXELS);
    String message = failure(images(data), goodLabels());
    assertTrue(message.contains("header looks little-endian"), message);
  }

  @Test
  void littleEndianMagicNamed() throws IOException {
    byte[] data = ByteBuffer.wrap(IdxFiles.images(2051, 2, 2, 3, PIXELS))
        .putInt(0, Integer.reverseBytes(2051)).array();
    String message = failure(images(data), goodLabels());
    assertTrue(message.contains("looks little-endian"), message);
  }

  @Test
  void hugeHeaderRejected() throws IOException {
    byte[] data = IdxFiles.images(2051, Integer.MAX_VALUE, 1 << 30, 1 << 30, PIXELS);
    String message = failure(images(data), goodLabels());
    assertTrue(message.contains("more bytes than a file can hold"), message);
  }

  @Test
  void labelTenRejected() throws IOException {
    String message = failure(goodImages(), labels(IdxFiles.labels(2049, 2, new byte[] {3, 10})));
    assertTrue(message.contains("label 10 at index 1"), message);
    assertTrue(message.contains("0 to 9"), message);
  }

  @Test
  void countMismatchRejected() throws IOException {
    String message = failure(goodImages(), labels(IdxFiles.labels(2049, 1, new byte[] {3})));
    assertTrue(message.contains("has 2 images"), message);
    assertTrue(message.contains("has 1 labels"), message);
  }

  @Test
  void damagedGzipRejected() throws IOException {
    byte[] packed = IdxFiles.gzip(IdxFiles.images(2051, 2, 2, 3, PIXELS));
    Path imageFile = images(Arrays.copyOf(packed, packed.length - 6));
    String message = failure(imageFile, goodLabels());
    assertTrue(message.contains("damaged gzip file"), message);
  }

  @Test
  void missingFileNamed() throws IOException {
    String message = failure(dir.resolve("absent"), goodLabels());
    assertTrue(message.contains("absent not found"), message);
  }
}
