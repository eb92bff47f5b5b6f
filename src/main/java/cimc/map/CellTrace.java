package cimc.map;

import java.util.List;

/**
 * The pulse-response table of one cell: reads {@code r_0 .. r_n} (conductance codes), the
 * pulses {@code 1 .. n} between them, and the result. {@code reads().size()} is always
 * {@code pulses().size() + 1}.
 */
public record CellTrace(int array, int row, int col, int level, int windowLow, int windowHigh,
    List<Integer> reads, List<Pulse> pulses, CellResult result) {
  public CellTrace {
    reads = List.copyOf(reads);
    pulses = List.copyOf(pulses);
  }
}
