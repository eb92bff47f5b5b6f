package cimc.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.junit.jupiter.api.Test;

class AdcFormulaTest {
  @Test
  void formulaEqualsClosedForm() {
    for (int bits = 2; bits <= 8; bits++) {
      for (int step = 1; step <= 40; step++) {
        AdcFormula formula = AdcFormula.of(step, bits);
        assertNotNull(formula, "step " + step + ", " + bits + " bits");
        int limit = (step << bits) + 50;
        for (int d = -limit; d <= limit; d++) {
          String where = "D = " + d + ", step " + step + ", " + bits + " bits";
          assertEquals(Adc.convert(d, step, bits), formula.code(d), where);
          assertEquals(Adc.saturates(d, step, bits) ? 1 : 0, formula.saturated(d), where);
        }
      }
    }
  }

  @Test
  void formulaAtExtremeD() {
    AdcFormula formula = AdcFormula.of(7, 6);
    for (int d : new int[] {-(1 << 30) + 1, -100_000, 100_000, (1 << 30) - 1}) {
      assertEquals(Adc.convert(d, 7, 6), formula.code(d), "D = " + d);
      assertEquals(1, formula.saturated(d), "D = " + d);
    }
  }
}
