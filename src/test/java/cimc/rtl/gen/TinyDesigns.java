package cimc.rtl.gen;

import cimc.hw.CompiledDesign;
import cimc.hw.ConductanceGrid;
import cimc.hw.HardwareSpec;
import cimc.hw.LayerSpec;
import cimc.hw.Placement;
import cimc.hw.PulseConfig;
import java.util.List;

/** Small designs for fast generator and simulation tests. */
final class TinyDesigns {
  static final int[] SIZES = {6, 5, 3};
  static final int LEVELS = 4;
  static final int SUBSTEPS = 2;

  private TinyDesigns() {}

  /**
   * A 6-5-3 network on 4x4 arrays with 2 ADCs of 4 bits and conductance codes 0..6: partial
   * row tiles, partial column tiles and a half-used column group all occur.
   */
  static HardwareSpec spec() {
    List<LayerSpec> layers = List.of(
        new LayerSpec(1, 2, 1, new int[] {3, -2, 0, 5, -7}, 3, 2, 1, 1, 1),
        new LayerSpec(2, 0, 2, new int[] {-4, 6, 1}, 1, 0, 1, 1, 0));
    return new HardwareSpec(4, 4, 2, 4, LEVELS, SUBSTEPS, 3, SIZES, layers,
        new PulseConfig(3, 5, 2, 9, 4, 2, 3, 1), null);
  }

  static RtlParams tiny() {
    return RtlParams.from(spec());
  }

  /** The design whose cells hold {@code cells}, for the golden model. */
  static CompiledDesign design(int[][] cells) {
    HardwareSpec spec = spec();
    Placement placement = Placement.of(SIZES, spec.rows(), spec.cols());
    float[][] biases = {new float[SIZES[1]], new float[SIZES[2]]};
    return new CompiledDesign(SIZES, 3, placement, new ConductanceGrid(1, 10, LEVELS, SUBSTEPS),
        new double[] {1, 1}, biases, cells);
  }
}
