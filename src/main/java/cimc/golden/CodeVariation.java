package cimc.golden;

import cimc.hw.CompiledDesign;
import cimc.hw.LayerTiling;
import java.util.SplittableRandom;

/**
 * Draws as-programmed conductance codes for Monte Carlo runs: each used cell is stuck at code 0
 * with probability {@code stuckLowRate}, stuck at maxCode with probability
 * {@code stuckHighRate}, and otherwise lands at {@code rint(target + sigma * g)} clamped to
 * 0 .. maxCode, g standard normal. Randomness comes from (seed, draw, array, row, col) only.
 * Padded rows and unused columns keep code 0 because they are never driven.
 *
 * @param sigmaCodes standard deviation of the programming error, in conductance codes
 */
public record CodeVariation(double sigmaCodes, double stuckLowRate, double stuckHighRate) {
  public CodeVariation {
    if (!(sigmaCodes >= 0) || Double.isInfinite(sigmaCodes)) {
      throw new IllegalArgumentException("variation sigma " + sigmaCodes
          + " must be a finite number of codes >= 0");
    }
    if (!(stuckLowRate >= 0 && stuckHighRate >= 0 && stuckLowRate + stuckHighRate <= 1)) {
      throw new IllegalArgumentException("stuck rates " + stuckLowRate + " and "
          + stuckHighRate + " must be >= 0 and sum to at most 1");
    }
  }

  /** Returns one draw of {@code design} with every used cell perturbed. */
  public CompiledDesign apply(CompiledDesign design, long seed, int draw) {
    int maxCode = design.grid().maxCode();
    int cols = design.cols();
    int[][] cells = new int[design.placement().arrayCount()][];
    for (LayerTiling t : design.placement().layers()) {
      for (int ct = 0; ct < t.colTiles(); ct++) {
        for (int rt = 0; rt < t.rowTiles(); rt++) {
          int a = t.array(rt, ct);
          int[] codes = design.cellCodes(a).clone();
          for (int r = 0; r < t.rowsUsed(rt); r++) {
            for (int c = 0; c < 2 * t.pairsUsed(ct); c++) {
              long cellSeed = GoldenModel.mix(GoldenModel.mix(GoldenModel.mix(
                  GoldenModel.mix(seed, draw), a), r), c);
              codes[r * cols + c] = drawCode(codes[r * cols + c], maxCode,
                  new SplittableRandom(cellSeed));
            }
          }
          cells[a] = codes;
        }
      }
    }
    double[] scales = new double[design.layerCount()];
    float[][] biases = new float[design.layerCount()][];
    for (int l = 0; l < scales.length; l++) {
      scales[l] = design.weightScale(l);
      biases[l] = design.biases(l);
    }
    return new CompiledDesign(design.sizes(), design.weightBits(), design.placement(),
        design.grid(), scales, biases, cells);
  }

  private int drawCode(int target, int maxCode, SplittableRandom random) {
    double u = random.nextDouble();
    if (u < stuckLowRate) {
      return 0;
    }
    if (u < stuckLowRate + stuckHighRate) {
      return maxCode;
    }
    double code = Math.rint(target + sigmaCodes * random.nextGaussian());
    return (int) Math.max(0, Math.min(maxCode, code));
  }
}
