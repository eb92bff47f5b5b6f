package cimc.quant;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cimc.CimcException;
import cimc.nn.Mlp;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuantizedModelFileTest {
  @TempDir
  Path dir;

  static QuantizedModel sample(boolean perNeuron) {
    SplittableRandom random = new SplittableRandom(5);
    Mlp model = Mlp.zeros(6, 4, 3);
    for (int l = 0; l < 2; l++) {
      float[] w = model.weights(l);
      for (int k = 0; k < w.length; k++) {
        w[k] = (float) random.nextGaussian();
      }
      model.biases(l)[0] = 0.125f;
    }
    return Quantizer.quantize(model, 4, SigmaClip.of(2.5, perNeuron), "ab".repeat(32));
  }

  @Test
  void roundTrip() {
    for (boolean perNeuron : new boolean[] {false, true}) {
      QuantizedModel q = sample(perNeuron);
      Path path = dir.resolve("m" + perNeuron + ".cimcq");
      QuantizedModelFile.write(q, path);
      QuantizedModel r = QuantizedModelFile.read(path);
      assertEquals(q.bits(), r.bits());
      assertEquals(q.z(), r.z());
      assertEquals(perNeuron, r.perNeuron());
      assertArrayEquals(q.sizes(), r.sizes());
      assertEquals(q.sourceModelSha256(), r.sourceModelSha256());
      for (int l = 0; l < q.layerCount(); l++) {
        assertArrayEquals(q.codes(l), r.codes(l));
        assertEquals(q.scale(l), r.scale(l), 0);
        assertArrayEquals(q.biases(l), r.biases(l));
        assertArrayEquals(q.clipLow(l), r.clipLow(l));
        assertArrayEquals(q.clipHigh(l), r.clipHigh(l));
      }
      assertArrayEquals(QuantizedModelFile.encode(q), QuantizedModelFile.encode(r));
    }
  }

  @Test
  void noClipRoundTrip() throws IOException {
    QuantizedModel q = Quantizer.quantize(Mlp.zeros(2, 2), 2, SigmaClip.NONE, "0".repeat(64));
    QuantizedModel r = QuantizedModelFile.decode(QuantizedModelFile.encode(q));
    assertTrue(r.z().isEmpty());
  }

  @Test
  void nanBiasRejected() throws IOException {
    QuantizedModel q = sample(false);
    byte[] bytes = QuantizedModelFile.encode(q);
    // Layer 0 starts after the header; its first bias follows the scale and two bounds.
    int header = 8 + 4 + 4 + 1 + 8 + 1 + 32 + 4 + 3 * 4;
    int bias = header + 8 + 8 + 8;
    ByteBuffer.wrap(bytes).putFloat(bias, Float.NaN);
    rewriteCrc(bytes);
    Path path = dir.resolve("nan.cimcq");
    Files.write(path, bytes);
    CimcException e = assertThrows(CimcException.class, () -> QuantizedModelFile.read(path));
    assertTrue(e.getMessage().contains("NaN"), e.getMessage());
    assertTrue(e.getMessage().contains(path.toString()), e.getMessage());
  }

  @Test
  void codeOutOfRangeRejected() throws IOException {
    QuantizedModel q = sample(false);
    byte[] bytes = QuantizedModelFile.encode(q);
    int header = 8 + 4 + 4 + 1 + 8 + 1 + 32 + 4 + 3 * 4;
    int firstCode = header + 8 + 8 + 8 + 4 * 4;
    bytes[firstCode] = 8;
    rewriteCrc(bytes);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> QuantizedModelFile.decode(bytes));
    assertTrue(e.getMessage().contains("outside -7..7"), e.getMessage());
  }

  @Test
  void corruptionRejected() {
    byte[] bytes = QuantizedModelFile.encode(sample(true));
    bytes[bytes.length / 2] ^= 1;
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> QuantizedModelFile.decode(bytes));
    assertTrue(e.getMessage().contains("CRC-32"), e.getMessage());
  }

  @Test
  void wrongMagicAndVersion() {
    byte[] bytes = QuantizedModelFile.encode(sample(false));
    byte[] other = bytes.clone();
    other[0] = 'X';
    assertTrue(assertThrows(IllegalArgumentException.class,
        () -> QuantizedModelFile.decode(other)).getMessage().contains("magic"));
    byte[] version = bytes.clone();
    version[11] = 2;
    assertTrue(assertThrows(IllegalArgumentException.class,
        () -> QuantizedModelFile.decode(version)).getMessage().contains("version 2"));
  }

  @Test
  void truncatedRejected() {
    byte[] bytes = QuantizedModelFile.encode(sample(false));
    byte[] cut = java.util.Arrays.copyOf(bytes, bytes.length - 9);
    rewriteCrc(cut);
    assertTrue(assertThrows(IllegalArgumentException.class,
        () -> QuantizedModelFile.decode(cut)).getMessage().contains("truncated"));
  }

  @Test
  void missingFileNamed() {
    Path path = dir.resolve("absent.cimcq");
    CimcException e = assertThrows(CimcException.class, () -> QuantizedModelFile.read(path));
    assertTrue(e.getMessage().contains("not found"), e.getMessage());
  }

  @Test
  void unwritablePathRejected() throws IOException {
    Path blocker = dir.resolve("file");
    Files.writeString(blocker, "x");
    Path target = blocker.resolve("m.cimcq");
    CimcException e = assertThrows(CimcException.class,
        () -> QuantizedModelFile.write(sample(false), target));
    assertTrue(e.getMessage().contains(target.toString()), e.getMessage());
    assertFalse(Files.exists(target));
  }

  static void rewriteCrc(byte[] bytes) {
    CRC32 crc = new CRC32();
    crc.update(bytes, 0, bytes.length - 4);
    ByteBuffer.wrap(bytes).putInt(bytes.length - 4, (int) crc.getValue());
  }
}
