package cimc.map;

import cimc.hw.ConductanceGrid;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Totals of a programming run: cell counts by status, pulses, the first failed or stuck cells
 * in array order, and per level the histogram and moments of the final true conductance.
 * Partial totals of single arrays are merged in array order, so the floating-point sums do not
 * depend on the thread count.
 */
public final class ProgramStats {
  /** Failed and stuck cells kept for the report; all of them are in the map CSV files. */
  public static final int LISTED_FAILURES = 100;
  /** Histogram bins per conductance code. */
  public static final int BINS_PER_CODE = 4;

  private final ConductanceGrid grid;
  private final long[] statusCounts = new long[CellStatus.values().length];
  private long pulseSum;
  private int pulseMax;
  private final List<FailedCell> failures = new ArrayList<>();
  private final long[][] histogram;
  private final long[] levelCount;
  private final double[] levelSum;
  private final double[] levelSumSquares;

  public ProgramStats(ConductanceGrid grid) {
    this.grid = grid;
    histogram = new long[grid.levels()][grid.maxCode() * BINS_PER_CODE + 1];
    levelCount = new long[grid.levels()];
    levelSum = new double[grid.levels()];
    levelSumSquares = new double[grid.levels()];
  }

  static ProgramStats of(ArrayOutcome o, ConductanceGrid grid, int cols) {
    ProgramStats s = new ProgramStats(grid);
    for (int cell = 0; cell < o.levels.length; cell++) {
      CellStatus status = o.status[cell];
      s.statusCounts[status.ordinal()]++;
      if (status == CellStatus.UNUSED) {
        continue;
      }
      s.addProgrammed(o.levels[cell], o.pulses[cell], o.finalMicrosiemens[cell]);
      if (status != CellStatus.PASS && s.failures.size() < LISTED_FAILURES) {
        s.failures.add(new FailedCell(o.tile.array(), cell / cols, cell % cols, o.tile.layer(),
            o.levels[cell], status, o.pulses[cell], o.codes[cell]));
      }
    }
    return s;
  }

  private void addProgrammed(int level, int pulses, double microsiemens) {
    pulseSum += pulses;
    pulseMax = Math.max(pulseMax, pulses);
    double codes = (microsiemens - grid.gminMicrosiemens()) / grid.codeStep();
    int bin = (int) Math.round(codes * BINS_PER_CODE);
    histogram[level][Math.max(0, Math.min(histogram[level].length - 1, bin))]++;
    levelCount[level]++;
    levelSum[level] += microsiemens;
    levelSumSquares[level] += microsiemens * microsiemens;
  }

  /** Adds the totals of the next array; call in array order. */
  void merge(ProgramStats other) {
    for (int i = 0; i < statusCounts.length; i++) {
      statusCounts[i] += other.statusCounts[i];
    }
    pulseSum += other.pulseSum;
    pulseMax = Math.max(pulseMax, other.pulseMax);
    for (FailedCell f : other.failures) {
      if (failures.size() < LISTED_FAILURES) {
        failures.add(f);
      }
    }
    for (int k = 0; k < levelCount.length; k++) {
      levelCount[k] += other.levelCount[k];
      levelSum[k] += other.levelSum[k];
      levelSumSquares[k] += other.levelSumSquares[k];
      for (int b = 0; b < histogram[k].length; b++) {
        histogram[k][b] += other.histogram[k][b];
      }
    }
  }

  public long count(CellStatus status) {
    return statusCounts[status.ordinal()];
  }

  /** Cells that were programmed, every status but UNUSED. */
  public long programmedCells() {
    return count(CellStatus.PASS) + count(CellStatus.FAIL) + count(CellStatus.STUCK);
  }

  public long pulseSum() {
    return pulseSum;
  }

  public int pulseMax() {
    return pulseMax;
  }

  /** Mean pulses per programmed cell; 0 when no cell was programmed. */
  public double pulseMean() {
    long n = programmedCells();
    return n == 0 ? 0 : (double) pulseSum / n;
  }

  /** The first {@link #LISTED_FAILURES} failed or stuck cells in array, row, column order. */
  public List<FailedCell> failures() {
    return Collections.unmodifiableList(failures);
  }

  /** Final-conductance histogram of a level; bin b is centred on code {@code b / 4}. */
  public long[] histogram(int level) {
    return histogram[level].clone();
  }

  public long levelCount(int level) {
    return levelCount[level];
  }

  /** Mean final true conductance of a level's cells in microsiemens, NaN without cells. */
  public double levelMean(int level) {
    return levelCount[level] == 0 ? Double.NaN : levelSum[level] / levelCount[level];
  }

  /** Population standard deviation of a level's final conductance in microsiemens. */
  public double levelSigma(int level) {
    if (levelCount[level] == 0) {
      return Double.NaN;
    }
    double mean = levelMean(level);
    return Math.sqrt(Math.max(0, levelSumSquares[level] / levelCount[level] - mean * mean));
  }
}
