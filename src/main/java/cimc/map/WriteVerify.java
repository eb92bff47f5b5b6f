package cimc.map;

import cimc.device.DeviceModel;
import cimc.device.DeviceProfile;
import cimc.hw.ConductanceGrid;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Write-verify programming of single cells with incremental step pulses, simulated pulse by
 * pulse on a {@link DeviceModel}.
 *
 * <p>The algorithm, shared with the RTL controller: read the cell; stop with PASS when the
 * code is inside the verify window, or with FAIL once the pulse budget is spent; otherwise
 * apply a SET pulse when the read is below the window and a RESET pulse when above. A pulse of
 * the same polarity as the previous one raises the amplitude by one step, capped at the
 * maximum; a change of polarity restarts from that polarity's start amplitude.
 *
 * <p>Each cell draws from its own random stream seeded by (seed, array, row, col) only, so one
 * cell's trace can be regenerated alone and results do not depend on order or thread count.
 * Draw order per cell: one uniform for the stuck state, one normal for the initial
 * conductance, then one normal per read and one per pulse.
 */
public final class WriteVerify {
  private final DeviceModel device;
  private final ConductanceGrid grid;
  private final long seed;
  private final int tolerance;
  private final int budget;
  private final int setStart;
  private final int resetStart;
  private final int step;
  private final int maxAmplitude;

  public WriteVerify(DeviceProfile profile, long seed) {
    this.device = new DeviceModel(profile);
    this.grid = device.grid();
    this.seed = seed;
    this.tolerance = profile.programming().verifyToleranceCodes();
    this.budget = profile.programming().pulseBudget();
    this.setStart = profile.setStartCode();
    this.resetStart = profile.resetStartCode();
    this.step = profile.amplitudeStepCode();
    this.maxAmplitude = profile.maxAmplitudeCode();
  }

  public ConductanceGrid grid() {
    return grid;
  }

  /** Lowest code of a level's verify window: {@code level * substeps - tolerance}, at least 0. */
  public int windowLow(int level) {
    return Math.max(0, grid.targetCode(level) - tolerance);
  }

  /** Highest code of a level's verify window, at most {@code grid.maxCode()}. */
  public int windowHigh(int level) {
    return Math.min(grid.maxCode(), grid.targetCode(level) + tolerance);
  }

  /** Programs one cell to {@code level} and returns the result. */
  public CellResult program(int array, int row, int col, int level) {
    return run(array, row, col, level, null, null);
  }

  /** Programs one cell to {@code level} and returns its full pulse-response table. */
  public CellTrace trace(int array, int row, int col, int level) {
    List<Integer> reads = new ArrayList<>();
    List<Pulse> pulses = new ArrayList<>();
    CellResult result = run(array, row, col, level, reads, pulses);
    return new CellTrace(array, row, col, level, windowLow(level), windowHigh(level), reads,
        pulses, result);
  }

  /** Seed of one cell's random stream: a SplitMix64 hash of the design seed and the address. */
  public static long cellSeed(long seed, int array, int row, int col) {
    long h = mix(seed ^ 0x5DEECE66DL);
    h = mix(h + array);
    h = mix(h + row);
    return mix(h + col);
  }

  private CellResult run(int array, int row, int col, int level, List<Integer> reads,
      List<Pulse> pulses) {
    int lo = windowLow(level);
    int hi = windowHigh(level);
    SplittableRandom random = new SplittableRandom(cellSeed(seed, array, row, col));
    int stuck = device.drawStuck(random);
    double g = device.drawInitial(random);
    if (stuck != 0) {
      g = stuck < 0 ? grid.gminMicrosiemens() : grid.gmaxMicrosiemens();
    }
    int count = 0;
    int amplitude = 0;
    Polarity last = null;
    while (true) {
      int read = device.read(g, random);
      if (reads != null) {
        reads.add(read);
      }
      if (lo <= read && read <= hi) {
        return new CellResult(count, read, true, stuck != 0, g, grid.code(g));
      }
      if (count == budget) {
        return new CellResult(count, read, false, stuck != 0, g, grid.code(g));
      }
      Polarity polarity = read < lo ? Polarity.SET : Polarity.RESET;
      amplitude = nextAmplitude(polarity, last, amplitude);
      double after = polarity == Polarity.SET ? device.set(g, amplitude, random)
          : device.reset(g, amplitude, random);
      g = stuck != 0 ? g : after;
      if (pulses != null) {
        pulses.add(new Pulse(polarity, amplitude));
      }
      count++;
      last = polarity;
    }
  }

  private int nextAmplitude(Polarity polarity, Polarity last, int amplitude) {
    if (polarity == last) {
      return Math.min(amplitude + step, maxAmplitude);
    }
    return polarity == Polarity.SET ? setStart : resetStart;
  }

  private static long mix(long z) {
    z += 0x9E3779B97F4A7C15L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
