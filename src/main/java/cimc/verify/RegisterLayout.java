package cimc.verify;

/**
 * Where the testbench finds the cim_top registers it drives: APB byte offsets, the control,
 * status and interrupt bits, the JOB_WINDOW field split and the job FIFO depth.
 *
 * @param windowHiLsb bit of JOB_WINDOW where the upper bound starts; the lower bound sits below
 * @param jobFifoDepth jobs the program FIFO holds; the testbench pushes at most this many per run
 */
public record RegisterLayout(int ctrl, int status, int irqStatus, int irqEnable, int inputAddr,
    int inputData, int result, int jobAddr, int jobWindow, int jobPush, int pulseSetStart,
    int pulseResetStart, int pulseAmpStep, int pulseAmpMax, int pulseWidth, int pulseBudget,
    int progPulses, int progFails, int ctrlStartInfer, int ctrlStartProg, int ctrlClear,
    int statusBusy, int statusDone, int irqInfer, int irqProg, int windowHiLsb,
    int jobFifoDepth) {
  public RegisterLayout {
    if (jobFifoDepth < 1) {
      throw new IllegalArgumentException("job FIFO depth must be at least 1, got "
          + jobFifoDepth);
    }
    if (windowHiLsb < 1 || windowHiLsb > 16) {
      throw new IllegalArgumentException("JOB_WINDOW upper-bound bit " + windowHiLsb
          + " outside 1..16");
    }
  }
}
