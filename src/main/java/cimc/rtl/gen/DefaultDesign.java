package cimc.rtl.gen;

import cimc.hw.LayerTiling;
import cimc.hw.Placement;
import java.util.ArrayList;
import java.util.List;

/** The default design: 784-128-64-10 on 48x48 arrays, 8 ADCs of 6 bits, 4-bit activations. */
public final class DefaultDesign {
  public static final int[] SIZES = {784, 128, 64, 10};
  public static final int ROWS = 48;
  public static final int COLS = 48;
  public static final int ADCS = 8;
  public static final int ADC_BITS = 6;
  /** Largest conductance code: (8 levels - 1) * 8 substeps. */
  public static final int MAX_CODE = 56;
  public static final int ACTIVATION_BITS = 4;

  private DefaultDesign() {}

  /**
   * Parameters of the default geometry. NOTE: the calibration integers (ADC steps, biases, M
   * and S) are fixed placeholders until a calibrated hardware.json is read instead; they set
   * register widths but not trained behaviour.
   */
  public static RtlParams params() {
    Placement placement = Placement.of(SIZES, ROWS, COLS);
    int[] steps = {4, 8, 8};
    List<LayerParams> layers = new ArrayList<>();
    for (LayerTiling t : placement.layers()) {
      int l = t.layer();
      int bits = l == 0 ? 1 : ACTIVATION_BITS;
      boolean hidden = l + 1 < SIZES.length - 1;
      layers.add(new LayerParams(t, bits, steps[l], new int[t.outputs()], hidden ? 1 : 0,
          hidden ? 4 : 0));
    }
    return new RtlParams(ROWS, COLS, ADCS, ADC_BITS, MAX_CODE, layers);
  }
}
