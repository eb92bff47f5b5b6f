package cimc.device;

import cimc.CimcException;
import cimc.hw.ConductanceGrid;
import java.util.Map;
import java.util.TreeMap;

/**
 * An RRAM crossbar device: its conductance levels, its incremental-step pulse programming
 * scheme, its pulse-response model and its variation. Read and written as JSON by
 * {@link DeviceProfileFile}; the fields are described in docs/device-profile.md.
 *
 * <p>Pulse amplitudes are given in volts and used as integer amplitude codes of
 * {@code programming.amplitudeLsbVolts}; every amplitude must be a whole number of LSBs.
 *
 * @param assumed for each field that is an assumption rather than a measurement, its dotted
 *     JSON name mapped to a note with the unit and the reason for the value
 */
public record DeviceProfile(String name, String description, Conductance conductance,
    Programming programming, Response response, Variation variation,
    Map<String, String> assumed) {

  /** Conductance levels of a cell and the read condition. */
  public record Conductance(double gminMicrosiemens, double gmaxMicrosiemens, int levels,
      int substeps, double readVoltage) {}

  /**
   * Incremental step pulse programming with verify: start amplitudes, step and maximum in volts,
   * pulse width, pulse budget per cell and the verify tolerance in conductance codes either side
   * of each level's target code.
   */
  public record Programming(double amplitudeLsbVolts, double setStartVolts,
      double resetStartVolts, double amplitudeStepVolts, double maxAmplitudeVolts,
      double pulseWidthNs, int pulseWidthCycles, int pulseBudget, int verifyToleranceCodes) {}

  /**
   * Soft-bounded pulse response: a SET pulse of amplitude V changes the conductance G by
   * {@code setAlpha * (V - setThreshold) * (Gmax - G) / (Gmax - Gmin)}, a RESET pulse by
   * {@code -resetAlpha * (V - resetThreshold) * (G - Gmin) / (Gmax - Gmin)}, both zero below
   * threshold, each multiplied by {@code 1 + cycleSigmaRelative * N(0, 1)} per pulse.
   */
  public record Response(double setAlphaMicrosiemensPerVolt, double setThresholdVolts,
      double resetAlphaMicrosiemensPerVolt, double resetThresholdVolts,
      double cycleSigmaRelative) {}

  /**
   * Device-to-device and read variation: the initial conductance is normal (clamped to
   * Gmin..Gmax), a cell is stuck at Gmin or Gmax with the given probabilities, and every read
   * adds normal noise of the given standard deviation.
   */
  public record Variation(double initialMeanMicrosiemens, double initialSigmaMicrosiemens,
      double stuckAtGminRate, double stuckAtGmaxRate, double readNoiseSigmaMicrosiemens) {}

  public DeviceProfile {
    assumed = assumed == null ? Map.of() : new TreeMap<>(assumed);
  }

  /** The integer conductance scale of this device. */
  public ConductanceGrid grid() {
    return new ConductanceGrid(conductance.gminMicrosiemens(), conductance.gmaxMicrosiemens(),
        conductance.levels(), conductance.substeps());
  }

  public int setStartCode() {
    return amplitudeCode("programming.setStartVolts", programming.setStartVolts());
  }

  public int resetStartCode() {
    return amplitudeCode("programming.resetStartVolts", programming.resetStartVolts());
  }

  public int amplitudeStepCode() {
    return amplitudeCode("programming.amplitudeStepVolts", programming.amplitudeStepVolts());
  }

  public int maxAmplitudeCode() {
    return amplitudeCode("programming.maxAmplitudeVolts", programming.maxAmplitudeVolts());
  }

  /** Volts of an amplitude code. */
  public double volts(int amplitudeCode) {
    return amplitudeCode * programming.amplitudeLsbVolts();
  }

  /** Verify window of a level in conductance codes, {@code [low, high]} inclusive. */
  public int[] verifyWindow(int level) {
    ConductanceGrid grid = grid();
    int target = grid.targetCode(level);
    int tolerance = programming.verifyToleranceCodes();
    return new int[] {Math.max(0, target - tolerance), Math.min(grid.maxCode(), target + tolerance)};
  }

  /** Returns a copy with another cycle-to-cycle relative sigma and a note on where it came from. */
  public DeviceProfile withCycleSigma(double sigma, String note) {
    Response r = new Response(response.setAlphaMicrosiemensPerVolt(),
        response.setThresholdVolts(), response.resetAlphaMicrosiemensPerVolt(),
        response.resetThresholdVolts(), sigma);
    Map<String, String> notes = new TreeMap<>(assumed);
    notes.put("response.cycleSigmaRelative", note);
    return new DeviceProfile(name, description, conductance, programming, r, variation, notes);
  }

  private int amplitudeCode(String field, double volts) {
    double lsb = programming.amplitudeLsbVolts();
    long code = Math.round(volts / lsb);
    if (Math.abs(code * lsb - volts) > 1e-6 * lsb || code < 0 || code > 65535) {
      throw new CimcException("device profile " + name + ": " + field + " " + volts
          + " V is not a whole number of amplitudeLsbVolts " + lsb
          + " V in 0..65535 LSB; round it to a multiple of the LSB");
    }
    return (int) code;
  }
}
