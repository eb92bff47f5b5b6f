package cimc.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cimc.device.DeviceProfile;
import cimc.device.DeviceProfileFile;
import java.util.List;
import org.junit.jupiter.api.Test;

class WriteVerifyTest {
  /**
   * Creates a noiseless device: Gmin 0, Gmax 70 uS, 8 levels of 8 codes (1.25 uS per code), cells start
   * at 0 uS, SET threshold 0.5 V with 20 uS/V, start 0.6 V, step 0.1 V, maximum 1.0 V.
   */
  static DeviceProfile deterministic(int budget, double stuckMax) {
    DeviceProfile p = DeviceProfileFile.defaultProfile();
    return new DeviceProfile("ideal", "noiseless test device",
        new DeviceProfile.Conductance(0, 70, 8, 8, 0.1),
        new DeviceProfile.Programming(0.01, 0.6, 0.6, 0.1, 1.0, 100, 10, budget, 2),
        new DeviceProfile.Response(20, 0.5, 20, 0.5, 0),
        new DeviceProfile.Variation(0, 0, 0, stuckMax, 0), p.assumed());
  }

  @Test
  void convergesInThreePulses() {
    // G1 = 20*0.1*70/70 = 2 uS (code 2), G2 = 2 + 20*0.2*68/70 = 5.886 (code 5),
    // G3 = 5.886 + 20*0.3*64.114/70 = 11.381 uS (code 9), inside the level-1 window 6..10.
    WriteVerify wv = new WriteVerify(deterministic(64, 0), 7);
    CellTrace t = wv.trace(3, 4, 5, 1);
    assertEquals(List.of(0, 2, 5, 9), t.reads());
    assertEquals(List.of(new Pulse(Polarity.SET, 60), new Pulse(Polarity.SET, 70),
        new Pulse(Polarity.SET, 80)), t.pulses());
    assertEquals(3, t.result().pulses());
    assertEquals(CellStatus.PASS, t.result().status());
    assertEquals(11.3812, t.result().finalMicrosiemens(), 1e-3);
    assertEquals(9, t.result().code());
    assertEquals(6, t.windowLow());
    assertEquals(10, t.windowHigh());
  }

  @Test
  void levelZeroNeedsNoPulse() {
    WriteVerify wv = new WriteVerify(deterministic(64, 0), 7);
    CellResult r = wv.program(0, 0, 0, 0);
    assertEquals(0, r.pulses());
    assertEquals(CellStatus.PASS, r.status());
  }

  @Test
  void budgetExhaustedFails() {
    WriteVerify wv = new WriteVerify(deterministic(2, 0), 7);
    CellTrace t = wv.trace(0, 0, 0, 1);
    assertEquals(CellStatus.FAIL, t.result().status());
    assertEquals(2, t.result().pulses());
    assertEquals(3, t.reads().size());
  }

  @Test
  void stuckCellIsReported() {
    WriteVerify wv = new WriteVerify(deterministic(5, 1.0), 7);
    CellTrace t = wv.trace(0, 1, 2, 3);
    assertEquals(CellStatus.STUCK, t.result().status());
    assertFalse(t.result().verifyPassed());
    assertEquals(5, t.result().pulses());
    assertEquals(56, t.result().code());
    assertTrue(t.pulses().stream().allMatch(p -> p.polarity() == Polarity.RESET));
  }

  @Test
  void amplitudeRuleHolds() {
    DeviceProfile p = DeviceProfileFile.defaultProfile();
    WriteVerify wv = new WriteVerify(p, 11);
    int checked = 0;
    for (int cell = 0; cell < 400; cell++) {
      CellTrace t = wv.trace(1, cell / 48, cell % 48, 1 + cell % 7);
      assertEquals(t.pulses().size() + 1, t.reads().size());
      Pulse previous = null;
      for (int k = 0; k < t.pulses().size(); k++) {
        Pulse pulse = t.pulses().get(k);
        int read = t.reads().get(k);
        assertEquals(read < t.windowLow() ? Polarity.SET : Polarity.RESET, pulse.polarity());
        int expected;
        if (previous == null || previous.polarity() != pulse.polarity()) {
          expected = pulse.polarity() == Polarity.SET ? p.setStartCode() : p.resetStartCode();
        } else {
          expected = Math.min(previous.amplitudeCode() + p.amplitudeStepCode(),
              p.maxAmplitudeCode());
        }
        assertEquals(expected, pulse.amplitudeCode());
        previous = pulse;
        checked++;
      }
    }
    assertTrue(checked > 1000, "pulses checked: " + checked);
  }

  @Test
  void traceMatchesProgram() {
    WriteVerify wv = new WriteVerify(DeviceProfileFile.defaultProfile(), 5);
    for (int col = 0; col < 48; col++) {
      assertEquals(wv.program(9, 17, col, col % 8), wv.trace(9, 17, col, col % 8).result());
    }
  }

  @Test
  void cellStreamDependsOnAddress() {
    WriteVerify wv = new WriteVerify(DeviceProfileFile.defaultProfile(), 5);
    CellTrace a = wv.trace(2, 3, 4, 6);
    CellTrace again = new WriteVerify(DeviceProfileFile.defaultProfile(), 5).trace(2, 3, 4, 6);
    assertEquals(a, again);
    assertFalse(WriteVerify.cellSeed(5, 2, 3, 4) == WriteVerify.cellSeed(5, 2, 4, 3));
    assertFalse(WriteVerify.cellSeed(5, 2, 3, 4) == WriteVerify.cellSeed(6, 2, 3, 4));
  }
}
