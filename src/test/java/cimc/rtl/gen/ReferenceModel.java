package cimc.rtl.gen;

import cimc.hw.LayerTiling;
import cimc.hw.PulseConfig;
import java.util.ArrayList;
import java.util.List;

/**
 * Integer inference and write-verify reference written straight from docs/golden-spec.md
 * (inference) and the write-verify section of docs/compile.md (programming), used to compute
 * the expected observation beats of the RTL testbench.
 */
final class ReferenceModel {
  private ReferenceModel() {}

  /** Observation of one inference: ADC beats (k codes), activations and the class. */
  record Trace(List<int[]> adcBeats, List<long[]> activations, int predicted) {}

  /** ADC transfer: round half up of D/s, saturated to [-H, H-1]. */
  static int adc(long d, int step, int bits) {
    long h = 1L << (bits - 1);
    long k = Math.floorDiv(2 * d + step, 2L * step);
    return (int) Math.max(-h, Math.min(h - 1, k));
  }

  /**
   * Runs one image. {@code cells[array][row * cols + col]} are conductance codes and
   * {@code input} the layer-0 bits.
   */
  static Trace infer(RtlParams p, int[][] cells, int[] input) {
    List<int[]> beats = new ArrayList<>();
    List<long[]> acts = new ArrayList<>();
    long[] x = new long[input.length];
    for (int i = 0; i < input.length; i++) {
      x[i] = input[i];
    }
    long bestValue = 0;
    int best = -1;
    for (int l = 0; l < p.layerCount(); l++) {
      LayerParams lp = p.layer(l);
      LayerTiling t = lp.tiling();
      boolean hidden = l + 1 < p.layerCount();
      long[] next = new long[t.outputs()];
      for (int ct = 0; ct < t.colTiles(); ct++) {
        long[] y = tileSums(p, lp, cells, x, ct, beats);
        for (int j = 0; j < t.pairsUsed(ct); j++) {
          int o = ct * t.pairs() + j;
          long z = y[j] + lp.bias(o);
          if (hidden) {
            long v = (z * lp.multiplier() + lp.roundingTerm()) >> lp.shift();
            long max = (1L << p.layer(l + 1).inputBits()) - 1;
            next[o] = Math.max(0, Math.min(max, v));
            acts.add(new long[] {l, o, next[o]});
          } else {
            acts.add(new long[] {l, o, z});
            if (best < 0 || z > bestValue) {
              best = o;
              bestValue = z;
            }
          }
        }
      }
      x = next;
    }
    return new Trace(beats, acts, best);
  }

  private static long[] tileSums(RtlParams p, LayerParams lp, int[][] cells, long[] x, int ct,
      List<int[]> beats) {
    LayerTiling t = lp.tiling();
    long[] y = new long[p.pairs()];
    for (int rt = 0; rt < t.rowTiles(); rt++) {
      int[] cell = cells[t.array(rt, ct)];
      for (int plane = 0; plane < lp.inputBits(); plane++) {
        for (int g = 0; g < lp.groups(ct, p.adcs()); g++) {
          int[] beat = new int[p.adcs()];
          for (int n = 0; n < p.adcs(); n++) {
            int j = g * p.adcs() + n;
            long d = 0;
            for (int r = 0; r < t.rowsUsed(rt); r++) {
              if (((x[rt * p.rows() + r] >> plane) & 1) != 0) {
                d += cell[r * p.cols() + 2 * j] - cell[r * p.cols() + 2 * j + 1];
              }
            }
            beat[n] = adc(d, lp.adcStep(), p.adcBits());
            y[j] += (long) beat[n] << plane;
          }
          beats.add(beat);
        }
      }
    }
    return y;
  }

  /** Result of one cell job: pulses, pass, last read, and each pulse as {set ? 1 : 0, amp}. */
  record Job(int pulses, boolean pass, int code, List<int[]> pulseList) {}

  /**
   * The deterministic device of the testbench: a SET pulse of amplitude a raises the code by
   * {@code a / 4 + 1}, a RESET pulse lowers it by as much, clamped to {@code [0, maxCode]}.
   */
  static int pulse(int code, boolean set, int amp, int maxCode) {
    int delta = amp / 4 + 1;
    return set ? Math.min(maxCode, code + delta) : Math.max(0, code - delta);
  }

  /** Runs the write-verify algorithm on one cell whose code starts at {@code start}. */
  static Job program(int start, int lo, int hi, PulseConfig c, int maxCode) {
    int code = start;
    int pulses = 0;
    int amp = 0;
    Boolean last = null;
    List<int[]> list = new ArrayList<>();
    while (true) {
      int g = code;
      if (lo <= g && g <= hi) {
        return new Job(pulses, true, g, list);
      }
      if (pulses == c.budget()) {
        return new Job(pulses, false, g, list);
      }
      boolean set = g < lo;
      amp = last != null && last == set ? Math.min(amp + c.ampStep(), c.ampMax())
          : (set ? c.setStart() : c.resetStart());
      list.add(new int[] {set ? 1 : 0, amp});
      code = pulse(code, set, amp, maxCode);
      pulses++;
      last = set;
    }
  }
}
