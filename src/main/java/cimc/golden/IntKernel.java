package cimc.golden;

import cimc.hw.HardwareSpec;
import cimc.hw.IntRange;
import cimc.hw.LayerSpec;
import cimc.hw.LayerTiling;
import cimc.hw.LayerWidths;
import java.util.Arrays;

/**
 * The golden model's path for runs without read noise, trace or |D| histograms, in int
 * arithmetic over contiguous arrays that the JIT compiler can vectorize. It gives the same
 * classes, outputs and counters as the ordered path, because every sum is exact and order-free.
 *
 * <p>The kernel keeps its own copy of the pair differences with only the used pairs: row r of
 * row tile rt of layer l stores output o's difference at {@code r * outputs(l) + o}. Unused pairs
 * are left out, because their cells are never read into an output or a saturation count and
 * their D, row-tile sums and Y cannot leave their ranges: every code was checked against
 * 0 .. maxCode at load. Per layer and row tile, each bit plane adds the differences of its
 * driven rows, four rows per pass, into one plane of D for all outputs. {@link AdcFormula} converts
 * the plane with a multiply and a shift. Each value is still checked against its derived range,
 * by OR-ing the signs of {@code value - min} and {@code max - value} over the plane and
 * rescanning with the exact check only when a sign is set. {@link #of} returns null for a spec
 * whose D, row-tile sum or Y range does not lie within ±2^30, or whose ADC has no exact int
 * formula; the model then uses its long path.
 */
final class IntKernel {
  private static final long LIMIT = 1L << 30;

  private final HardwareSpec spec;
  /** Per layer and row tile, the used pairs' differences, {@code outputs(l)} per row. */
  private final int[][][] differences;
  private final AdcFormula[] adcs;
  private final long[] convertedPerImage;

  private IntKernel(HardwareSpec spec, DifferenceMatrix wide, AdcFormula[] adcs,
      long[] convertedPerImage) {
    this.spec = spec;
    this.adcs = adcs;
    this.convertedPerImage = convertedPerImage;
    this.differences = new int[spec.layerCount()][][];
    for (int l = 0; l < differences.length; l++) {
      LayerTiling t = spec.tiling(l);
      differences[l] = new int[t.rowTiles()][spec.rows() * t.outputs()];
      for (int rt = 0; rt < t.rowTiles(); rt++) {
        compact(wide.row(l, rt), wide.width(l), t, differences[l][rt]);
      }
    }
  }

  private void compact(int[] wide, int width, LayerTiling t, int[] target) {
    int pairs = spec.pairs();
    for (int r = 0; r < spec.rows(); r++) {
      for (int ct = 0; ct < t.colTiles(); ct++) {
        int o = ct * pairs;
        System.arraycopy(wide, r * width + o, target, r * t.outputs() + o, t.pairsUsed(ct));
      }
    }
  }

  /** Returns the kernel for {@code spec}, or null when a range or ADC does not fit in int. */
  static IntKernel of(HardwareSpec spec, DifferenceMatrix differences,
      long[] convertedPerImage) {
    AdcFormula[] adcs = new AdcFormula[spec.layerCount()];
    for (int l = 0; l < adcs.length; l++) {
      LayerWidths w = spec.widths(l);
      if (!fits(w.d()) || !fits(w.tileSum()) || !fits(w.y())) {
        return null;
      }
      adcs[l] = AdcFormula.of(spec.layer(l).adcStep(), spec.adcBits());
      if (adcs[l] == null) {
        return null;
      }
    }
    return new IntKernel(spec, differences, adcs, convertedPerImage);
  }

  private static boolean fits(IntRange range) {
    return range.min() > -LIMIT && range.max() < LIMIT;
  }

  /** Classifies the 0/1 pixels of one image starting at {@code offset}. */
  int run(byte[] pixels, int offset, Scratch s) {
    findPixelsOn(pixels, offset, s);
    long[] x = layer(0, s);
    for (int l = 1; l < spec.layerCount(); l++) {
      ColumnSums.findRowsOn(spec, l, x, s);
      x = layer(l, s);
    }
    return GoldenModel.argmax(x);
  }

  /** {@link ColumnSums#findRowsOn} for layer 0, reading the pixel bytes in place. */
  private void findPixelsOn(byte[] pixels, int offset, Scratch s) {
    LayerTiling t = spec.tiling(0);
    int bits = spec.layer(0).inputBits();
    int rows = spec.rows();
    s.ensureRowsOn(t.rowTiles() * bits * rows, t.rowTiles() * bits);
    int[] rowsOn = s.rowsOn;
    for (int rt = 0; rt < t.rowTiles(); rt++) {
      int base = offset + rt * rows;
      int rowsUsed = t.rowsUsed(rt);
      for (int p = 0; p < bits; p++) {
        int list = rt * bits + p;
        int start = list * rows;
        int on = 0;
        for (int r = 0; r < rowsUsed; r++) {
          rowsOn[start + on] = r;
          on += (pixels[base + r] >> p) & 1;
        }
        s.rowsOnCount[list] = on;
      }
    }
  }

