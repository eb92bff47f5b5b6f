package cimc.hw;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The integer description of the CIM macro that the golden model, the RTL generator and the
 * testbench generator all read. It contains the array geometry, ADCs, conductance codes,
 * per-layer tiling, input and output bits, ADC steps, integer biases, requantization
 * multipliers and shifts, and the write-verify pulse settings. Every register width is derived
 * from exact integer ranges.
 *
 * <p>Geometry: arrays of {@code rows x cols} cells, {@code pairs = cols / 2} differential column
 * pairs, {@code adcsPerArray} ADCs per array converting {@code groups = pairs / adcsPerArray}
 * column groups one after another. Conductance codes run from 0 to
 * {@code maxCode = (levels - 1) * substeps}. Stored as {@code hardware.json} by
 * {@link HardwareSpecJson}.
 */
public final class HardwareSpec {
  /** Version of the {@code hardware.json} layout written by this class. */
  public static final int FORMAT_VERSION = 1;
  /** Width of one input word written through the INPUT_DATA register. */
  public static final int INPUT_WORD_BITS = 32;

  private final int rows;
  private final int cols;
  private final int adcsPerArray;
  private final int adcBits;
  private final int levels;
  private final int substeps;
  private final int weightBits;
  private final Placement placement;
  private final int[] sizes;
  private final List<LayerSpec> layers;
  private final List<LayerWidths> widths;
  private final PulseConfig pulses;
  private final CalibrationInfo calibration;

  /**
   * Creates a spec after checking every value.
   *
   * @param calibration how the integers were chosen, or null for a hand-built spec
   * @throws IllegalArgumentException naming the first invalid value and what is accepted
   */
  public HardwareSpec(int rows, int cols, int adcsPerArray, int adcBits, int levels,
      int substeps, int weightBits, int[] sizes, List<LayerSpec> layers, PulseConfig pulses,
      CalibrationInfo calibration) {
    checkGeometry(rows, cols, adcsPerArray, adcBits);
    if (weightBits < 2 || weightBits > 8) {
      throw new IllegalArgumentException("weight bits " + weightBits + " outside 2..8");
    }
    int maxWeightCode = (1 << (weightBits - 1)) - 1;
    if (levels - 1 < maxWeightCode) {
      throw new IllegalArgumentException(levels + " conductance levels cannot hold " + weightBits
          + "-bit weight codes up to " + maxWeightCode + "; use at least "
          + (maxWeightCode + 1) + " levels");
    }
    this.rows = rows;
    this.cols = cols;
    this.adcsPerArray = adcsPerArray;
    this.adcBits = adcBits;
    this.levels = levels;
    this.substeps = substeps;
    this.weightBits = weightBits;
    new ConductanceGrid(0, 1, levels, substeps);
    this.placement = Placement.of(sizes, rows, cols);
    this.sizes = sizes.clone();
    this.layers = Collections.unmodifiableList(new ArrayList<>(layers));
    this.pulses = pulses;
    this.calibration = calibration;
    checkLayers();
    List<LayerWidths> derived = new ArrayList<>();
    for (int l = 0; l < layers.size(); l++) {
      derived.add(deriveWidths(l));
    }
    this.widths = Collections.unmodifiableList(derived);
  }

  private static void checkGeometry(int rows, int cols, int adcsPerArray, int adcBits) {
    if (rows < 1 || rows > 4096 || cols < 2 || cols > 4096 || cols % 2 != 0) {
      throw new IllegalArgumentException("array size " + rows + "x" + cols
          + " is invalid: rows must be 1..4096 and columns an even number 2..4096");
    }
    int pairs = cols / 2;
    if (adcsPerArray < 1 || pairs % adcsPerArray != 0) {
      throw new IllegalArgumentException("ADCs per array " + adcsPerArray + " must divide the "
          + pairs + " column pairs of a " + cols + "-column array");
    }
    if (adcBits < 2 || adcBits > 16) {
      throw new IllegalArgumentException("ADC bits " + adcBits + " outside 2..16");
    }
  }

  private void checkLayers() {
    if (layers.size() != sizes.length - 1) {
      throw new IllegalArgumentException("sizes " + Arrays.toString(sizes) + " need "
          + (sizes.length - 1) + " layer specs, got " + layers.size());
    }
    for (int l = 0; l < layers.size(); l++) {
      LayerSpec spec = layers.get(l);
      boolean last = l == layers.size() - 1;
      if (spec.biasCount() != sizes[l + 1]) {
        throw new IllegalArgumentException("layer " + l + " has " + spec.biasCount()
            + " biases, expected " + sizes[l + 1]);
      }
      if (last == spec.hidden()) {
        throw new IllegalArgumentException("layer " + l + " has " + spec.outputBits()
            + " output bits; hidden layers need 1.." + LayerSpec.MAX_ACTIVATION_BITS
            + " and the last layer needs 0");
      }
      if (!last && layers.get(l + 1).inputBits() != spec.outputBits()) {
        throw new IllegalArgumentException("layer " + (l + 1) + " has "
            + layers.get(l + 1).inputBits() + " input bits but layer " + l + " outputs "
            + spec.outputBits() + " bits");
      }
    }
  }

