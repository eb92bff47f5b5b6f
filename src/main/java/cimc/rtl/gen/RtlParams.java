package cimc.rtl.gen;

import cimc.hw.HardwareSpec;
import cimc.hw.LayerSpec;
import cimc.hw.LayerTiling;
import cimc.hw.PulseConfig;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything the controller generator needs: array geometry, ADC configuration, per-layer
 * integer parameters and the register widths derived from their exact ranges.
 *
 * <p>Value ranges follow the inference semantics: an ADC code k lies in {@code [-H, H-1]} with
 * {@code H = 2^(adcBits-1)}; one row tile adds {@code sum_p k * 2^p} over the input bit planes;
 * the accumulator Y adds the row tiles; Z adds the bias; the hidden-layer product adds the
 * multiplier and the rounding term. Every width is the signed width of such a range.
 *
 * @param rows wordlines per array R
 * @param cols bitlines per array C, even
 * @param adcs ADCs per array N_adc; {@code cols / 2} must be a multiple
 * @param adcBits ADC resolution B, 2 to 12
 * @param maxCode largest conductance code a sense read can return
 * @param layers per-layer parameters, in order; at least two layers
 * @param pulses write-verify settings: amplitude width (1 to 8 bits) and the reset values of
 *     the pulse configuration registers
 */
