package cimc.golden;

/**
 * One memory cell as the write-verify loop sees it: a sense read returns a conductance code, a
 * pulse moves the conductance. Implementations must be deterministic for a given cell.
 */
public interface CellResponse {
  /** Senses the cell and returns its conductance code, 0 .. maxCode. */
  int read();

  /**
   * Applies one programming pulse.
   *
   * @param set true for SET (raises the conductance), false for RESET (lowers it)
   * @param amplitude unsigned amplitude code
   */
  void pulse(boolean set, int amplitude);
}
