package cimc.golden;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import cimc.hw.CompiledDesign;
import cimc.hw.PulseConfig;
import cimc.nn.Mlp;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SimulationTest {
  private static List<SimulationResult> run(int threads) {
    Object[] net = CalibrationTest.network(4);
    CompiledDesign design = (CompiledDesign) net[0];
    Mlp mlp = (Mlp) net[1];
    byte[] train = TestDesigns.pixels(200, 784, 0.19, 5);
    byte[] test = TestDesigns.pixels(200, 784, 0.19, 6);
    byte[] labels = new byte[200];
    for (int n = 0; n < labels.length; n++) {
      labels[n] = (byte) (n % 10);
    }
    Calibration.Settings c = new Calibration.Settings(8, 6, 4, 99.9, 99.9,
        PulseConfig.defaults(8), threads);
    Simulation.Settings s = new Simulation.Settings(new int[] {5, 7}, c, 200,
        (d, k) -> new CodeVariation(2, 0.001, 0.001).apply(d, 9, k), 2, 9, 0.5, null);
    List<SimulationResult> seen = new ArrayList<>();
    List<SimulationResult> results = Simulation.run("net", design, mlp, train, test, labels, s,
        seen::add);
    assertEquals(results, seen);
    return results;
  }

  @Test
  void drawsAndBitsInOrder() {
    List<SimulationResult> results = run(2);
    assertEquals(4, results.size());
    assertEquals(5, results.get(0).adcBits());
    assertEquals(7, results.get(1).adcBits());
    assertEquals(0, results.get(1).draw());
    assertEquals(1, results.get(2).draw());
    assertNotEquals(results.get(0).goldenAccuracy() + " " + results.get(0).agreement(),
        results.get(2).goldenAccuracy() + " " + results.get(2).agreement());
  }

  @Test
  void threadCountDoesNotChangeResults() {
    List<SimulationResult> one = run(1);
    List<SimulationResult> two = run(2);
    for (int k = 0; k < one.size(); k++) {
      assertEquals(one.get(k).goldenAccuracy(), two.get(k).goldenAccuracy());
      assertEquals(one.get(k).agreement(), two.get(k).agreement());
      assertArrayEquals(one.get(k).adcSteps(), two.get(k).adcSteps());
      assertArrayEquals(one.get(k).testSaturation(), two.get(k).testSaturation());
      assertArrayEquals(one.get(k).calibrationSaturation(),
          two.get(k).calibrationSaturation());
    }
  }
}
