package cimc.map;

/** Outcome of programming one cell. */
public enum CellStatus {
  /** A read fell inside the verify window. */
  PASS,
  /** The pulse budget ran out before a read fell inside the window. */
  FAIL,
  /** The cell is stuck at Gmin or Gmax; pulses do not move it, whatever verify reported. */
  STUCK,
  /** A padded cell without a weight, which is not programmed and keeps code 0. */
  UNUSED
}
