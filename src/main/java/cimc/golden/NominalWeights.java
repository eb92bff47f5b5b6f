package cimc.golden;

import cimc.hw.CompiledDesign;
import cimc.hw.LayerTiling;
import cimc.nn.Mlp;

/**
 * Recovers the quantized network from a design's conductance codes: weight code
 * {@code q = rint((c+ - c-) / K)} per differential pair, weight {@code q * weightScale}, and the
 * design's float biases.
 *
 * <p>NOTE: this is exact for ideal designs and for cells within K/2 - 1 codes of their target;
 * a failed or stuck cell can move its weight code. It gives the float reference of a compiled
 * design folder, which stores as-programmed codes but not the weight codes.
 */
public final class NominalWeights {
  private NominalWeights() {}

  public static Mlp of(CompiledDesign design) {
    int[] sizes = design.sizes();
    float[][] weights = new float[design.layerCount()][];
    float[][] biases = new float[design.layerCount()][];
    int k = design.grid().substeps();
    for (LayerTiling t : design.placement().layers()) {
      int l = t.layer();
      float[] w = new float[t.inputs() * t.outputs()];
      for (int o = 0; o < t.outputs(); o++) {
        int pair = 2 * (o % t.pairs());
        for (int i = 0; i < t.inputs(); i++) {
          int[] cells = design.cellCodes(t.array(i / t.rows(), o / t.pairs()));
          int base = (i % t.rows()) * t.cols() + pair;
          double q = Math.rint((cells[base] - cells[base + 1]) / (double) k);
          w[o * t.inputs() + i] = (float) (q * design.weightScale(l));
        }
      }
      weights[l] = w;
      biases[l] = design.biases(l).clone();
    }
    return new Mlp(sizes, weights, biases);
  }
}
