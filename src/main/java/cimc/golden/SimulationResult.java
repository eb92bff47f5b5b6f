package cimc.golden;

/**
 * Accuracy of one model at one ADC resolution and one variation draw.
 *
 * @param model label of the model or design
 * @param adcBits ADC resolution B
 * @param draw variation draw, 0 for the nominal design when no variation is drawn
 * @param goldenAccuracy test accuracy of the golden model, in [0, 1]
 * @param floatAccuracy test accuracy of the ADC-free float simulation, in [0, 1]
 * @param agreement fraction of test images where golden and float predictions are equal
 * @param adcSteps ADC step per layer, in conductance codes
 * @param calibrationSaturation per layer, fraction of conversions that saturated on the
 *     calibration images
 * @param testSaturation per layer, fraction of conversions that saturated on the test images
 */
public record SimulationResult(String model, int adcBits, int draw, double goldenAccuracy,
    double floatAccuracy, double agreement, int[] adcSteps, double[] calibrationSaturation,
    double[] testSaturation) {
}
