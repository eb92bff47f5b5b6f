package cimc.quant;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cimc.CimcException;
import cimc.nn.Mlp;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class QuantizerTest {
  static final String SHA = "0".repeat(64);

  @Test
  void tiesRoundHalfToEven() {
    assertEquals(0, Quantizer.code(0.5, 1, 3));
    assertEquals(2, Quantizer.code(1.5, 1, 3));
    assertEquals(2, Quantizer.code(2.5, 1, 3));
    assertEquals(-2, Quantizer.code(-2.5, 1, 3));
    assertEquals(-2, Quantizer.code(-1.5, 1, 3));
    assertEquals(0, Quantizer.code(-0.5, 1, 3));
    assertEquals(4, Quantizer.code(3.5, 1, 127));
  }

  @Test
  void tiesInLayer() {
    // No clipping: bounds -3..3, so the 3-bit scale is exactly 1.
    float[] w = {-3, 0.5f, 1.5f, 2.5f, -2.5f, 3, -0.5f, 0};
    QuantizedModel q = Quantizer.quantize(new Mlp(new int[] {8, 1}, new float[][] {w},
        new float[][] {{0.25f}}), 3, SigmaClip.NONE, SHA);
    assertEquals(1.0, q.scale(0), 0);
    assertArrayEquals(new byte[] {-3, 0, 2, 2, -2, 3, 0, 0}, q.codes(0));
  }

  @Test
  void symmetric() {
    SplittableRandom random = new SplittableRandom(7);
    for (int bits = 2; bits <= 8; bits++) {
      int max = Quantizer.maxCode(bits);
      double scale = 0.013;
      for (int k = 0; k < 20_000; k++) {
        double w = (random.nextDouble() * 2 - 1) * scale * (max + 2);
        assertEquals(-Quantizer.code(w, scale, max), Quantizer.code(-w, scale, max));
      }
    }
  }

  @Test
  void layerSymmetric() {
    SplittableRandom random = new SplittableRandom(3);
    float[] w = new float[64];
    float[] negated = new float[64];
    for (int k = 0; k < w.length; k++) {
      w[k] = (float) random.nextGaussian();
      negated[k] = -w[k];
    }
    SigmaClip clip = SigmaClip.of(2, false);
    byte[] a = quantizeLayer(w, 4, clip).codes(0);
    byte[] b = quantizeLayer(negated, 4, clip).codes(0);
    for (int k = 0; k < w.length; k++) {
      assertEquals(-a[k], b[k], "weight " + k);
    }
  }

  @Test
  void zeroMapsToZero() {
    for (int bits = 2; bits <= 8; bits++) {
      assertEquals(0, Quantizer.code(0.0, 0.37, Quantizer.maxCode(bits)));
      assertEquals(0, Quantizer.code(-0.0, 0.37, Quantizer.maxCode(bits)));
    }
    QuantizedModel q = quantizeLayer(new float[] {-1, 0, 1, 0.2f}, 4, SigmaClip.NONE);
    assertEquals(0, q.codes(0)[1]);
  }

  @Test
  void allZeroLayer() {
    QuantizedModel q = quantizeLayer(new float[12], 5, SigmaClip.of(3, false));
    assertEquals(0.0, q.scale(0), 0);
    assertArrayEquals(new byte[12], q.codes(0));
    for (float v : q.dequantized().weights(0)) {
      assertFalse(Float.isNaN(v));
      assertEquals(0f, v, 0);
    }
  }

  @Test
  void codeRangePerBits() {
    SplittableRandom random = new SplittableRandom(11);
    float[] w = new float[500];
    for (int k = 0; k < w.length; k++) {
      w[k] = (float) (random.nextGaussian() * 3);
    }
    for (int bits = 2; bits <= 8; bits++) {
      int max = (1 << (bits - 1)) - 1;
      assertEquals(max, Quantizer.maxCode(bits));
      byte[] codes = quantizeLayer(w, bits, SigmaClip.NONE).codes(0);
      int lo = 0;
      int hi = 0;
      for (byte c : codes) {
        lo = Math.min(lo, c);
        hi = Math.max(hi, c);
      }
      assertTrue(lo >= -max, "bits " + bits + " min " + lo);
      assertTrue(hi <= max, "bits " + bits + " max " + hi);
      assertTrue(hi == max || lo == -max, "bits " + bits + " uses the full range");
    }
  }

  @Test
  void perNeuronKeepsOneScale() {
    float[] w = {0, 0, 0, 4, 1, -1, 1, -1};
    QuantizedModel q = quantizeRows(w, 2, 4, SigmaClip.of(1, true));
    assertEquals(2, q.clipLow(0).length);
    // Row 0 bounds [0, 1 + √3], row 1 bounds [−1, 1], so the layer scale follows row 0.
    assertEquals((1 + Math.sqrt(3)) / 7, q.scale(0), 1e-15);
    assertArrayEquals(new byte[] {0, 0, 0, 7, 3, -3, 3, -3}, q.codes(0));
  }

  @Test
  void dequantizedIsCodeTimesScale() {
    float[] w = {0.1f, -0.7f, 0.33f, 0.9f};
    QuantizedModel q = quantizeLayer(w, 3, SigmaClip.NONE);
    float[] d = q.dequantized().weights(0);
    byte[] codes = q.codes(0);
    for (int k = 0; k < w.length; k++) {
      assertEquals((float) (codes[k] * q.scale(0)), d[k], 0);
    }
    assertArrayEquals(new float[] {0.5f}, q.dequantized().biases(0));
  }

  @Test
  void badBitsRejected() {
    for (int bits : new int[] {0, 1, 9, -3}) {
      CimcException e = assertThrows(CimcException.class,
          () -> quantizeLayer(new float[] {1, 2}, bits, SigmaClip.NONE));
      assertTrue(e.getMessage().contains(Integer.toString(bits)), e.getMessage());
      assertTrue(e.getMessage().contains("2 to 8"), e.getMessage());
    }
  }

  static QuantizedModel quantizeLayer(float[] weights, int bits, SigmaClip clip) {
    return quantizeRows(weights, 1, bits, clip);
  }

  static QuantizedModel quantizeRows(float[] weights, int outputs, int bits, SigmaClip clip) {
    float[] biases = new float[outputs];
    java.util.Arrays.fill(biases, 0.5f);
    Mlp model = new Mlp(new int[] {weights.length / outputs, outputs}, new float[][] {weights},
        new float[][] {biases});
    return Quantizer.quantize(model, bits, clip, SHA);
  }
}
