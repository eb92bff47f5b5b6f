package cimc.golden;

/**
 * The pulse-response table of one write-verify job: reads r_0 .. r_n, pulses 1 .. n with their
 * polarity and amplitude code, and the outcome.
 *
 * @param set per pulse, true for SET and false for RESET
 * @param pass true when the last read lies in the window
 */
public record PulseTrace(ProgramJob job, int[] reads, boolean[] set, int[] amplitudes,
    boolean pass) {
  public int pulses() {
    return set.length;
  }

  /** The last read, which the hardware reports as the job's code. */
  public int finalCode() {
    return reads[reads.length - 1];
  }
}
