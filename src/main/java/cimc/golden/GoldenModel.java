package cimc.golden;

import cimc.CimcException;
import cimc.hw.CompiledDesign;
import cimc.hw.HardwareSpec;
import cimc.hw.IntRange;
import cimc.hw.LayerSpec;
import cimc.hw.LayerTiling;
import cimc.hw.LayerWidths;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The bit-accurate golden model of the CIM macro: runs a {@link CompiledDesign} with the
 * integers of a {@link HardwareSpec} exactly as the RTL must (see docs/golden-spec.md).
 *
 * <p>Per layer and column tile, every row tile and input bit plane drives the rows whose bit is
 * set; each ADC converts the difference D of its column pair's summed conductance codes; the
 * codes are shift-added over bit planes and summed over row tiles into Y; the bias gives Z,
 * which hidden layers requantize with an integer multiply, a rounding constant and an
 * arithmetic right shift, clamped to the activation range. Every intermediate value is checked
 * against its derived range; a value outside throws {@link IllegalStateException} naming the
 * layer, tile, plane and column.
 *
 * <p>Optional read noise adds {@code rint(sigma * g)} conductance codes to D before each
 * conversion, g standard normal, drawn in hardware order from a stream seeded by
 * {@code (seed, image index)} only, so results do not depend on the thread count. Instances are
 * immutable and safe to share between threads.
 */
public final class GoldenModel {
  private final HardwareSpec spec;
  private final int[][] differences;
  private final double noiseSigma;
  private final long noiseSeed;

  /** Creates a noiseless model after checking that design and spec describe the same macro. */
  public GoldenModel(CompiledDesign design, HardwareSpec spec) {
    this(spec, differences(design, spec), 0, 0);
  }

  private GoldenModel(HardwareSpec spec, int[][] differences, double sigma, long seed) {
    this.spec = spec;
    this.differences = differences;
    this.noiseSigma = sigma;
    this.noiseSeed = seed;
  }

  /**
   * Returns a model that adds seeded read noise of {@code sigmaCodes} conductance codes (standard
   * deviation) to each conversion's D; 0 turns noise off.
   */
  public GoldenModel withReadNoise(double sigmaCodes, long seed) {
    if (!(sigmaCodes >= 0) || Double.isInfinite(sigmaCodes)) {
      throw new IllegalArgumentException("read noise " + sigmaCodes
          + " must be a finite number of codes >= 0");
    }
    return new GoldenModel(spec, differences, sigmaCodes, seed);
  }

  public HardwareSpec spec() {
    return spec;
  }

