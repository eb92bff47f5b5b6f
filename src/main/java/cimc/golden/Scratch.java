package cimc.golden;

import cimc.hw.HardwareSpec;
import java.util.Arrays;

/** Per-thread working buffers of the golden model, plus counters and optional trace records. */
final class Scratch {
  final boolean record;
  int[] rowsOn;
  int[] rowsOnCount;
  int[] d;
  final long[] tileSum;
  final long[] y;
  final long[] conversions;
  final long[] saturations;
  final int[] beatsPerLayer;
  final long[][] outputs;
  long[] wideTile = new long[0];
  long[] wideY = new long[0];
  /** Buffers of {@link IntKernel}: one plane's D, row-tile sums and Y over all column tiles. */
  int[] planeD = new int[0];
  int[] intTile = new int[0];
  int[] intY = new int[0];
  /** Each layer's outputs from {@link IntKernel}, reused from image to image. */
  final long[][] layerOutputs;
  int[] beatCodes;
  int beatCodeCount;

  Scratch(HardwareSpec spec, boolean record) {
    this.record = record;
    this.rowsOn = new int[0];
    this.rowsOnCount = new int[0];
    this.d = new int[0];
    this.tileSum = new long[spec.pairs()];
    this.y = new long[spec.pairs()];
    this.conversions = new long[spec.layerCount()];
    this.saturations = new long[spec.layerCount()];
    this.beatsPerLayer = new int[spec.layerCount()];
    this.outputs = new long[spec.layerCount()][];
    this.beatCodes = new int[record ? spec.adcBeatsPerImage() * spec.adcsPerArray() : 0];
    this.layerOutputs = new long[spec.layerCount()][];
    for (int l = 0; l < layerOutputs.length; l++) {
      layerOutputs[l] = new long[spec.sizes()[l + 1]];
    }
  }

  /** Grows the row lists to at least {@code entries} rows in {@code lists} lists. */
  void ensureRowsOn(int entries, int lists) {
    if (rowsOn.length < entries) {
      rowsOn = new int[entries];
    }
    if (rowsOnCount.length < lists) {
      rowsOnCount = new int[lists];
    }
  }

  /** Grows the column-sum buffer to at least {@code entries} values. */
  void ensureSums(int entries) {
    if (d.length < entries) {
      d = new int[entries];
    }
  }

  /** Grows the all-column-tile sums to at least {@code width} values. */
  void ensureWide(int width) {
    if (wideTile.length < width) {
      wideTile = new long[width];
      wideY = new long[width];
    }
  }

  /** Grows the {@link IntKernel} buffers to at least {@code width} values. */
  void ensureIntWidth(int width) {
    if (planeD.length < width) {
      planeD = new int[width];
      intTile = new int[width];
      intY = new int[width];
    }
  }

  void addCode(int k) {
    if (beatCodeCount == beatCodes.length) {
      beatCodes = Arrays.copyOf(beatCodes, Math.max(16, 2 * beatCodes.length));
    }
    beatCodes[beatCodeCount++] = k;
  }
}
