package cimc.device;

import cimc.hw.ConductanceGrid;
import java.util.random.RandomGenerator;

/**
 * The pulse-response and read model of one device profile, in microsiemens and amplitude codes.
 * Instances are immutable and shared between threads; all randomness comes from the generator
 * the caller passes in.
 */
public final class DeviceModel {
  private final ConductanceGrid grid;
  private final double gmin;
  private final double gmax;
  private final double span;
  private final double lsb;
  private final double setAlpha;
  private final double setThreshold;
  private final double resetAlpha;
  private final double resetThreshold;
  private final double cycleSigma;
  private final double readSigma;
  private final double initialMean;
  private final double initialSigma;
  private final double stuckMinRate;
  private final double stuckMaxRate;

  public DeviceModel(DeviceProfile profile) {
    grid = profile.grid();
    gmin = grid.gminMicrosiemens();
    gmax = grid.gmaxMicrosiemens();
    span = gmax - gmin;
    lsb = profile.programming().amplitudeLsbVolts();
    DeviceProfile.Response r = profile.response();
    setAlpha = r.setAlphaMicrosiemensPerVolt();
    setThreshold = r.setThresholdVolts();
    resetAlpha = r.resetAlphaMicrosiemensPerVolt();
    resetThreshold = r.resetThresholdVolts();
    cycleSigma = r.cycleSigmaRelative();
    DeviceProfile.Variation v = profile.variation();
    readSigma = v.readNoiseSigmaMicrosiemens();
    initialMean = v.initialMeanMicrosiemens();
    initialSigma = v.initialSigmaMicrosiemens();
    stuckMinRate = v.stuckAtGminRate();
    stuckMaxRate = v.stuckAtGmaxRate();
  }

  public ConductanceGrid grid() {
    return grid;
  }

  /**
   * Draws whether a cell is stuck: 0 for a working cell, -1 stuck at Gmin, +1 stuck at Gmax.
   * Consumes exactly one uniform draw.
   */
  public int drawStuck(RandomGenerator random) {
    double u = random.nextDouble();
    if (u < stuckMinRate) {
      return -1;
    }
    return u < stuckMinRate + stuckMaxRate ? 1 : 0;
  }

  /** Draws the initial conductance, clamped to Gmin..Gmax; consumes one normal draw. */
  public double drawInitial(RandomGenerator random) {
    return clamp(initialMean + initialSigma * random.nextGaussian());
  }

  /** Returns the conductance code that a read returns; consumes one normal draw. */
  public int read(double microsiemens, RandomGenerator random) {
    return grid.code(microsiemens + readSigma * random.nextGaussian());
  }

  /**
   * Returns the conductance after one SET pulse of the given amplitude code. Consumes one normal
   * draw, also below threshold, so that the random stream does not depend on the amplitude.
   */
  public double set(double microsiemens, int amplitudeCode, RandomGenerator random) {
    double factor = 1 + cycleSigma * random.nextGaussian();
    double overdrive = amplitudeCode * lsb - setThreshold;
    if (overdrive <= 0) {
      return microsiemens;
    }
    double delta = setAlpha * overdrive * (gmax - microsiemens) / span;
    return clamp(microsiemens + Math.max(0, delta * factor));
  }

  /** Returns the conductance after one RESET pulse; consumes one normal draw like {@link #set}. */
  public double reset(double microsiemens, int amplitudeCode, RandomGenerator random) {
    double factor = 1 + cycleSigma * random.nextGaussian();
    double overdrive = amplitudeCode * lsb - resetThreshold;
    if (overdrive <= 0) {
      return microsiemens;
    }
    double delta = resetAlpha * overdrive * (microsiemens - gmin) / span;
    return clamp(microsiemens - Math.max(0, delta * factor));
  }

  private double clamp(double microsiemens) {
    return Math.max(gmin, Math.min(gmax, microsiemens));
  }
}
