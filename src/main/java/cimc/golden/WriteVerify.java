package cimc.golden;

import cimc.hw.PulseConfig;
import java.util.Arrays;

/**
 * The write-verify algorithm shared by the simulation, the RTL and the testbench: read; stop
 * with PASS when the read is inside the window, or with FAIL when the pulse budget is used up;
 * otherwise pulse towards the window (SET below it, RESET above it). The amplitude restarts at
 * the polarity's start value when the polarity changes and otherwise grows by the step, up to
 * the maximum.
 */
public final class WriteVerify {
  private WriteVerify() {}

  /** Runs one job on {@code cell} and returns its pulse-response table. */
  public static PulseTrace run(ProgramJob job, CellResponse cell, PulseConfig config) {
    int budget = config.budget();
    int[] reads = new int[budget + 1];
    boolean[] set = new boolean[budget];
    int[] amplitudes = new int[budget];
    int pulses = 0;
    Boolean last = null;
    int amplitude = 0;
    while (true) {
      int g = cell.read();
      reads[pulses] = g;
      if (job.lo() <= g && g <= job.hi()) {
        return trace(job, reads, set, amplitudes, pulses, true);
      }
      if (pulses == budget) {
        return trace(job, reads, set, amplitudes, pulses, false);
      }
      boolean polarity = g < job.lo();
      if (last != null && last == polarity) {
        amplitude = Math.min(amplitude + config.ampStep(), config.ampMax());
      } else {
        amplitude = polarity ? config.setStart() : config.resetStart();
      }
      cell.pulse(polarity, amplitude);
      set[pulses] = polarity;
      amplitudes[pulses] = amplitude;
      pulses++;
      last = polarity;
    }
  }

  private static PulseTrace trace(ProgramJob job, int[] reads, boolean[] set, int[] amplitudes,
      int pulses, boolean pass) {
    return new PulseTrace(job, Arrays.copyOf(reads, pulses + 1), Arrays.copyOf(set, pulses),
        Arrays.copyOf(amplitudes, pulses), pass);
  }

  /** Verify window of a level: {@code [k*K - tolerance, k*K + tolerance]} clamped. */
  public static ProgramJob job(int array, int row, int col, int level, int substeps,
      int maxCode, int tolerance) {
    int target = level * substeps;
    return new ProgramJob(array, row, col, Math.max(0, target - tolerance),
        Math.min(maxCode, target + tolerance));
  }
}
