package cimc.nn;

import cimc.CimcException;
import cimc.io.AtomicOutput;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.CRC32;

/**
 * Reads and writes the binary model file described in {@code docs/model-format.md}: the magic
 * {@code CIMC-MLP}, a version, the layer sizes, JSON metadata, float32 weights and biases, all
 * big-endian, and a CRC-32 of everything before it. Layers are numbered from 0 in messages, as
 * in {@link Mlp#weights(int)}.
 */
public final class ModelFile {
  /** First 8 bytes of every model file, ASCII. */
  public static final String MAGIC = "CIMC-MLP";
  /** Format version written by this class and the only one it reads. */
  public static final int VERSION = 1;
  static final int MAX_LAYER_SIZES = 64;
  static final int MAX_LAYER_SIZE = 1 << 20;
  static final int MAX_METADATA_BYTES = 1 << 20;

  private static final ObjectMapper JSON = new ObjectMapper();

  private ModelFile() {}

  /**
   * Writes the network and metadata to {@code target} through a temporary file, so a failed
   * write leaves no partial file.
   *
   * @throws CimcException if a weight or bias is NaN or infinite, or the file cannot be written
   */
  public static void write(Mlp network, ModelMetadata metadata, Path target) {
    checkFinite(network, "cannot write " + target + ": ", "; training diverged, so lower the"
        + " learning rate");
    byte[] bytes = encode(network, metadata);
    AtomicOutput.writeFile(target, temporary -> Files.write(temporary, bytes));
  }

  /** Returns the file content for the network and metadata. */
  static byte[] encode(Mlp network, ModelMetadata metadata) {
    byte[] json = metadataJson(metadata);
    int[] sizes = network.sizes();
    long length = headerLength(sizes.length, json.length) + 4L * parameterCount(sizes) + 4;
    ByteBuffer out = ByteBuffer.allocate(Math.toIntExact(length));
    out.put(MAGIC.getBytes(StandardCharsets.US_ASCII)).putInt(VERSION).putInt(sizes.length);
    for (int size : sizes) {
      out.putInt(size);
    }
    out.putInt(json.length).put(json);
    for (int l = 0; l < network.layerCount(); l++) {
      for (float w : network.weights(l)) {
        out.putFloat(w);
      }
      for (float b : network.biases(l)) {
        out.putFloat(b);
      }
    }
    CRC32 crc = new CRC32();
    crc.update(out.array(), 0, out.position());
    out.putInt((int) crc.getValue());
    return out.array();
  }

