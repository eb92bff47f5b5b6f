package cimc.golden;

import cimc.CimcException;
import cimc.hw.HardwareSpec;
import cimc.hw.LayerTiling;
import cimc.hw.PulseConfig;
import java.util.List;

/**
 * The write-verify pulse-response tables of a vector folder: {@code prog_jobs.hex} (10 words
 * per job), {@code prog_reads.hex} and {@code prog_pulses.hex}, for every used cell of the chosen
 * arrays in order of array, row and column.
 */
record ProgramTables(List<HexFile> files, int jobs, long reads, long pulses, int fails) {
  /**
   * Builds the tables of every used cell of {@code arrays} (null for all arrays).
   *
   * @throws CimcException when the source's pulse settings differ from the spec's
   */
  static ProgramTables build(HardwareSpec spec, int[] arrays, ProgramSource source) {
    PulseConfig config = spec.pulses();
    if (!config.equals(source.pulses())) {
      throw new CimcException("the hardware spec's programming settings " + config
          + " differ from " + source.pulses() + " of the device that the pulse-response"
          + " tables replay; recalibrate the design with 'cimc simulate --design DIR"
          + " --write-hardware', which takes them from the device profile");
    }
    HexFile jobs = new HexFile("prog_jobs.hex", 32);
    HexFile reads = new HexFile("prog_reads.hex", spec.codeBits());
    HexFile pulses = new HexFile("prog_pulses.hex", config.ampBits() + 1);
    int count = 0;
    int fails = 0;
    int[] chosen = arrays == null ? allArrays(spec) : arrays;
    for (int a : chosen) {
      LayerTiling t = tilingOf(spec, a);
      int local = a - t.firstArray();
      int rowsUsed = t.rowsUsed(local % t.rowTiles());
      int colsUsed = 2 * t.pairsUsed(local / t.rowTiles());
      for (int r = 0; r < rowsUsed; r++) {
        for (int c = 0; c < colsUsed; c++) {
          PulseTrace trace = source.trace(a, r, c, source.level(a, r, c));
          ProgramJob job = trace.job();
          long[] words = {a, r, c, job.lo(), job.hi(), trace.pulses(), trace.pass() ? 1 : 0,
              trace.finalCode(), reads.lines(), pulses.lines()};
          for (long w : words) {
            jobs.add(w);
          }
          for (int read : trace.reads()) {
            reads.add(read);
          }
          for (int p = 0; p < trace.pulses(); p++) {
            checkAmplitude(trace.amplitudes()[p], config, job);
            long polarity = trace.set()[p] ? 1L << config.ampBits() : 0;
            pulses.add(polarity | trace.amplitudes()[p]);
          }
          count++;
          fails += trace.pass() ? 0 : 1;
        }
      }
    }
    return new ProgramTables(List.of(jobs, reads, pulses), count, reads.lines(), pulses.lines(),
        fails);
  }

  private static void checkAmplitude(int amplitude, PulseConfig config, ProgramJob job) {
    if (amplitude < 0 || amplitude > config.ampMax()) {
      throw new IllegalStateException("cell (" + job.array() + ", " + job.row() + ", "
          + job.col() + ") got pulse amplitude " + amplitude + " outside the spec's 0.."
          + config.ampMax() + "; the hardware spec's programming settings do not match the"
          + " device profile");
    }
  }

  private static int[] allArrays(HardwareSpec spec) {
    int[] all = new int[spec.placement().arrayCount()];
    for (int a = 0; a < all.length; a++) {
      all[a] = a;
    }
    return all;
  }

  /** Returns the tiling of the layer that owns physical array {@code array}. */
  static LayerTiling tilingOf(HardwareSpec spec, int array) {
    for (LayerTiling t : spec.placement().layers()) {
      if (array >= t.firstArray() && array < t.firstArray() + t.arrayCount()) {
        return t;
      }
    }
    throw new IllegalArgumentException("array " + array + " is outside 0.."
        + (spec.placement().arrayCount() - 1));
  }
}
