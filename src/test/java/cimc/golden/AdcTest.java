package cimc.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AdcTest {
  @Test
  void zeroGivesZero() {
    assertEquals(0, Adc.convert(0, 1, 6));
    assertEquals(0, Adc.convert(0, 7, 6));
  }

  @Test
  void stepOneIsIdentityInRange() {
    for (int d = -32; d <= 31; d++) {
      assertEquals(d, Adc.convert(d, 1, 6));
    }
  }

  @Test
  void saturatesAtBothEnds() {
    assertEquals(31, Adc.convert(32, 1, 6));
    assertEquals(-32, Adc.convert(-33, 1, 6));
    assertEquals(7, Adc.convert(1000, 3, 4));
    assertEquals(-8, Adc.convert(-1000, 3, 4));
    assertTrue(Adc.saturates(32, 1, 6));
    assertFalse(Adc.saturates(31, 1, 6));
    assertFalse(Adc.saturates(-32, 1, 6));
    assertTrue(Adc.saturates(-33, 1, 6));
  }

  @Test
  void thresholdsRoundHalfUp() {
    // Step 4: D/s = 0.5 rounds to 1, -0.5 rounds to 0, -0.75 rounds to -1.
    assertEquals(1, Adc.convert(2, 4, 6));
    assertEquals(0, Adc.convert(1, 4, 6));
    assertEquals(0, Adc.convert(-2, 4, 6));
    assertEquals(-1, Adc.convert(-3, 4, 6));
    // Step 3: thresholds at 1.5 and 4.5 codes, so 2 -> 1, 4 -> 1, 5 -> 2.
    assertEquals(1, Adc.convert(2, 3, 6));
    assertEquals(1, Adc.convert(4, 3, 6));
    assertEquals(2, Adc.convert(5, 3, 6));
    assertEquals(-1, Adc.convert(-2, 3, 6));
    assertEquals(-2, Adc.convert(-5, 3, 6));
  }

  @Test
  void lastCodeBeforeSaturation() {
    // 4 bits, step 2: k = 7 for D in [13, 14], and D = 15 would round to 8, which clamps.
    assertEquals(7, Adc.convert(13, 2, 4));
    assertEquals(6, Adc.convert(12, 2, 4));
    assertFalse(Adc.saturates(14, 2, 4));
    assertTrue(Adc.saturates(15, 2, 4));
    assertEquals(-8, Adc.convert(-16, 2, 4));
    assertFalse(Adc.saturates(-17, 2, 4));
    assertTrue(Adc.saturates(-18, 2, 4));
  }

  @Test
  void sarMatchesFormula() {
    for (int bits = 2; bits <= 8; bits++) {
      for (int step = 1; step <= 7; step++) {
        int limit = (1 << bits) * step + 5;
        for (int d = -limit; d <= limit; d++) {
          assertEquals(Adc.convert(d, step, bits), Adc.sar(d, step, bits),
              "bits " + bits + " step " + step + " D " + d);
        }
      }
    }
  }

  @Test
  void comparatorThreshold() {
    // 6 bits, H = 32: trial code 33 is signed code 1, lower threshold D/s >= 0.5.
    assertTrue(Adc.comparator(2, 4, 6, 33));
    assertFalse(Adc.comparator(1, 4, 6, 33));
  }
}
