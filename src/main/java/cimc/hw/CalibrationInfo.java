package cimc.hw;

/**
 * Record of a calibration: the percentile of |D| that sets each layer's ADC full scale, the
 * percentile of the float ReLU outputs that sets each activation scale, and the number of
 * training images the statistics came from.
 */
public record CalibrationInfo(double adcPercentile, double activationPercentile, int images) {
  public CalibrationInfo {
    if (!(adcPercentile > 0 && adcPercentile <= 100)) {
      throw new IllegalArgumentException("ADC percentile " + adcPercentile + " outside (0, 100]");
    }
    if (!(activationPercentile > 0 && activationPercentile <= 100)) {
      throw new IllegalArgumentException("activation percentile " + activationPercentile
          + " outside (0, 100]");
    }
    if (images < 0) {
      throw new IllegalArgumentException("calibration image count " + images + " is negative");
    }
  }
}