  /**
   * Reads and validates a model file.
   *
   * @throws CimcException naming the file and the problem: wrong magic or version, invalid
   *     sizes, truncated or trailing bytes, CRC mismatch, invalid metadata, or a NaN or infinite
   *     weight or bias
   */
  public static TrainedModel read(Path file) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new CimcException("model file " + file + " not found; train one with 'cimc train'");
    } catch (IOException e) {
      throw new CimcException("cannot read model file " + file + ": " + e.getMessage(), e);
    }
    return decode(file, bytes);
  }

  static TrainedModel decode(Path file, byte[] bytes) {
    String prefix = "model file " + file;
    ByteBuffer in = ByteBuffer.wrap(bytes);
    checkHeader(prefix, in);
    int[] sizes = readSizes(prefix, in);
    int jsonLength = in.remaining() >= 4 ? in.getInt() : -1;
    if (jsonLength < 0 || jsonLength > MAX_METADATA_BYTES) {
      throw new CimcException(prefix + " is truncated or has an invalid metadata length "
          + jsonLength + "; expected 0 to " + MAX_METADATA_BYTES);
    }
    long expected = headerLength(sizes.length, jsonLength) + 4L * parameterCount(sizes) + 4;
    if (bytes.length != expected) {
      throw new CimcException(prefix + (bytes.length < expected ? " is truncated" : " has "
          + (bytes.length - expected) + " trailing bytes") + ": layer sizes "
          + describe(sizes) + " need " + expected + " bytes but the file has " + bytes.length);
    }
    checkCrc(prefix, bytes);
    ModelMetadata metadata = parseMetadata(prefix, bytes, in.position(), jsonLength);
    in.position(in.position() + jsonLength);
    Mlp network = Mlp.zeros(sizes);
    for (int l = 0; l < network.layerCount(); l++) {
      in.asFloatBuffer().get(network.weights(l));
      in.position(in.position() + 4 * network.weights(l).length);
      in.asFloatBuffer().get(network.biases(l));
      in.position(in.position() + 4 * network.biases(l).length);
    }
    checkFinite(network, prefix + ": ", "; the file is damaged or came from a diverged run");
    return new TrainedModel(network, metadata);
  }

  private static void checkHeader(String prefix, ByteBuffer in) {
    byte[] magic = new byte[MAGIC.length()];
    if (in.remaining() < magic.length + 4) {
      throw new CimcException(prefix + " is too short to be a cimc model file ("
          + in.remaining() + " bytes)");
    }
    in.get(magic);
    if (!Arrays.equals(magic, MAGIC.getBytes(StandardCharsets.US_ASCII))) {
      throw new CimcException(prefix + " is not a cimc model file: it starts with '"
          + new String(magic, StandardCharsets.ISO_8859_1) + "', expected '" + MAGIC + "'");
    }
    int version = in.getInt();
    if (version != VERSION) {
      throw new CimcException(prefix + " has format version " + version + ", but this cimc reads"
          + " only version " + VERSION + "; retrain the model with this cimc");
    }
  }

  private static int[] readSizes(String prefix, ByteBuffer in) {
    int count = in.remaining() >= 4 ? in.getInt() : -1;
    if (count < 2 || count > MAX_LAYER_SIZES) {
      throw new CimcException(prefix + " has an invalid layer size count " + count
          + "; expected 2 to " + MAX_LAYER_SIZES);
    }
    if (in.remaining() < 4L * count) {
      throw new CimcException(prefix + " is truncated inside its list of " + count
          + " layer sizes");
    }
    int[] sizes = new int[count];
    for (int k = 0; k < count; k++) {
      sizes[k] = in.getInt();
      if (sizes[k] < 1 || sizes[k] > MAX_LAYER_SIZE) {
        throw new CimcException(prefix + " has invalid layer size " + sizes[k] + " at position "
            + k + "; expected 1 to " + MAX_LAYER_SIZE);
      }
    }
    long parameters = parameterCount(sizes);
    if (parameters > (Integer.MAX_VALUE - 1024) / 4) {
      throw new CimcException(prefix + " declares layer sizes " + describe(sizes) + " with "
          + parameters + " parameters, more than a model file can hold");
    }
    return sizes;
  }

  private static void checkCrc(String prefix, byte[] bytes) {
    CRC32 crc = new CRC32();
    crc.update(bytes, 0, bytes.length - 4);
    int stored = ByteBuffer.wrap(bytes, bytes.length - 4, 4).getInt();
    if (stored != (int) crc.getValue()) {
      throw new CimcException(prefix + " is damaged: its CRC-32 is "
          + String.format("%08x", stored) + " but the content gives "
          + String.format("%08x", crc.getValue()) + "; copy or train the model again");
    }
  }

  private static void checkFinite(Mlp network, String prefix, String hint) {
    for (int l = 0; l < network.layerCount(); l++) {
      checkFinite(network.weights(l), prefix + "layer " + l + " weight ", hint);
      checkFinite(network.biases(l), prefix + "layer " + l + " bias ", hint);
    }
  }

  private static void checkFinite(float[] values, String what, String hint) {
    for (int k = 0; k < values.length; k++) {
      if (!Float.isFinite(values[k])) {
        throw new CimcException(what + k + " is " + values[k] + hint);
      }
    }
  }

  private static byte[] metadataJson(ModelMetadata metadata) {
    ObjectNode node = JSON.createObjectNode();
    node.put("seed", metadata.seed());
    node.put("epochs", metadata.epochs());
    node.put("batchSize", metadata.batchSize());
    node.put("optimizer", metadata.optimizer());
    node.put("learningRate", metadata.learningRate());
    node.put("momentum", metadata.momentum());
    if (Double.isNaN(metadata.testAccuracy())) {
      node.putNull("testAccuracy");
    } else {
      node.put("testAccuracy", metadata.testAccuracy());
    }
    node.put("datasetSha256", metadata.datasetSha256());
    return node.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static ModelMetadata parseMetadata(String prefix, byte[] bytes, int offset,
      int length) {
    try {
      JsonNode node = JSON.readTree(new String(bytes, offset, length, StandardCharsets.UTF_8));
      JsonNode accuracy = required(node, "testAccuracy");
      return new ModelMetadata(required(node, "seed").asLong(),
          required(node, "epochs").asInt(), required(node, "batchSize").asInt(),
          required(node, "optimizer").asText(), required(node, "learningRate").asDouble(),
          required(node, "momentum").asDouble(),
          accuracy.isNull() ? Double.NaN : accuracy.asDouble(),
          required(node, "datasetSha256").asText());
    } catch (IOException | IllegalArgumentException e) {
      throw new CimcException(prefix + " has invalid metadata: " + e.getMessage(), e);
    }
  }

  private static JsonNode required(JsonNode node, String field) {
    if (node == null || !node.isObject() || !node.has(field)) {
      throw new IllegalArgumentException("field '" + field + "' is missing");
    }
    return node.get(field);
  }

  private static long headerLength(int sizeCount, int jsonLength) {
    return MAGIC.length() + 4 + 4 + 4L * sizeCount + 4 + jsonLength;
  }

  private static long parameterCount(int[] sizes) {
    long count = 0;
    for (int l = 0; l + 1 < sizes.length; l++) {
      count += (long) sizes[l] * sizes[l + 1] + sizes[l + 1];
    }
    return count;
  }

  private static String describe(int[] sizes) {
    StringBuilder text = new StringBuilder();
    for (int size : sizes) {
      text.append(text.length() == 0 ? "" : "-").append(size);
    }
    return text.toString();
  }
}