  private LayerWidths deriveWidths(int l) {
    LayerTiling t = placement.layer(l);
    LayerSpec s = layers.get(l);
    long rowsMax = Math.min(rows, t.inputs());
    IntRange d = new IntRange(-rowsMax * maxCode(), rowsMax * maxCode());
    long half = 1L << (adcBits - 1);
    IntRange code = new IntRange(-half, half - 1);
    IntRange tileSum = code.scaled((1L << s.inputBits()) - 1);
    IntRange y = tileSum.times(t.rowTiles());
    IntRange z = y.plus(s.biasRange());
    if (!s.hidden()) {
      return new LayerWidths(d, code, tileSum, y, z, z, z);
    }
    IntRange product = z.scaled(s.multiplier()).shifted(s.roundingConstant());
    IntRange output = new IntRange(0, (1L << s.outputBits()) - 1);
    return new LayerWidths(d, code, tileSum, y, z, product, output);
  }

  public int rows() {
    return rows;
  }

  public int cols() {
    return cols;
  }

  public int pairs() {
    return cols / 2;
  }

  public int adcsPerArray() {
    return adcsPerArray;
  }

  /** Column groups per array, converted one after another by the array's ADCs. */
  public int groups() {
    return pairs() / adcsPerArray;
  }

  public int adcBits() {
    return adcBits;
  }

  public int levels() {
    return levels;
  }

  public int substeps() {
    return substeps;
  }

  public int maxCode() {
    return (levels - 1) * substeps;
  }

  /** Unsigned bits of a conductance code. */
  public int codeBits() {
    return unsignedBits(maxCode());
  }

  public int weightBits() {
    return weightBits;
  }

  public int[] sizes() {
    return sizes.clone();
  }

  public int layerCount() {
    return layers.size();
  }

  public Placement placement() {
    return placement;
  }

  public LayerTiling tiling(int layer) {
    return placement.layer(layer);
  }

  public List<LayerSpec> layers() {
    return layers;
  }

  public LayerSpec layer(int l) {
    return layers.get(l);
  }

  public LayerWidths widths(int l) {
    return widths.get(l);
  }

  public PulseConfig pulses() {
    return pulses;
  }

  /** Calibration record; null for a hand-built spec. */
  public CalibrationInfo calibration() {
    return calibration;
  }

  /** Bits of the {@code obs_act_value_o} port: the widest signed layer output. */
  public int activationValueBits() {
    int bits = 1;
    for (int l = 0; l < layers.size(); l++) {
      bits = Math.max(bits, widths(l).output().signedBits());
      bits = Math.max(bits, widths(l).z().signedBits());
    }
    return bits;
  }

  /** 32-bit input words per image for the layer-0 input buffer. */
  public int inputWords() {
    return (sizes[0] + INPUT_WORD_BITS - 1) / INPUT_WORD_BITS;
  }

  public int arrayIndexBits() {
    return unsignedBits(placement.arrayCount() - 1);
  }

  public int classBits() {
    return unsignedBits(sizes[sizes.length - 1] - 1);
  }

  /** Number of group conversions (ADC beats) of one inference, in the hardware order. */
  public int adcBeatsPerImage() {
    int beats = 0;
    for (int l = 0; l < layers.size(); l++) {
      LayerTiling t = tiling(l);
      for (int ct = 0; ct < t.colTiles(); ct++) {
        int groupsUsed = (t.pairsUsed(ct) + adcsPerArray - 1) / adcsPerArray;
        beats += t.rowTiles() * layers.get(l).inputBits() * groupsUsed;
      }
    }
    return beats;
  }

  /** Returns a copy with new layer parameters and calibration record, same geometry. */
  public HardwareSpec withLayers(List<LayerSpec> newLayers, CalibrationInfo info) {
    return new HardwareSpec(rows, cols, adcsPerArray, adcBits, levels, substeps, weightBits,
        sizes, newLayers, pulses, info);
  }

  /** Bits of an unsigned value (at least 1). */
  public static int unsignedBits(long max) {
    int bits = 1;
    while (max >= (1L << bits)) {
      bits++;
    }
    return bits;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof HardwareSpec s && rows == s.rows && cols == s.cols
        && adcsPerArray == s.adcsPerArray && adcBits == s.adcBits && levels == s.levels
        && substeps == s.substeps && weightBits == s.weightBits && Arrays.equals(sizes, s.sizes)
        && layers.equals(s.layers) && pulses.equals(s.pulses)
        && java.util.Objects.equals(calibration, s.calibration);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(sizes) * 31 + layers.hashCode();
  }
}
