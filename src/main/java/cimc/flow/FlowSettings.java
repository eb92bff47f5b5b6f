package cimc.flow;

import java.nio.file.Path;

/**
 * Settings of a {@code cimc flow} run.
 *
 * @param output folder for the model cache, the design and the report
 * @param epochs training epochs when no cached model exists
 * @param z clip each layer's weights to mean +/- z standard deviations
 * @param weightBits signed weight code width, 2 to 8
 * @param images test images written as golden vectors and checked in RTL simulation
 * @param calibrationImages training images for the ADC step and activation calibration
 * @param html also write report.html
 */
public record FlowSettings(Path output, int epochs, double z, int weightBits, int images,
    int calibrationImages, boolean html) {
  public Path cache() {
    return output.resolve("cache");
  }

  public Path design() {
    return output.resolve("design");
  }
}
