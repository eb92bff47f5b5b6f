package cimc.golden;

import cimc.CimcException;
import cimc.hw.CompiledDesign;
import cimc.hw.HardwareSpec;
import cimc.hw.LayerTiling;
import java.util.Arrays;

/**
 * The analog subtraction of every differential pair, {@code cell[r][2j] - cell[r][2j+1]},
 * precomputed once and laid out per layer and row tile with the column tiles side by side:
 * row tile rt of layer l is {@code row(l, rt)}, with pair j of column tile ct of row r at
 * {@code [r * width(l) + ct * pairs + j]}. A driven row then adds one contiguous run of
 * {@code width(l)} values for all column tiles at once.
 */
final class DifferenceMatrix {
  private final int[][][] rows;
  private final int[] widths;

  DifferenceMatrix(CompiledDesign design, HardwareSpec spec) {
    checkMatch(design, spec);
    int layers = spec.layerCount();
    rows = new int[layers][][];
    widths = new int[layers];
    int pairs = spec.pairs();
    for (int l = 0; l < layers; l++) {
      LayerTiling t = spec.tiling(l);
      int width = t.colTiles() * pairs;
      widths[l] = width;
      rows[l] = new int[t.rowTiles()][spec.rows() * width];
      for (int rt = 0; rt < t.rowTiles(); rt++) {
        for (int ct = 0; ct < t.colTiles(); ct++) {
          int a = t.array(rt, ct);
          fill(rows[l][rt], design.cellCodes(a), a, spec, width, ct * pairs);
        }
      }
    }
  }

  private static void fill(int[] target, int[] cells, int array, HardwareSpec spec, int width,
      int offset) {
    int cols = spec.cols();
    for (int r = 0; r < spec.rows(); r++) {
      for (int j = 0; j < spec.pairs(); j++) {
        int plus = cells[r * cols + 2 * j];
        int minus = cells[r * cols + 2 * j + 1];
        checkCode(plus, spec, array, r, 2 * j);
        checkCode(minus, spec, array, r, 2 * j + 1);
        target[r * width + offset + j] = plus - minus;
      }
    }
  }

  int[] row(int layer, int rowTile) {
    return rows[layer][rowTile];
  }

  /** Values per row of a layer: column tiles times pairs. */
  int width(int layer) {
    return widths[layer];
  }

  private static void checkMatch(CompiledDesign design, HardwareSpec spec) {
    if (!Arrays.equals(design.sizes(), spec.sizes()) || design.rows() != spec.rows()
        || design.cols() != spec.cols() || design.grid().maxCode() != spec.maxCode()) {
      throw new CimcException("hardware spec (sizes " + Arrays.toString(spec.sizes()) + ", "
          + spec.rows() + "x" + spec.cols() + " arrays, max code " + spec.maxCode()
          + ") does not match the design (sizes " + Arrays.toString(design.sizes()) + ", "
          + design.rows() + "x" + design.cols() + ", max code " + design.grid().maxCode()
          + "); recalibrate the hardware spec for this design");
    }
  }

  private static void checkCode(int code, HardwareSpec spec, int array, int row, int col) {
    if (code < 0 || code > spec.maxCode()) {
      throw new CimcException("array " + array + " cell (" + row + ", " + col + ") has code "
          + code + " outside 0.." + spec.maxCode() + "; the design's maps are corrupt");
    }
  }
}
