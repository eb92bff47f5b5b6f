package cimc.golden;

import cimc.hw.HardwareSpec;
import cimc.hw.LayerTiling;
import java.util.Arrays;

/**
 * The analog side of one layer: which rows each bit plane drives, and the column-pair
 * differences D they sum to.
 */
final class ColumnSums {
  private ColumnSums() {}

  /**
   * Computes D of every pair of every column tile for each row tile and bit plane: the sum of
   * the driven rows' differences. Plane p of row tile rt starts at
   * {@code (rt * bits + p) * width} in {@code s.d}.
   */
  static void compute(HardwareSpec spec, DifferenceMatrix differences, int l, Scratch s) {
    LayerTiling t = spec.tiling(l);
    int bits = spec.layer(l).inputBits();
    int rows = spec.rows();
    int width = differences.width(l);
    s.ensureSums(t.rowTiles() * bits * width);
    int[] d = s.d;
    for (int rt = 0; rt < t.rowTiles(); rt++) {
      int[] diff = differences.row(l, rt);
      for (int p = 0; p < bits; p++) {
        int list = rt * bits + p;
        int start = list * rows;
        int base = list * width;
        int on = s.rowsOnCount[list];
        Arrays.fill(d, base, base + width, 0);
        for (int k = 0; k < on; k++) {
          int offset = s.rowsOn[start + k] * width;
          for (int c = 0; c < width; c++) {
            d[base + c] += diff[offset + c];
          }
        }
      }
    }
  }

  /**
   * Lists, per row tile and bit plane, the rows whose input bit is set; every column tile
   * drives the same rows. Plane p of row tile rt starts at {@code (rt * bits + p) * rows}.
   */
  static void findRowsOn(HardwareSpec spec, int l, long[] x, Scratch s) {
    LayerTiling t = spec.tiling(l);
    int bits = spec.layer(l).inputBits();
    int rows = spec.rows();
    s.ensureRowsOn(t.rowTiles() * bits * rows, t.rowTiles() * bits);
    for (int rt = 0; rt < t.rowTiles(); rt++) {
      int rowsUsed = t.rowsUsed(rt);
      int base = rt * rows;
      for (int p = 0; p < bits; p++) {
        int list = rt * bits + p;
        int start = list * rows;
        int on = 0;
        for (int r = 0; r < rowsUsed; r++) {
          // Branch-free: always store r, and advance only when the bit is set.
          s.rowsOn[start + on] = r;
          on += (int) ((x[base + r] >> p) & 1);
        }
        s.rowsOnCount[list] = on;
      }
    }
  }
}
