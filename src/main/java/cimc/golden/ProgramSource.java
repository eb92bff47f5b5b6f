package cimc.golden;

import cimc.hw.PulseConfig;

/**
 * Source of the write-verify tables of a vector folder: the level each cell is programmed to,
 * and the cell's pulse-response table for that level.
 */
public interface ProgramSource {
  /**
   * Returns the pulse settings the traces are made with. The vector writer rejects a hardware
   * spec whose settings differ, because the RTL and the testbench run with the spec's.
   */
  PulseConfig pulses();

  /** Returns the level (0 .. levels-1) that cell (array, row, col) is programmed to. */
  int level(int array, int row, int col);

  /** Programs one cell to {@code level} and returns its pulse-response table. */
  PulseTrace trace(int array, int row, int col, int level);
}
