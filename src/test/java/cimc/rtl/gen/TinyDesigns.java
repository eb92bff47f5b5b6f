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

  /**
   * A 5-7-6-3 network with three weight layers on 4x4 arrays, so the second hidden layer reads
   * the ping-pong buffer the first one wrote, with 3-bit then 2-bit activations.
   */
  static HardwareSpec deepSpec() {
    List<LayerSpec> layers = List.of(
        new LayerSpec(1, 3, 1, new int[] {2, -1, 0, 4, -3, 1, 0}, 5, 2, 1, 1, 1),
        new LayerSpec(3, 2, 3, new int[] {-6, 3, 9, 0, -2, 5}, 7, 4, 1, 1, 1),
        new LayerSpec(2, 0, 2, new int[] {1, -1, 2}, 1, 0, 1, 1, 0));
    return new HardwareSpec(4, 4, 2, 4, LEVELS, SUBSTEPS, 3, new int[] {5, 7, 6, 3}, layers,
        new PulseConfig(3, 5, 2, 9, 4, 1, 3, 1), null);
  }

  static RtlParams tiny() {
    return RtlParams.from(spec());
  }

  /** The design of {@code spec} whose cells hold {@code cells}, for the golden model. */
  static CompiledDesign design(HardwareSpec spec, int[][] cells) {
    int[] sizes = spec.sizes();
    Placement placement = Placement.of(sizes, spec.rows(), spec.cols());
    float[][] biases = new float[sizes.length - 1][];
    double[] scales = new double[sizes.length - 1];
    for (int l = 0; l + 1 < sizes.length; l++) {
      biases[l] = new float[sizes[l + 1]];
      scales[l] = 1;
    }
    return new CompiledDesign(sizes, spec.weightBits(), placement,
        new ConductanceGrid(1, 10, spec.levels(), spec.substeps()), scales, biases, cells);
  }
}
