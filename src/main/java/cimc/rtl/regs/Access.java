package cimc.rtl.regs;

/** Access type of a register, as seen by software and by hardware. */
public enum Access {
  /** Software reads and writes, and the stored value drives a hardware output. */
  RW,
  /** Software reads a value that hardware drives; writes are rejected with PSLVERR. */
  RO,
  /** Hardware sets bits; software reads them and writes 1 to clear. */
  W1C,
  /**
   * Write-only FIFO push: a write stores the fields and raises a push strobe for one clock
   * cycle in the next cycle; reads return 0.
   */
  WO_PUSH,
  /** Read-only constant equal to the reset value, such as a version or ID; no ports. */
  CONST;

  /** Returns whether a software write is accepted. */
  public boolean writable() {
    return this == RW || this == W1C || this == WO_PUSH;
  }

  /** Returns whether a read returns the register contents rather than 0. */
  public boolean readable() {
    return this != WO_PUSH;
  }
}
