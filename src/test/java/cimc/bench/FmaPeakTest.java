package cimc.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FmaPeakTest {
  @Test
  void kernelMatchesScalarFma() {
    float[] x = {1f, 2f, 0.5f};
    FmaPeak.kernel(x, 3);
    float expected = 2f;
    for (int k = 0; k < 3 * 8; k++) {
      expected = Math.fma(expected, 0.999f, 0.001f);
    }
    assertEquals(expected, x[1]);
  }

  @Test
  void measureReportsThroughput() throws InterruptedException {
    FmaPeak.Result result = FmaPeak.measure(2, 0.1);
    assertEquals(2, result.threads());
    assertTrue(result.gflops() > 0, "GFLOP/s " + result.gflops());
    assertTrue(result.seconds() > 0, "seconds " + result.seconds());
  }
}
