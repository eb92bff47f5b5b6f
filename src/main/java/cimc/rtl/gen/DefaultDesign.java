package cimc.rtl.gen;

import cimc.hw.HardwareSpec;
import cimc.hw.LayerSpec;
import cimc.hw.PulseConfig;
import java.util.ArrayList;
import java.util.List;

/**
 * The default design: 784-128-64-10 on 48x48 arrays, 8 ADCs of 6 bits per array, 8 device
 * levels of 8 substeps (codes 0..56), 4-bit weights, 1-bit inputs and 4-bit activations.
 */
public final class DefaultDesign {
  public static final int[] SIZES = {784, 128, 64, 10};
  public static final int ROWS = 48;
  public static final int COLS = 48;
  public static final int ADCS = 8;
  public static final int ADC_BITS = 6;
  public static final int LEVELS = 8;
  public static final int SUBSTEPS = 8;
  public static final int WEIGHT_BITS = 4;
  public static final int ACTIVATION_BITS = 4;
  private static final int[] ADC_STEPS = {4, 8, 8};

  private DefaultDesign() {}

  /**
   * The hardware specification of the default geometry. NOTE: the calibration integers (ADC
   * steps 4, 8, 8; zero biases; M = 1, S = 4) are fixed stand-ins for the values that
   * calibration on a trained network writes into hardware.json; they size the registers like
   * a calibrated design except for the bias and multiplier widths.
   */
  public static HardwareSpec spec() {
    List<LayerSpec> layers = new ArrayList<>();
    for (int l = 0; l + 1 < SIZES.length; l++) {
      boolean hidden = l + 2 < SIZES.length;
      int inputBits = l == 0 ? 1 : ACTIVATION_BITS;
      layers.add(new LayerSpec(inputBits, hidden ? ACTIVATION_BITS : 0, ADC_STEPS[l],
          new int[SIZES[l + 1]], 1, hidden ? 4 : 0, 1.0, 1.0, hidden ? 1.0 : 0.0));
    }
    return new HardwareSpec(ROWS, COLS, ADCS, ADC_BITS, LEVELS, SUBSTEPS, WEIGHT_BITS, SIZES,
        layers, PulseConfig.defaults(SUBSTEPS), null);
  }

  public static RtlParams params() {
    return RtlParams.from(spec());
  }
}
