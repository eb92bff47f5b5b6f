package cimc.map;

import cimc.device.DeviceProfile;
import cimc.device.MeasuredLevels;
import java.util.Locale;

/**
 * Fits the cycle-to-cycle relative sigma of a device profile to measured per-level spreads.
 *
 * <p>For each candidate sigma from 0 to {@link #MAX_SIGMA} in steps of {@link #SIGMA_STEP}, the
 * fit programs {@link #CELLS_PER_LEVEL} simulated working (not stuck) cells to every measured
 * level with the profile's write-verify scheme and read noise, and keeps the candidate whose
 * per-level standard deviations of the final conductance are closest to the measured ones in
 * the least-squares sense. The simulation uses a fixed seed, so the fit is deterministic.
 */
public final class VariationFit {
  public static final double MAX_SIGMA = 0.5;
  public static final double SIGMA_STEP = 0.01;
  public static final int CELLS_PER_LEVEL = 400;
  private static final long FIT_SEED = 0x6669746CL;

  /**
   * Fitted profile and the quality of the fit.
   *
   * @param rmsErrorMicrosiemens root-mean-square difference between the simulated and measured
   *     per-level sigmas at the fitted value
   */
  public record Result(DeviceProfile profile, double cycleSigma, double rmsErrorMicrosiemens,
      boolean atBound) {
    /** Formats the fit as one line for the console. */
    public String summary() {
      return String.format(Locale.ROOT, "fitted cycle-to-cycle sigma %.2f (rms sigma error"
          + " %.3f uS)%s", cycleSigma, rmsErrorMicrosiemens, atBound
              ? "; at the edge of the search range 0.." + MAX_SIGMA + ", so the model cannot"
              + " reproduce the measured spread" : "");
    }
  }

  private VariationFit() {}

  public static Result fit(DeviceProfile profile, MeasuredLevels measured) {
    int steps = (int) Math.round(MAX_SIGMA / SIGMA_STEP);
    int best = 0;
    double bestError = Double.POSITIVE_INFINITY;
    for (int i = 0; i <= steps; i++) {
      double error = rmsError(profile, measured, i * SIGMA_STEP);
      if (error < bestError) {
        bestError = error;
        best = i;
      }
    }
    double sigma = best * SIGMA_STEP;
    String note = String.format(Locale.ROOT, "fitted: %.2f relative, least-squares fit of the"
        + " per-level sigma of %d measured levels, rms error %.3f uS", sigma,
        measured.levels().size(), bestError);
    return new Result(profile.withCycleSigma(sigma, note), sigma, bestError,
        best == 0 || best == steps);
  }

  /** Returns the rms difference of the per-level sigmas for one candidate, in microsiemens. */
  static double rmsError(DeviceProfile profile, MeasuredLevels measured, double cycleSigma) {
    WriteVerify writeVerify = new WriteVerify(workingCells(profile, cycleSigma), FIT_SEED);
    double sum = 0;
    for (MeasuredLevels.Level level : measured.levels()) {
      double mean = 0;
      double squares = 0;
      for (int c = 0; c < CELLS_PER_LEVEL; c++) {
        CellResult r = writeVerify.program(level.level(), c, 0, level.level());
        mean += r.finalMicrosiemens();
        squares += r.finalMicrosiemens() * r.finalMicrosiemens();
      }
      mean /= CELLS_PER_LEVEL;
      double sigma = Math.sqrt(Math.max(0, squares / CELLS_PER_LEVEL - mean * mean));
      double d = sigma - level.sigmaMicrosiemens();
      sum += d * d;
    }
    return Math.sqrt(sum / measured.levels().size());
  }

  private static DeviceProfile workingCells(DeviceProfile p, double cycleSigma) {
    DeviceProfile.Variation v = p.variation();
    DeviceProfile.Variation noStuck = new DeviceProfile.Variation(v.initialMeanMicrosiemens(),
        v.initialSigmaMicrosiemens(), 0, 0, v.readNoiseSigmaMicrosiemens());
    return new DeviceProfile(p.name(), p.description(), p.conductance(), p.programming(),
        p.response(), noStuck, p.assumed()).withCycleSigma(cycleSigma, "fit candidate");
  }
}
