package cimc.map;

/** A cell that failed verify or is stuck, with its address and what happened. */
public record FailedCell(int array, int row, int col, int layer, int level, CellStatus status,
    int pulses, int code) {}
