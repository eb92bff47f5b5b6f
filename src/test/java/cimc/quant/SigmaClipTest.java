package cimc.quant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cimc.CimcException;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class SigmaClipTest {
  @Test
  void handWorkedBounds() {
    LayerClip clip = SigmaClip.of(1, false).apply(new float[] {0, 0, 0, 4}, 1, 4);
    assertEquals(1.0, clip.mean(0), 0);
    assertEquals(Math.sqrt(3), clip.std(0), 1e-15);
    assertEquals(1 + Math.sqrt(3), clip.high(0), 1e-15);
    // μ − σ = 1 − √3 lies below every weight, so the lower bound moves to the minimum, 0.
    assertEquals(0, clip.low(0), 0);
    assertEquals(1, clip.clippedCount());
    assertEquals(0.25, clip.fractionClipped(), 0);
    assertEquals(1 + Math.sqrt(3), clip.clip(0, 4), 1e-15);
  }

  @Test
  void zeroSigmaCollapsesToMean() {
    LayerClip clip = SigmaClip.of(2, false).apply(new float[] {0.5f, 0.5f, 0.5f}, 3, 1);
    assertEquals(0.5, clip.low(0), 0);
    assertEquals(0.5, clip.high(0), 0);
    assertEquals(0, clip.clippedCount());
  }

  @Test
  void singleWeightLayer() {
    LayerClip clip = SigmaClip.of(3, false).apply(new float[] {-1.25f}, 1, 1);
    assertEquals(-1.25, clip.low(0), 0);
    assertEquals(-1.25, clip.high(0), 0);
    assertEquals(-1.25, clip.clip(0, 7.0), 0);
  }

  @Test
  void largeZEqualsNone() {
    float[] w = {-2, 1, 3, 0, 0.5f, 0.25f};
    LayerClip clip = SigmaClip.of(50, false).apply(w, 1, 6);
    assertEquals(-2, clip.low(0), 0);
    assertEquals(3, clip.high(0), 0);
  }

  @Test
  void noneUsesMinAndMax() {
    LayerClip clip = SigmaClip.NONE.apply(new float[] {-2, 1, 3, 0}, 2, 2);
    assertEquals(-2, clip.low(0), 0);
    assertEquals(3, clip.high(0), 0);
    assertEquals(0, clip.clippedCount());
  }

  @Test
  void perNeuronBounds() {
    float[] weights = {0, 0, 0, 4, 10, 10, 10, 10};
    LayerClip clip = SigmaClip.of(1, true).apply(weights, 2, 4);
    assertEquals(2, clip.groupCount());
    assertEquals(1 + Math.sqrt(3), clip.high(0), 1e-15);
    assertEquals(10, clip.low(1), 0);
    assertEquals(10, clip.high(1), 0);
    assertEquals(1, clip.group(1));
    assertEquals(10, clip.maxAbsBound(), 0);
  }

  @Test
  void parseZ() {
    assertEquals(OptionalDouble.empty(), SigmaClip.parseZ("none"));
    assertEquals(OptionalDouble.empty(), SigmaClip.parseZ("NONE"));
    assertEquals(OptionalDouble.of(2.5), SigmaClip.parseZ(" 2.5"));
    assertEquals("none", SigmaClip.format(OptionalDouble.empty()));
    assertEquals("3", SigmaClip.format(OptionalDouble.of(3)));
    assertEquals("2.5", SigmaClip.format(OptionalDouble.of(2.5)));
  }

  @Test
  void badZRejected() {
    for (String text : new String[] {"0", "-1", "NaN", "Infinity", "abc", "-0"}) {
      CimcException e = assertThrows(CimcException.class, () -> SigmaClip.parseZ(text), text);
      assertTrue(e.getMessage().contains("greater than 0"), e.getMessage());
    }
    assertThrows(CimcException.class, () -> SigmaClip.of(Double.NaN, false));
    assertThrows(CimcException.class, () -> SigmaClip.of(-0.5, true));
    assertThrows(CimcException.class, () -> SigmaClip.of(0, false));
  }
}
