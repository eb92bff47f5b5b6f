package cimc.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cimc.CimcException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelFileTest {
  private static final ModelMetadata METADATA = new ModelMetadata(42, 3, 64, "adam", 0.002, 0.9,
      0.9771, "ab".repeat(32));

  @TempDir
  Path dir;

  private static Mlp network() {
    Mlp network = Mlp.zeros(6, 4, 3);
    Random random = new Random(5);
    for (int l = 0; l < network.layerCount(); l++) {
      for (int k = 0; k < network.weights(l).length; k++) {
        network.weights(l)[k] = (float) random.nextGaussian();
      }
      for (int k = 0; k < network.biases(l).length; k++) {
        network.biases(l)[k] = (float) random.nextGaussian();
      }
    }
    return network;
  }

  /** Byte offset of the first weight of layer 0 in the encoded file. */
  private static int weightsStart(byte[] bytes) {
    ByteBuffer in = ByteBuffer.wrap(bytes);
    int count = in.getInt(12);
    int jsonOffset = 16 + 4 * count;
    return jsonOffset + 4 + in.getInt(jsonOffset);
  }

  /** Sets the float at {@code offset} and recomputes the trailing CRC-32. */
  private static byte[] patch(byte[] bytes, int offset, float value) {
    byte[] copy = bytes.clone();
    ByteBuffer.wrap(copy).putFloat(offset, value);
    CRC32 crc = new CRC32();
    crc.update(copy, 0, copy.length - 4);
    ByteBuffer.wrap(copy).putInt(copy.length - 4, (int) crc.getValue());
    return copy;
  }

  private String readFailure(byte[] bytes) throws IOException {
    Path file = dir.resolve("bad.cimc");
    Files.write(file, bytes);
    return assertThrows(CimcException.class, () -> ModelFile.read(file)).getMessage();
  }

  @Test
  void roundTripKeepsBits() {
    Mlp network = network();
    Path file = dir.resolve("m.cimc");
    ModelFile.write(network, METADATA, file);
    TrainedModel model = ModelFile.read(file);
    assertArrayEquals(network.sizes(), model.network().sizes());
    for (int l = 0; l < network.layerCount(); l++) {
      assertArrayEquals(network.weights(l), model.network().weights(l));
      assertArrayEquals(network.biases(l), model.network().biases(l));
    }
    assertEquals(METADATA, model.metadata());
  }

  @Test
  void unmeasuredAccuracyIsNaN() {
    ModelMetadata metadata = new ModelMetadata(1, 1, 1, "sgd", 0.1, 0.5, Double.NaN, "");
    Path file = dir.resolve("m.cimc");
    ModelFile.write(network(), metadata, file);
    assertTrue(Double.isNaN(ModelFile.read(file).metadata().testAccuracy()));
  }

  @Test
  void nanWeightNamed() throws IOException {
    byte[] bytes = ModelFile.encode(network(), METADATA);
    int offset = weightsStart(bytes) + 4 * (6 * 4 + 4) + 4 * 5;
    String message = readFailure(patch(bytes, offset, Float.NaN));
    assertTrue(message.contains("layer 1 weight 5 is NaN"), message);
  }

  @Test
  void infiniteBiasNamed() throws IOException {
    byte[] bytes = ModelFile.encode(network(), METADATA);
    int offset = weightsStart(bytes) + 4 * (6 * 4) + 4 * 2;
    String message = readFailure(patch(bytes, offset, Float.NEGATIVE_INFINITY));
    assertTrue(message.contains("layer 0 bias 2 is -Infinity"), message);
  }

  @Test
  void wrongShapeRejected() throws IOException {
    byte[] bytes = ModelFile.encode(network(), METADATA);
    ByteBuffer.wrap(bytes).putInt(16 + 4, 3);
    String message = readFailure(bytes);
    assertTrue(message.contains("layer sizes 6-3-3 need 365 bytes"), message);
    assertTrue(message.contains("has 40 trailing bytes"), message);
    ByteBuffer.wrap(bytes).putInt(16 + 4, 5);
    message = readFailure(bytes);
    assertTrue(message.contains("is truncated: layer sizes 6-5-3 need 445 bytes"), message);
  }

  @Test
  void zeroSizeRejected() throws IOException {
    byte[] bytes = ModelFile.encode(network(), METADATA);
    ByteBuffer.wrap(bytes).putInt(16 + 8, 0);
    String message = readFailure(bytes);
    assertTrue(message.contains("invalid layer size 0 at position 2"), message);
  }

  @Test
  void truncationRejected() throws IOException {
    byte[] bytes = ModelFile.encode(network(), METADATA);
    String message = readFailure(Arrays.copyOf(bytes, bytes.length - 10));
    assertTrue(message.contains("is truncated"), message);
  }

  @Test
  void flippedBitRejected() throws IOException {
    byte[] bytes = ModelFile.encode(network(), METADATA);
    bytes[weightsStart(bytes) + 9] ^= 1;
    String message = readFailure(bytes);
    assertTrue(message.contains("is damaged"), message);
    assertTrue(message.contains("CRC-32"), message);
  }

  @Test
  void wrongMagicRejected() throws IOException {
    byte[] bytes = ModelFile.encode(network(), METADATA);
    bytes[0] = 'X';
    String message = readFailure(bytes);
    assertTrue(message.contains("not a cimc model file"), message);
  }

  @Test
  void newerVersionRejected() throws IOException {
    byte[] bytes = ModelFile.encode(network(), METADATA);
    ByteBuffer.wrap(bytes).putInt(8, 2);
    String message = readFailure(bytes);
    assertTrue(message.contains("format version 2"), message);
  }

  @Test
  void nanNotWritten() {
    Mlp network = network();
    network.weights(0)[3] = Float.NaN;
    Path file = dir.resolve("m.cimc");
    CimcException e = assertThrows(CimcException.class,
        () -> ModelFile.write(network, METADATA, file));
    assertTrue(e.getMessage().contains("layer 0 weight 3 is NaN"), e.getMessage());
    assertFalse(Files.exists(file));
  }

  @Test
  void unwritablePathRejected() throws IOException {
    Path blocker = Files.writeString(dir.resolve("file"), "not a folder");
    Path target = blocker.resolve("m.cimc");
    CimcException e = assertThrows(CimcException.class,
        () -> ModelFile.write(network(), METADATA, target));
    assertTrue(e.getMessage().contains("cannot write " + target), e.getMessage());
    assertFalse(Files.exists(target));
  }
}
