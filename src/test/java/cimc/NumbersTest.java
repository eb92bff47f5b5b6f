package cimc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cimc.cli.Main;
import org.junit.jupiter.api.Test;

class NumbersTest {
  @Test
  void decimalForms() {
    assertEquals(2.0, Numbers.parseDecimal("2"));
    assertEquals(-0.5, Numbers.parseDecimal(" -0.5 "));
    assertEquals(0.25, Numbers.parseDecimal(".25"));
    assertEquals(1e-3, Numbers.parseDecimal("1e-3"));
    assertEquals(3.0, Numbers.parseDecimal("+3."));
  }

  @Test
  void javaLiteralFormsRejected() {
    for (String text : new String[] {"2d", "2f", "0x1p3", "1e", "", "NaN", "Infinity", "1,5"}) {
      assertThrows(NumberFormatException.class, () -> Numbers.parseDecimal(text), text);
    }
  }

  @Test
  void commandRejectsSuffixedNumber() {
    assertEquals(2, Main.run("sweep", "--z", "2d", "--output", "/nonexistent/never"));
    assertEquals(2, Main.run("quantize", "--z", "2d", "--model", "/nonexistent/m.cimc",
        "--output", "/nonexistent/q.cimq"));
  }
}
