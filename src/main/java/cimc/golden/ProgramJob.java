package cimc.golden;

/** One write-verify job: a cell and its verify window in conductance codes, inclusive. */
public record ProgramJob(int array, int row, int col, int lo, int hi) {
  public ProgramJob {
    if (lo < 0 || hi < lo) {
      throw new IllegalArgumentException("verify window [" + lo + ", " + hi + "] is invalid");
    }
  }
}