  /**
   * Per array, {@code cell[r][2j] - cell[r][2j+1]} at {@code [r * pairs + j]}: the analog
   * subtraction of a differential pair, precomputed once.
   */
  private static int[][] differences(CompiledDesign design, HardwareSpec spec) {
    checkMatch(design, spec);
    int pairs = spec.pairs();
    int[][] result = new int[spec.placement().arrayCount()][];
    for (int a = 0; a < result.length; a++) {
      int[] cells = design.cellCodes(a);
      int[] diff = new int[spec.rows() * pairs];
      for (int r = 0; r < spec.rows(); r++) {
        for (int j = 0; j < pairs; j++) {
          int plus = cells[r * spec.cols() + 2 * j];
          int minus = cells[r * spec.cols() + 2 * j + 1];
          checkCode(plus, spec, a, r, 2 * j);
          checkCode(minus, spec, a, r, 2 * j + 1);
          diff[r * pairs + j] = plus - minus;
        }
      }
      result[a] = diff;
    }
    return result;
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

  /** Returns the predicted class of one image of 0/1 pixels starting at {@code offset}. */
  public int classify(byte[] pixels, int offset, long imageIndex) {
    return run(pixels, offset, imageIndex, new Scratch(spec, false), null);
  }

  /** Runs one image and records every ADC code and layer output. */
  public GoldenTrace trace(byte[] pixels, int offset, long imageIndex) {
    Scratch scratch = new Scratch(spec, true);
    int predicted = run(pixels, offset, imageIndex, scratch, null);
    return new GoldenTrace(Arrays.copyOf(scratch.beatCodes, scratch.beatCodeCount),
        scratch.beatsPerLayer.clone(), scratch.outputs, predicted);
  }

  /**
   * Runs images {@code 0 .. count-1} of a packed 0/1 pixel array on {@code threads} threads.
   * Image n gets noise stream {@code firstIndex + n}; results do not depend on {@code threads}.
   */
  public Evaluation evaluate(byte[] pixels, int count, int firstIndex, int threads) {
    return Batch.evaluate(this, pixels, count, firstIndex, threads, null);
  }

  int run(byte[] pixels, int offset, long imageIndex, Scratch scratch, long[][] histograms) {
    SplittableRandom noise = noiseSigma > 0 ? new SplittableRandom(mix(noiseSeed, imageIndex))
        : null;
    int inputs = spec.sizes()[0];
    long[] x = new long[inputs];
    for (int i = 0; i < inputs; i++) {
      x[i] = pixels[offset + i];
    }
    int layers = spec.layerCount();
    for (int l = 0; l < layers; l++) {
      long[] histogram = histograms == null ? null : histograms[l];
      x = layer(l, x, scratch, noise, histogram);
      if (scratch.record) {
        scratch.outputs[l] = x.clone();
      }
    }
    return argmax(x);
  }

  /** Returns the index of the largest value; ties go to the lowest index. */
  public static int argmax(long[] values) {
    int best = 0;
    for (int i = 1; i < values.length; i++) {
      if (values[i] > values[best]) {
        best = i;
      }
    }
    return best;
  }

  private long[] layer(int l, long[] x, Scratch s, SplittableRandom noise, long[] histogram) {
    LayerTiling t = spec.tiling(l);
    long[] out = new long[t.outputs()];
    for (int ct = 0; ct < t.colTiles(); ct++) {
      int groupsUsed = (t.pairsUsed(ct) + spec.adcsPerArray() - 1) / spec.adcsPerArray();
      int cols = groupsUsed * spec.adcsPerArray();
      Arrays.fill(s.y, 0, cols, 0);
      for (int rt = 0; rt < t.rowTiles(); rt++) {
        rowTile(l, ct, rt, cols, x, s, noise, histogram);
      }
      finishColumnTile(l, ct, s.y, out);
    }
    return out;
  }

  private void rowTile(int l, int ct, int rt, int cols, long[] x, Scratch s,
      SplittableRandom noise, long[] histogram) {
    LayerTiling t = spec.tiling(l);
    LayerWidths w = spec.widths(l);
    int[] diff = differences[t.array(rt, ct)];
    int pairs = spec.pairs();
    int rowsUsed = t.rowsUsed(rt);
    int base = rt * spec.rows();
    int pairsUsed = t.pairsUsed(ct);
    Arrays.fill(s.tileSum, 0, cols, 0);
    for (int p = 0; p < spec.layer(l).inputBits(); p++) {
      int on = 0;
      for (int r = 0; r < rowsUsed; r++) {
        if (((x[base + r] >> p) & 1) != 0) {
          s.rowsOn[on++] = r;
        }
      }
      int[] d = s.d;
      Arrays.fill(d, 0, cols, 0);
      for (int k = 0; k < on; k++) {
        int offset = s.rowsOn[k] * pairs;
        for (int j = 0; j < cols; j++) {
          d[j] += diff[offset + j];
        }
      }
      convert(l, ct, rt, p, cols, pairsUsed, s, noise, histogram);
    }
    for (int j = 0; j < cols; j++) {
      check(w.tileSum(), s.tileSum[j], "row-tile sum", l, ct, rt, -1, j);
      s.y[j] += s.tileSum[j];
      check(w.y(), s.y[j], "partial sum Y", l, ct, rt, -1, j);
    }
  }

  private void convert(int l, int ct, int rt, int p, int cols, int pairsUsed, Scratch s,
      SplittableRandom noise, long[] histogram) {
    LayerWidths w = spec.widths(l);
    int step = spec.layer(l).adcStep();
    int bits = spec.adcBits();
    for (int j = 0; j < cols; j++) {
      long d = s.d[j];
      check(w.d(), d, "column difference D", l, ct, rt, p, j);
      if (noise != null) {
        d += (long) Math.rint(noiseSigma * noise.nextGaussian());
      }
      int k = Adc.convert(d, step, bits);
      if (j < pairsUsed) {
        s.conversions[l]++;
        if (Adc.saturates(d, step, bits)) {
          s.saturations[l]++;
        }
        if (histogram != null) {
          histogram[(int) Math.min(Math.abs(d), histogram.length - 1)]++;
        }
      }
      s.tileSum[j] += (long) k << p;
      if (s.record) {
        s.addCode(k);
      }
    }
    if (s.record) {
      s.beatsPerLayer[l] += cols / spec.adcsPerArray();
    }
  }

  private void finishColumnTile(int l, int ct, long[] y, long[] out) {
    LayerTiling t = spec.tiling(l);
    LayerSpec ls = spec.layer(l);
    LayerWidths w = spec.widths(l);
    for (int j = 0; j < t.pairsUsed(ct); j++) {
      int o = ct * spec.pairs() + j;
      long z = y[j] + ls.bias(o);
      check(w.z(), z, "Z = Y + bias", l, ct, -1, -1, j);
      if (!ls.hidden()) {
        out[o] = z;
        continue;
      }
      long product = z * ls.multiplier() + ls.roundingConstant();
      check(w.product(), product, "Z * M + rounding", l, ct, -1, -1, j);
      out[o] = ls.requantize(z);
    }
  }

  private static void check(IntRange range, long value, String what, int l, int ct, int rt,
      int p, int j) {
    if (!range.contains(value)) {
      throw new IllegalStateException(what + " = " + value + " left its derived range ["
          + range.min() + ", " + range.max() + "] (" + range.signedBits() + " bits) at layer "
          + l + ", column tile " + ct + (rt >= 0 ? ", row tile " + rt : "")
          + (p >= 0 ? ", bit plane " + p : "") + ", pair " + j);
    }
  }

  static long mix(long seed, long index) {
    long z = seed * 0x9E3779B97F4A7C15L + index;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