  private long[] layer(int l, Scratch s) {
    LayerTiling t = spec.tiling(l);
    int bits = spec.layer(l).inputBits();
    int rows = spec.rows();
    int width = t.outputs();
    s.ensureIntWidth(width);
    int[] d = s.planeD;
    int[] tile = s.intTile;
    int[] y = s.intY;
    Arrays.fill(y, 0, width, 0);
    long saturations = 0;
    for (int rt = 0; rt < t.rowTiles(); rt++) {
      int[] diff = differences[l][rt];
      Arrays.fill(tile, 0, width, 0);
      for (int p = 0; p < bits; p++) {
        int list = rt * bits + p;
        sumRows(diff, s.rowsOn, list * rows, s.rowsOnCount[list], width, d);
        saturations += convert(l, rt, p, d, tile, width);
      }
      addTile(l, rt, tile, y, width);
    }
    s.conversions[l] += convertedPerImage[l];
    s.saturations[l] += saturations;
    long[] out = s.layerOutputs[l];
    finish(l, y, out);
    return out;
  }

  /** Adds the bias to each Y and requantizes hidden layers (section 7 of docs/golden-spec.md). */
  private void finish(int l, int[] y, long[] out) {
    LayerSpec ls = spec.layer(l);
    LayerWidths w = spec.widths(l);
    long zMin = w.z().min();
    long zMax = w.z().max();
    long multiplier = ls.multiplier();
    long rounding = ls.roundingConstant();
    int shift = ls.shift();
    long max = (1L << ls.outputBits()) - 1;
    int pairs = spec.pairs();
    for (int o = 0; o < out.length; o++) {
      long z = y[o] + (long) ls.bias(o);
      if (z < zMin || z > zMax) {
        GoldenModel.check(w.z(), z, "Z = Y + bias", l, o / pairs, -1, -1, o % pairs);
      }
      if (!ls.hidden()) {
        out[o] = z;
        continue;
      }
      long product = z * multiplier + rounding;
      if (!w.product().contains(product)) {
        GoldenModel.check(w.product(), product, "Z * M + rounding", l, o / pairs, -1, -1,
            o % pairs);
      }
      out[o] = Math.max(0, Math.min(max, product >> shift));
    }
  }

  /** Sets {@code d[0 .. width-1]} to the sum of the listed rows of {@code diff}. */
  private static void sumRows(int[] diff, int[] rowsOn, int start, int on, int width,
      int[] d) {
    Arrays.fill(d, 0, width, 0);
    int k = 0;
    for (; k + 4 <= on; k += 4) {
      int a = rowsOn[start + k] * width;
      int b = rowsOn[start + k + 1] * width;
      int e = rowsOn[start + k + 2] * width;
      int f = rowsOn[start + k + 3] * width;
      for (int c = 0; c < width; c++) {
        d[c] += diff[a + c] + diff[b + c] + diff[e + c] + diff[f + c];
      }
    }
    if (k + 2 <= on) {
      int a = rowsOn[start + k] * width;
      int b = rowsOn[start + k + 1] * width;
      for (int c = 0; c < width; c++) {
        d[c] += diff[a + c] + diff[b + c];
      }
      k += 2;
    }
    if (k < on) {
      int a = rowsOn[start + k] * width;
      for (int c = 0; c < width; c++) {
        d[c] += diff[a + c];
      }
    }
  }

  /**
   * Converts one plane and adds {@code k << p} to the row-tile sums. When every D lies in its
   * derived range and none saturates, as for nearly all planes, one pass with the unclamped
   * formula does it. Otherwise a second pass checks each D exactly and clamps.
   *
   * @return the saturated conversions of used pairs
   */
  private int convert(int l, int rt, int p, int[] d, int[] tile, int width) {
    AdcFormula adc = adcs[l];
    int lo = Math.max(adc.satLo, (int) spec.widths(l).d().min());
    int hi = Math.min(adc.satHi, (int) spec.widths(l).d().max());
    int signs = 0;
    for (int c = 0; c < width; c++) {
      signs |= (d[c] - lo) | (hi - d[c]);
    }
    if (signs < 0) {
      return convertChecked(l, rt, p, d, tile, width);
    }
    int constant = adc.constant;
    int multiplier = adc.multiplier;
    int shift = adc.shift;
    int half = adc.half;
    for (int c = 0; c < width; c++) {
      tile[c] += ((((2 * d[c] + constant) * multiplier) >>> shift) - half) << p;
    }
    return 0;
  }

  private int convertChecked(int l, int rt, int p, int[] d, int[] tile, int width) {
    AdcFormula adc = adcs[l];
    IntRange range = spec.widths(l).d();
    int pairs = spec.pairs();
    int saturations = 0;
    for (int c = 0; c < width; c++) {
      GoldenModel.check(range, d[c], "column difference D", l, c / pairs, rt, p, c % pairs);
      saturations += adc.saturated(d[c]);
      tile[c] += adc.code(d[c]) << p;
    }
    return saturations;
  }

  private void addTile(int l, int rt, int[] tile, int[] y, int width) {
    LayerWidths w = spec.widths(l);
    int tileMin = (int) w.tileSum().min();
    int tileMax = (int) w.tileSum().max();
    int yMin = (int) w.y().min();
    int yMax = (int) w.y().max();
    int signs = 0;
    for (int c = 0; c < width; c++) {
      int sum = tile[c];
      int total = y[c] + sum;
      y[c] = total;
      signs |= (sum - tileMin) | (tileMax - sum) | (total - yMin) | (yMax - total);
    }
    if (signs >= 0) {
      return;
    }
    int pairs = spec.pairs();
    for (int c = 0; c < width; c++) {
      GoldenModel.check(w.tileSum(), tile[c], "row-tile sum", l, c / pairs, rt, -1, c % pairs);
      GoldenModel.check(w.y(), y[c], "partial sum Y", l, c / pairs, rt, -1, c % pairs);
    }
  }
}
