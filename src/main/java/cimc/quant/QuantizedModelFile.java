package cimc.quant;

import cimc.CimcException;
import cimc.io.AtomicOutput;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.OptionalDouble;
import java.util.zip.CRC32;

/**
 * Reads and writes the binary quantized-model format, version 1, described in
 * docs/quantized-format.md: big-endian, a magic and version, the quantization settings, the
 * layer sizes, per layer the scale, clipping bounds, biases and codes, and a CRC-32 of all
 * preceding bytes.
 */
public final class QuantizedModelFile {
  /** The 8 ASCII bytes every file starts with. */
  public static final String MAGIC = "CIMCQMOD";
  public static final int VERSION = 1;
  /** Largest accepted layer width, a guard against corrupt headers. */
  static final int MAX_LAYER_SIZE = 1 << 20;
  private static final int MAX_LAYERS = 64;

  private QuantizedModelFile() {}

  /** Writes {@code model} to {@code path} through a temporary, replacing any existing file. */
  public static void write(QuantizedModel model, Path path) {
    byte[] bytes = encode(model);
    AtomicOutput.writeFile(path, temporary -> Files.write(temporary, bytes));
  }

  /** Returns the file content for {@code model}, checksum included. */
  public static byte[] encode(QuantizedModel model) {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(buffer)) {
      writeHeader(model, out);
      for (int l = 0; l < model.layerCount(); l++) {
        writeLayer(model, l, out);
      }
      CRC32 crc = new CRC32();
      crc.update(buffer.toByteArray());
      out.writeInt((int) crc.getValue());
    } catch (IOException e) {
      throw new IllegalStateException("writing to memory failed", e);
    }
    return buffer.toByteArray();
  }

  private static void writeHeader(QuantizedModel model, DataOutputStream out)
      throws IOException {
    out.write(MAGIC.getBytes(StandardCharsets.US_ASCII));
    out.writeInt(VERSION);
    out.writeInt(model.bits());
    out.writeByte(model.z().isPresent() ? 1 : 0);
    out.writeDouble(model.z().orElse(0));
    out.writeByte(model.perNeuron() ? 1 : 0);
    out.write(HexFormat.of().parseHex(model.sourceModelSha256()));
    int[] sizes = model.sizes();
    out.writeInt(sizes.length);
    for (int size : sizes) {
      out.writeInt(size);
    }
  }

  private static void writeLayer(QuantizedModel model, int l, DataOutputStream out)
      throws IOException {
    out.writeDouble(model.scale(l));
    for (double low : model.clipLow(l)) {
      out.writeDouble(low);
    }
    for (double high : model.clipHigh(l)) {
      out.writeDouble(high);
    }
    for (float bias : model.biases(l)) {
      out.writeFloat(bias);
    }
    out.write(model.codes(l));
  }

  /**
   * Reads and validates a quantized model file.
   *
   * @throws CimcException naming the file and the first problem: missing file, wrong magic or
   *     version, checksum mismatch, truncation, bad shape, code outside the bit width's range,
   *     or a NaN or infinite value
   */
  public static QuantizedModel read(Path path) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(path);
    } catch (NoSuchFileException e) {
      throw new CimcException("quantized model file " + path + " not found; run 'cimc quantize'"
          + " to create it");
    } catch (IOException e) {
      throw new CimcException("cannot read quantized model file " + path + ": " + e.getMessage());
    }
    try {
      return decode(bytes);
    } catch (IllegalArgumentException e) {
      throw new CimcException("invalid quantized model file " + path + ": " + e.getMessage()
          + "; write it again with 'cimc quantize'");
    }
  }

  /**
   * Parses file content.
   *
   * @throws IllegalArgumentException naming the first problem found
   */
  public static QuantizedModel decode(byte[] bytes) {
    checkEnvelope(bytes);
    ByteBuffer in = ByteBuffer.wrap(bytes, 0, bytes.length - 4);
    in.position(MAGIC.length() + 4);
    try {
      QuantizedModel model = decodeBody(in);
      if (in.hasRemaining()) {
        throw new IllegalArgumentException(in.remaining() + " unexpected bytes after the last"
            + " layer");
      }
      return model;
    } catch (BufferUnderflowException e) {
      throw new IllegalArgumentException("file ends in the middle of the data (truncated)");
    }
  }

  private static void checkEnvelope(byte[] bytes) {
    int headerLength = MAGIC.length() + 4;
    byte[] magic = MAGIC.getBytes(StandardCharsets.US_ASCII);
    if (bytes.length < headerLength + 4
        || !java.util.Arrays.equals(bytes, 0, magic.length, magic, 0, magic.length)) {
      throw new IllegalArgumentException("missing magic '" + MAGIC
          + "'; it is not a cimc quantized model");
    }
    int version = ByteBuffer.wrap(bytes, magic.length, 4).getInt();
    if (version != VERSION) {
      throw new IllegalArgumentException("format version " + version
          + " is not supported; this cimc reads version " + VERSION);
    }
    CRC32 crc = new CRC32();
    crc.update(bytes, 0, bytes.length - 4);
    int stored = ByteBuffer.wrap(bytes, bytes.length - 4, 4).getInt();
    if (stored != (int) crc.getValue()) {
      throw new IllegalArgumentException("CRC-32 mismatch, the file is corrupt or truncated");
    }
  }

  private static QuantizedModel decodeBody(ByteBuffer in) {
    int bits = in.getInt();
    if (bits < Quantizer.MIN_BITS || bits > Quantizer.MAX_BITS) {
      throw new IllegalArgumentException("bit width " + bits + " is outside "
          + Quantizer.MIN_BITS + ".." + Quantizer.MAX_BITS);
    }
    boolean hasZ = readFlag(in, "z flag");
    double z = in.getDouble();
    if (hasZ && (!(z > 0) || Double.isInfinite(z))) {
      throw new IllegalArgumentException("z " + z + " is not a finite number greater than 0");
    }
    boolean perNeuron = readFlag(in, "per-neuron flag");
    byte[] sha = new byte[32];
    in.get(sha);
    int[] sizes = readSizes(in);
    int layers = sizes.length - 1;
    double[] scales = new double[layers];
    double[][] lows = new double[layers][];
    double[][] highs = new double[layers][];
    float[][] biases = new float[layers][];
    byte[][] codes = new byte[layers][];
    for (int l = 0; l < layers; l++) {
      int bounds = perNeuron ? sizes[l + 1] : 1;
      scales[l] = in.getDouble();
      lows[l] = readDoubles(in, bounds);
      highs[l] = readDoubles(in, bounds);
      biases[l] = readFloats(in, sizes[l + 1]);
      codes[l] = readBytes(in, (long) sizes[l] * sizes[l + 1]);
    }
    SigmaClip clip = new SigmaClip(hasZ ? OptionalDouble.of(z) : OptionalDouble.empty(),
        perNeuron);
    return new QuantizedModel(bits, clip, sizes, codes, scales, biases, lows, highs,
        HexFormat.of().formatHex(sha));
  }

  private static boolean readFlag(ByteBuffer in, String name) {
    byte flag = in.get();
    if (flag != 0 && flag != 1) {
      throw new IllegalArgumentException(name + " is " + flag + ", expected 0 or 1");
    }
    return flag == 1;
  }

  private static int[] readSizes(ByteBuffer in) {
    int count = in.getInt();
    if (count < 2 || count > MAX_LAYERS + 1) {
      throw new IllegalArgumentException("layer size count " + count + " is outside 2.."
          + (MAX_LAYERS + 1));
    }
    int[] sizes = new int[count];
    for (int k = 0; k < count; k++) {
      sizes[k] = in.getInt();
      if (sizes[k] < 1 || sizes[k] > MAX_LAYER_SIZE) {
        throw new IllegalArgumentException("layer size " + k + " is " + sizes[k]
            + ", outside 1.." + MAX_LAYER_SIZE);
      }
    }
    return sizes;
  }

  private static double[] readDoubles(ByteBuffer in, int count) {
    requireRemaining(in, 8L * count);
    double[] values = new double[count];
    in.asDoubleBuffer().get(values);
    in.position(in.position() + 8 * count);
    return values;
  }

  private static float[] readFloats(ByteBuffer in, int count) {
    requireRemaining(in, 4L * count);
    float[] values = new float[count];
    in.asFloatBuffer().get(values);
    in.position(in.position() + 4 * count);
    return values;
  }

  private static byte[] readBytes(ByteBuffer in, long count) {
    requireRemaining(in, count);
    byte[] values = new byte[(int) count];
    in.get(values);
    return values;
  }

  private static void requireRemaining(ByteBuffer in, long count) {
    if (in.remaining() < count) {
      throw new BufferUnderflowException();
    }
  }
}
