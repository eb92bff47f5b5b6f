package cimc.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cimc.device.DeviceProfile;
import cimc.device.DeviceProfileFile;
import cimc.device.MeasuredLevels;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class VariationFitTest {
  /** Measures per-level sigmas on simulated cells of a known cycle sigma. */
  private static MeasuredLevels measure(DeviceProfile truth) {
    WriteVerify wv = new WriteVerify(truth, 99);
    List<MeasuredLevels.Level> levels = new ArrayList<>();
    for (int k = 1; k < 8; k++) {
      int n = 2000;
      double sum = 0;
      double squares = 0;
      for (int c = 0; c < n; c++) {
        double g = wv.program(50 + k, c, 1, k).finalMicrosiemens();
        sum += g;
        squares += g * g;
      }
      double mean = sum / n;
      levels.add(new MeasuredLevels.Level(k, truth.grid().levelConductance(k), mean,
          Math.sqrt(squares / n - mean * mean)));
    }
    return new MeasuredLevels(levels);
  }

  @Test
  void recoversCycleSigma() {
    DeviceProfile base = DeviceProfileFile.defaultProfile();
    DeviceProfile.Variation v = base.variation();
    DeviceProfile truth = new DeviceProfile(base.name(), base.description(), base.conductance(),
        base.programming(), base.response(), new DeviceProfile.Variation(
            v.initialMeanMicrosiemens(), v.initialSigmaMicrosiemens(), 0, 0,
            v.readNoiseSigmaMicrosiemens()), base.assumed()).withCycleSigma(0.15, "truth");
    VariationFit.Result fit = VariationFit.fit(base, measure(truth));
    assertEquals(0.15, fit.cycleSigma(), 0.03);
    assertFalse(fit.atBound());
    assertEquals(fit.cycleSigma(), fit.profile().response().cycleSigmaRelative(), 0);
    assertTrue(fit.profile().assumed().get("response.cycleSigmaRelative").startsWith("fitted"));
  }
}
