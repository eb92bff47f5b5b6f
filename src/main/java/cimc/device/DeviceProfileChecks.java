package cimc.device;

import cimc.CimcException;

/** Range checks of a device profile; each failure names the field, the value and the fix. */
final class DeviceProfileChecks {
  private DeviceProfileChecks() {}

  static void check(DeviceProfile p, String source) {
    if (p.conductance() == null || p.programming() == null || p.response() == null
        || p.variation() == null) {
      throw fail(source, "sections conductance, programming, response and variation are all"
          + " required");
    }
    checkConductance(p.conductance(), source);
    checkProgramming(p, source);
    checkResponse(p, source);
    checkVariation(p, source);
  }

  private static void checkConductance(DeviceProfile.Conductance c, String source) {
    if (!(c.gminMicrosiemens() >= 0) || !Double.isFinite(c.gmaxMicrosiemens())) {
      throw fail(source, "conductance.gminMicrosiemens " + c.gminMicrosiemens()
          + " must be >= 0 and gmaxMicrosiemens " + c.gmaxMicrosiemens() + " finite");
    }
    if (!(c.gminMicrosiemens() < c.gmaxMicrosiemens())) {
      throw fail(source, "Gmin " + c.gminMicrosiemens() + " uS must be below Gmax "
          + c.gmaxMicrosiemens() + " uS; swap them or fix the units");
    }
    if (c.levels() < 2 || c.levels() > 256) {
      throw fail(source, "conductance.levels " + c.levels()
          + " is invalid: a cell needs 2 to 256 levels");
    }
    if (c.substeps() < 1 || c.substeps() > 1024) {
      throw fail(source, "conductance.substeps " + c.substeps() + " must be from 1 to 1024");
    }
    if (!(c.readVoltage() > 0)) {
      throw fail(source, "conductance.readVoltage " + c.readVoltage() + " V must be positive");
    }
  }

  private static void checkProgramming(DeviceProfile p, String source) {
    DeviceProfile.Programming g = p.programming();
    int substeps = p.conductance().substeps();
    int tolerance = g.verifyToleranceCodes();
    if (tolerance < 0) {
      throw fail(source, "programming.verifyToleranceCodes " + tolerance
          + " is negative; use 0 or more codes");
    }
    if (2 * tolerance >= substeps) {
      throw fail(source, "conductance window too narrow for the verify windows: tolerance "
          + tolerance + " codes is not below half a level (" + substeps + " codes per level),"
          + " so windows of adjacent levels overlap; lower verifyToleranceCodes below "
          + (substeps + 1) / 2 + " or raise substeps");
    }
    if (g.pulseBudget() <= 0 || g.pulseBudget() > 65535) {
      throw fail(source, "programming.pulseBudget " + g.pulseBudget()
          + " must be from 1 to 65535 pulses per cell");
    }
    if (!(g.pulseWidthNs() > 0) || g.pulseWidthCycles() < 1) {
      throw fail(source, "programming.pulseWidthNs " + g.pulseWidthNs()
          + " and pulseWidthCycles " + g.pulseWidthCycles() + " must be positive");
    }
    if (!(g.amplitudeLsbVolts() > 0)) {
      throw fail(source, "programming.amplitudeLsbVolts " + g.amplitudeLsbVolts()
          + " V must be positive");
    }
    int max = p.maxAmplitudeCode();
    if (p.setStartCode() > max || p.resetStartCode() > max) {
      throw fail(source, "programming start amplitudes (" + g.setStartVolts() + " V, "
          + g.resetStartVolts() + " V) must not exceed maxAmplitudeVolts " + g.maxAmplitudeVolts());
    }
    p.amplitudeStepCode();
  }

  private static void checkResponse(DeviceProfile p, String source) {
    DeviceProfile.Response r = p.response();
    double max = p.programming().maxAmplitudeVolts();
    if (!(r.setAlphaMicrosiemensPerVolt() > 0) || !(r.resetAlphaMicrosiemensPerVolt() > 0)) {
      throw fail(source, "response.setAlphaMicrosiemensPerVolt and resetAlphaMicrosiemensPerVolt"
          + " must be positive");
    }
    if (!(r.setThresholdVolts() >= 0 && r.setThresholdVolts() < max)
        || !(r.resetThresholdVolts() >= 0 && r.resetThresholdVolts() < max)) {
      throw fail(source, "response thresholds (SET " + r.setThresholdVolts() + " V, RESET "
          + r.resetThresholdVolts() + " V) must be >= 0 and below maxAmplitudeVolts " + max
          + ", or no pulse could change the cell");
    }
    if (!(r.cycleSigmaRelative() >= 0 && r.cycleSigmaRelative() < 1)) {
      throw fail(source, "response.cycleSigmaRelative " + r.cycleSigmaRelative()
          + " must be from 0 to below 1");
    }
  }

  private static void checkVariation(DeviceProfile p, String source) {
    DeviceProfile.Variation v = p.variation();
    DeviceProfile.Conductance c = p.conductance();
    if (!(v.initialMeanMicrosiemens() >= c.gminMicrosiemens()
        && v.initialMeanMicrosiemens() <= c.gmaxMicrosiemens())) {
      throw fail(source, "variation.initialMeanMicrosiemens " + v.initialMeanMicrosiemens()
          + " must lie within Gmin..Gmax");
    }
    if (!(v.initialSigmaMicrosiemens() >= 0) || !(v.readNoiseSigmaMicrosiemens() >= 0)) {
      throw fail(source, "variation sigmas must be >= 0 uS");
    }
    double stuck = v.stuckAtGminRate() + v.stuckAtGmaxRate();
    if (!(v.stuckAtGminRate() >= 0) || !(v.stuckAtGmaxRate() >= 0) || !(stuck <= 1)) {
      throw fail(source, "variation stuck rates (" + v.stuckAtGminRate() + ", "
          + v.stuckAtGmaxRate() + ") must be probabilities that add up to at most 1");
    }
  }

  private static CimcException fail(String source, String message) {
    return new CimcException("invalid device profile " + source + ": " + message);
  }
}
