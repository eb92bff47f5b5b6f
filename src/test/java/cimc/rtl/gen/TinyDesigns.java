package cimc.rtl.gen;

import cimc.hw.LayerTiling;
import cimc.hw.Placement;
import java.util.ArrayList;
import java.util.List;

/** Small designs for fast generator and simulation tests. */
final class TinyDesigns {
  private TinyDesigns() {}

  /**
   * A 6-5-3 network on 4x4 arrays with 2 ADCs of 4 bits: partial row tiles, partial column
   * tiles and a half-used column group all occur.
   */
  static RtlParams tiny() {
    int[] sizes = {6, 5, 3};
    Placement placement = Placement.of(sizes, 4, 4);
    int[][] biases = {{3, -2, 0, 5, -7}, {-4, 6, 1}};
    int[] inputBits = {1, 2};
    int[] steps = {1, 2};
    List<LayerParams> layers = new ArrayList<>();
    for (LayerTiling t : placement.layers()) {
      int l = t.layer();
      layers.add(new LayerParams(t, inputBits[l], steps[l], biases[l], l == 0 ? 3 : 0,
          l == 0 ? 2 : 0));
    }
    return new RtlParams(4, 4, 2, 4, 6, layers);
  }
}
