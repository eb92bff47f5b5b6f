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
  private final DifferenceMatrix differences;
  private final AdcTable[] adcTables;
  /** Per layer and wide column {@code ct * pairs + j}: 1 when pair j of ct is used, else 0. */
  private final int[][] usedColumns;
  /** Per layer, conversions of used pairs in one image. */
  private final long[] convertedPerImage;
  /** The int path for runs without noise, trace or histograms; null when a range is too wide. */
  private final IntKernel kernel;
  private final double noiseSigma;
  private final long noiseSeed;

  /** Creates a noiseless model after checking that design and spec describe the same macro. */
  public GoldenModel(CompiledDesign design, HardwareSpec spec) {
    this(spec, new DifferenceMatrix(design, spec), 0, 0);
  }

  private GoldenModel(HardwareSpec spec, DifferenceMatrix differences, double sigma,
      long seed) {
    this.spec = spec;
    this.differences = differences;
    this.noiseSigma = sigma;
    this.noiseSeed = seed;
    this.adcTables = new AdcTable[spec.layerCount()];
    this.usedColumns = new int[spec.layerCount()][];
    this.convertedPerImage = new long[spec.layerCount()];
    for (int l = 0; l < adcTables.length; l++) {
      adcTables[l] = new AdcTable(spec.widths(l).d(), spec.layer(l).adcStep(), spec.adcBits());
      LayerTiling t = spec.tiling(l);
      usedColumns[l] = new int[differences.width(l)];
      for (int ct = 0; ct < t.colTiles(); ct++) {
        Arrays.fill(usedColumns[l], ct * spec.pairs(), ct * spec.pairs() + t.pairsUsed(ct), 1);
      }
      convertedPerImage[l] = (long) t.rowTiles() * spec.layer(l).inputBits() * t.outputs();
    }
    this.kernel = IntKernel.of(spec, differences, convertedPerImage);
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
    if (kernel != null && noiseSigma == 0 && histograms == null && !scratch.record) {
      return kernel.run(pixels, offset, scratch);
    }
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
    ColumnSums.findRowsOn(spec, l, x, s);
    ColumnSums.compute(spec, differences, l, s);
    if (noise == null && !s.record) {
      return layerUnordered(l, s, histogram, out);
    }
    for (int ct = 0; ct < t.colTiles(); ct++) {
      int groupsUsed = (t.pairsUsed(ct) + spec.adcsPerArray() - 1) / spec.adcsPerArray();
      int cols = groupsUsed * spec.adcsPerArray();
      Arrays.fill(s.y, 0, cols, 0);
      for (int rt = 0; rt < t.rowTiles(); rt++) {
        rowTile(l, ct, rt, cols, s, noise, histogram);
      }
      finishColumnTile(spec, l, ct, s.y, 0, out);
    }
    return out;
  }

  private void rowTile(int l, int ct, int rt, int cols, Scratch s, SplittableRandom noise,
      long[] histogram) {
    LayerTiling t = spec.tiling(l);
    LayerWidths w = spec.widths(l);
    int pairsUsed = t.pairsUsed(ct);
    int bits = spec.layer(l).inputBits();
    long[] tileSum = s.tileSum;
    Arrays.fill(tileSum, 0, cols, 0);
    for (int p = 0; p < bits; p++) {
      int start = (rt * bits + p) * differences.width(l) + ct * spec.pairs();
      convert(l, ct, rt, p, start, cols, pairsUsed, s, noise, histogram);
    }
    long tileMin = w.tileSum().min();
    long tileMax = w.tileSum().max();
    long yMin = w.y().min();
    long yMax = w.y().max();
    for (int j = 0; j < cols; j++) {
      long sum = tileSum[j];
      long y = s.y[j] + sum;
      s.y[j] = y;
      if (sum < tileMin || sum > tileMax || y < yMin || y > yMax) {
        check(w.tileSum(), sum, "row-tile sum", l, ct, rt, -1, j);
        check(w.y(), y, "partial sum Y", l, ct, rt, -1, j);
      }
    }
  }

  private void convert(int l, int ct, int rt, int p, int start, int cols, int pairsUsed,
      Scratch s, SplittableRandom noise, long[] histogram) {
    AdcTable table = adcTables[l];
    if (noise == null && histogram == null && !s.record) {
      convertPlain(l, ct, rt, p, start, cols, pairsUsed, s);
      return;
    }
    long conversions = 0;
    long saturations = 0;
    for (int j = 0; j < cols; j++) {
      int d = s.d[start + j];
      if (d < table.dMin() || d > table.dMax()) {
        check(spec.widths(l).d(), d, "column difference D", l, ct, rt, p, j);
      }
      if (noise != null) {
        d += (int) Math.rint(noiseSigma * noise.nextGaussian());
      }
      int k = table.code(d);
      if (j < pairsUsed) {
        conversions++;
        if (table.saturates(d)) {
          saturations++;
        }
        if (histogram != null) {
          histogram[Math.min(Math.abs(d), histogram.length - 1)]++;
        }
      }
      s.tileSum[j] += (long) k << p;
      if (s.record) {
        s.addCode(k);
      }
    }
    s.conversions[l] += conversions;
    s.saturations[l] += saturations;
    if (s.record) {
      s.beatsPerLayer[l] += cols / spec.adcsPerArray();
    }
  }

  /** The common case of {@link #convert}: no noise, statistics or trace, all by table. */
  private void convertPlain(int l, int ct, int rt, int p, int start, int cols, int pairsUsed,
      Scratch s) {
    AdcTable table = adcTables[l];
    int[] codes = table.codes();
    int[] saturated = table.saturatedFlags();
    int dMin = table.dMin();
    int dMax = table.dMax();
    int[] d = s.d;
    long[] tileSum = s.tileSum;
    int used = Math.min(cols, pairsUsed);
    long saturations = 0;
    for (int j = 0; j < cols; j++) {
      int v = d[start + j];
      if (v < dMin || v > dMax) {
        check(spec.widths(l).d(), v, "column difference D", l, ct, rt, p, j);
      }
      int index = v - dMin;
      tileSum[j] += (long) codes[index] << p;
      if (j < used) {
        saturations += saturated[index];
      }
    }
    s.conversions[l] += used;
    s.saturations[l] += saturations;
  }

  /**
   * Computes the same layer as the ordered path, converting all column tiles of a row tile and
   * plane in one pass. Sums do not depend on the order, so the result is identical. It serves
   * runs where no noise stream or trace needs the hardware order.
   */
  private long[] layerUnordered(int l, Scratch s, long[] histogram, long[] out) {
    LayerTiling t = spec.tiling(l);
    LayerWidths w = spec.widths(l);
    AdcTable table = adcTables[l];
    int[] codes = table.codes();
    int[] saturated = table.saturatedFlags();
    int[] used = usedColumns[l];
    int dMin = table.dMin();
    int dMax = table.dMax();
    int bits = spec.layer(l).inputBits();
    int width = differences.width(l);
    s.ensureWide(width);
    long[] tile = s.wideTile;
    long[] y = s.wideY;
    Arrays.fill(y, 0, width, 0);

    long saturations = 0;
    for (int rt = 0; rt < t.rowTiles(); rt++) {
      Arrays.fill(tile, 0, width, 0);
      for (int p = 0; p < bits; p++) {
        int base = (rt * bits + p) * width;
        for (int c = 0; c < width; c++) {
          int v = s.d[base + c];
          if (v < dMin || v > dMax) {
            check(w.d(), v, "column difference D", l, c / spec.pairs(), rt, p, c % spec.pairs());
          }
          int index = v - dMin;
          tile[c] += (long) codes[index] << p;
          saturations += saturated[index] & used[c];
        }
        if (histogram != null) {
          addToHistogram(histogram, s.d, base, used);
        }
      }
      addTile(l, rt, tile, y, width);
    }

    s.conversions[l] += convertedPerImage[l];
    s.saturations[l] += saturations;
    for (int ct = 0; ct < t.colTiles(); ct++) {
      finishColumnTile(spec, l, ct, y, ct * spec.pairs(), out);
    }
    return out;
  }

  private static void addToHistogram(long[] histogram, int[] d, int base, int[] used) {
    for (int c = 0; c < used.length; c++) {
      if (used[c] != 0) {
        histogram[Math.min(Math.abs(d[base + c]), histogram.length - 1)]++;
      }
    }
  }

  private void addTile(int l, int rt, long[] tile, long[] y, int width) {
    LayerWidths w = spec.widths(l);
    long tileMin = w.tileSum().min();
    long tileMax = w.tileSum().max();
    long yMin = w.y().min();
    long yMax = w.y().max();
    for (int c = 0; c < width; c++) {
      long sum = tile[c];
      long total = y[c] + sum;
      y[c] = total;
      if (sum < tileMin || sum > tileMax || total < yMin || total > yMax) {
        int ct = c / spec.pairs();
        check(w.tileSum(), sum, "row-tile sum", l, ct, rt, -1, c % spec.pairs());
        check(w.y(), total, "partial sum Y", l, ct, rt, -1, c % spec.pairs());
      }
    }
  }

  /** Adds the bias to Y of the used pairs of column tile ct and requantizes into {@code out}. */
  static void finishColumnTile(HardwareSpec spec, int l, int ct, long[] y, int offset,
      long[] out) {
    LayerTiling t = spec.tiling(l);
    LayerSpec ls = spec.layer(l);
    LayerWidths w = spec.widths(l);
    for (int j = 0; j < t.pairsUsed(ct); j++) {
      int o = ct * spec.pairs() + j;
      long z = y[offset + j] + ls.bias(o);
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

  static void check(IntRange range, long value, String what, int l, int ct, int rt,
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
