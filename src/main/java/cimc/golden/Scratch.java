package cimc.golden;

import cimc.hw.HardwareSpec;
import java.util.Arrays;

/** Per-thread working buffers of the golden model, plus counters and optional trace records. */
final class Scratch {
  final boolean record;
  final int[] rowsOn;
  final int[] d;
  final long[] tileSum;
  final long[] y;
  final long[] conversions;
  final long[] saturations;
  final int[] beatsPerLayer;
  final long[][] outputs;
  int[] beatCodes;
  int beatCodeCount;

  Scratch(HardwareSpec spec, boolean record) {
    this.record = record;
    this.rowsOn = new int[spec.rows()];
    this.d = new int[spec.pairs()];
    this.tileSum = new long[spec.pairs()];
    this.y = new long[spec.pairs()];
    this.conversions = new long[spec.layerCount()];
    this.saturations = new long[spec.layerCount()];
    this.beatsPerLayer = new int[spec.layerCount()];
    this.outputs = new long[spec.layerCount()][];
    this.beatCodes = new int[record ? spec.adcBeatsPerImage() * spec.adcsPerArray() : 0];
  }

  void addCode(int k) {
    if (beatCodeCount == beatCodes.length) {
      beatCodes = Arrays.copyOf(beatCodes, Math.max(16, 2 * beatCodes.length));
    }
    beatCodes[beatCodeCount++] = k;
  }
}