public record RtlParams(int rows, int cols, int adcs, int adcBits, int maxCode,
    List<LayerParams> layers, PulseConfig pulses) {
  /** Depth of the programming job FIFO. */
  public static final int FIFO_DEPTH = 4;
  /** Bits of the pulse width (cycles) and of the pulse budget. */
  public static final int COUNT_BITS = 16;
  /** Bits of a verify-window bound (conductance code) in JOB_WINDOW. */
  public static final int WINDOW_FIELD_BITS = 8;

  public RtlParams {
    layers = List.copyOf(layers);
    if (rows < 1 || rows > 256 || cols < 2 || cols > 256 || cols % 2 != 0) {
      throw new IllegalArgumentException("array " + rows + "x" + cols
          + " is unsupported; rows 1..256 and an even column count 2..256 are accepted");
    }
    if (adcs < 1 || (cols / 2) % adcs != 0) {
      throw new IllegalArgumentException(adcs + " ADCs per array do not divide the "
          + cols / 2 + " column pairs");
    }
    if (adcBits < 2 || adcBits > 12) {
      throw new IllegalArgumentException("ADC bits " + adcBits + " are outside 2..12");
    }
    if (maxCode < 1 || maxCode > 255) {
      throw new IllegalArgumentException("maximum conductance code " + maxCode
          + " is outside 1..255");
    }
    if (pulses.ampBits() > 8 || pulses.widthCycles() >= 1 << COUNT_BITS
        || pulses.budget() >= 1 << COUNT_BITS) {
      throw new IllegalArgumentException("unsupported pulse settings " + pulses
          + "; the controller takes amplitudes of up to 8 bits and widths and budgets below "
          + (1 << COUNT_BITS));
    }
    if (layers.size() < 2) {
      throw new IllegalArgumentException("unsupported: a network of " + layers.size()
          + " layer; the controller needs at least two weight layers");
    }
  }

  /**
   * Reads the parameters of a hardware specification.
   *
   * @throws IllegalArgumentException when the specification is outside what the controller
   *     supports, naming the value
   */
  public static RtlParams from(HardwareSpec spec) {
    List<LayerParams> layers = new ArrayList<>();
    for (int l = 0; l < spec.layerCount(); l++) {
      LayerSpec s = spec.layer(l);
      layers.add(new LayerParams(spec.tiling(l), s.inputBits(), s.adcStep(), s.biases(),
          s.hidden() ? s.multiplier() : 0, s.hidden() ? s.shift() : 0));
    }
    return new RtlParams(spec.rows(), spec.cols(), spec.adcsPerArray(), spec.adcBits(),
        spec.maxCode(), layers, spec.pulses());
  }

  public int ampBits() {
    return pulses.ampBits();
  }

  public int pairs() {
    return cols / 2;
  }

  /** Column groups per array, {@code pairs / adcs}. */
  public int groupsPerArray() {
    return pairs() / adcs;
  }

  public LayerParams layer(int l) {
    return layers.get(l);
  }

  public int layerCount() {
    return layers.size();
  }

  public int arrayCount() {
    LayerTiling last = layers.get(layers.size() - 1).tiling();
    return last.firstArray() + last.arrayCount();
  }

  /** ADC offset H = 2^(B-1): the code u = k + H is offset binary. */
  public int adcOffset() {
    return 1 << (adcBits - 1);
  }

  /** Smallest Y of layer l: {@code rowTiles * -H * (2^a - 1)}. */
  public long accMin(int l) {
    LayerParams p = layer(l);
    return (long) p.tiling().rowTiles() * -adcOffset() * ((1L << p.inputBits()) - 1);
  }

  public long accMax(int l) {
    LayerParams p = layer(l);
    return (long) p.tiling().rowTiles() * (adcOffset() - 1) * ((1L << p.inputBits()) - 1);
  }

  public long zMin(int l) {
    return accMin(l) + layer(l).minBias();
  }

  public long zMax(int l) {
    return accMax(l) + layer(l).maxBias();
  }

  /** Accumulator width: the widest signed Y over all layers. */
  public int accBits() {
    int bits = 1;
    for (int l = 0; l < layerCount(); l++) {
      bits = Math.max(bits, Widths.signedBits(accMin(l), accMax(l)));
    }
    return bits;
  }

  /** Width of Z = Y + bias, the widest over all layers; also the activation report width. */
  public int zBits() {
    int bits = 1;
    for (int l = 0; l < layerCount(); l++) {
      bits = Math.max(bits, Widths.signedBits(zMin(l), zMax(l)));
    }
    return bits;
  }

  /** Width of the bias ROM output. */
  public int biasBits() {
    int bits = 2;
    for (LayerParams p : layers) {
      bits = Math.max(bits, Widths.signedBits(p.minBias(), p.maxBias()));
    }
    return bits;
  }

  /** Width of the requantization multiplier M, the widest over the hidden layers. */
  public int multiplierBits() {
    int bits = 1;
    for (int l = 0; l + 1 < layerCount(); l++) {
      bits = Math.max(bits, Widths.unsignedBits(layer(l).multiplier()));
    }
    return bits;
  }

  /** Width of {@code Z * M + round}, the widest over the hidden layers. */
  public int productBits() {
    int bits = 2;
    for (int l = 0; l + 1 < layerCount(); l++) {
      long m = layer(l).multiplier();
      long round = layer(l).roundingTerm();
      bits = Math.max(bits, Widths.signedBits(Math.min(zMin(l) * m, 0), zMax(l) * m + round));
    }
    return bits;
  }

  /** Bits of a hidden activation entry: the widest input bit count of layers 1 onwards. */
  public int actBits() {
    int bits = 1;
    for (int l = 1; l < layerCount(); l++) {
      bits = Math.max(bits, layer(l).inputBits());
    }
    return bits;
  }

  /** Entries of each ping-pong activation buffer: the widest hidden layer. */
  public int actEntries() {
    int entries = 1;
    for (int l = 1; l < layerCount(); l++) {
      entries = Math.max(entries, layer(l).tiling().inputs());
    }
    return entries;
  }

  /** 32-bit words of the layer-0 input buffer. */
  public int inputWords() {
    return (layer(0).tiling().inputs() + 31) / 32;
  }

  public int outputs() {
    return layer(layerCount() - 1).tiling().outputs();
  }

  /** Widest neuron count over all layers, which sizes the neuron index. */
  public int maxOutputs() {
    int max = 1;
    for (LayerParams p : layers) {
      max = Math.max(max, p.tiling().outputs());
    }
    return max;
  }

  /** Conductance-code width of the sense path and of the verify window. */
  public int codeBits() {
    return Widths.unsignedBits(maxCode);
  }

  public int arrayBits() {
    return Widths.unsignedBits(arrayCount() - 1);
  }

  public int rowBits() {
    return Widths.unsignedBits(rows - 1);
  }

  public int colBits() {
    return Widths.unsignedBits(cols - 1);
  }

  public int groupBits() {
    return Widths.unsignedBits(groupsPerArray() - 1);
  }

  /** Width of the ADC step port: the largest step over all layers. */
  public int stepBits() {
    int max = 1;
    for (LayerParams p : layers) {
      max = Math.max(max, p.adcStep());
    }
    return Widths.unsignedBits(max);
  }

  /**
   * Clock cycles {@code cim_infer} is busy per image: B + 3 per group conversion (drive,
   * sample, B SAR bits, accumulate), one per output neuron (finalize) and one for the class.
   */
  public long cyclesPerImage() {
    long neurons = 0;
    for (LayerParams p : layers) {
      neurons += p.tiling().outputs();
    }
    return conversionsPerImage() * (adcBits + 3) + neurons + 1;
  }

  /** Group conversions of one inference, summed over layers, column and row tiles, planes. */
  public long conversionsPerImage() {
    long total = 0;
    for (LayerParams p : layers) {
      LayerTiling t = p.tiling();
      for (int ct = 0; ct < t.colTiles(); ct++) {
        total += (long) p.groups(ct, adcs) * t.rowTiles() * p.inputBits();
      }
    }
    return total;
  }
}
