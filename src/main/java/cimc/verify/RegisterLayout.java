package cimc.verify;

import java.util.List;
import java.util.Map;

/**
 * Register positions of cim_top that the testbench drives: APB byte offsets by register name,
 * bit positions by {@code REGISTER.field}, the job FIFO depth, and the register writes that load
 * the write-verify pulse settings.
 *
 * @param offsets byte offset of each register the testbench uses: CTRL, STATUS, IRQ_STATUS,
 *     IRQ_ENABLE, INPUT_ADDR, INPUT_DATA, RESULT, JOB_ADDR, JOB_WINDOW, JOB_PUSH, PROG_PULSES,
 *     PROG_FAILS
 * @param fieldLsbs least significant bit of CTRL.start_infer, CTRL.start_prog, CTRL.clear,
 *     STATUS.busy, STATUS.done, IRQ_STATUS.infer_done, IRQ_STATUS.prog_done, JOB_ADDR.col,
 *     JOB_ADDR.row, JOB_ADDR.array, JOB_WINDOW.hi
 * @param jobFifoDepth jobs the program FIFO holds; the testbench pushes at most this many per run
 * @param pulseSetup (offset, value) pairs written before programming
 */
public record RegisterLayout(Map<String, Integer> offsets, Map<String, Integer> fieldLsbs,
    int jobFifoDepth, List<long[]> pulseSetup) {
  static final List<String> REGISTERS = List.of("CTRL", "STATUS", "IRQ_STATUS", "IRQ_ENABLE",
      "INPUT_ADDR", "INPUT_DATA", "RESULT", "JOB_ADDR", "JOB_WINDOW", "JOB_PUSH", "PROG_PULSES",
      "PROG_FAILS");
  static final List<String> FIELDS = List.of("CTRL.start_infer", "CTRL.start_prog",
      "CTRL.clear", "STATUS.busy", "STATUS.done", "IRQ_STATUS.infer_done",
      "IRQ_STATUS.prog_done", "JOB_ADDR.col", "JOB_ADDR.row", "JOB_ADDR.array", "JOB_WINDOW.hi");

  public RegisterLayout {
    offsets = Map.copyOf(offsets);
    fieldLsbs = Map.copyOf(fieldLsbs);
    pulseSetup = List.copyOf(pulseSetup);
    for (String name : REGISTERS) {
      if (!offsets.containsKey(name)) {
        throw new IllegalArgumentException("register map has no " + name + " register");
      }
    }
    for (String name : FIELDS) {
      if (!fieldLsbs.containsKey(name)) {
        throw new IllegalArgumentException("register map has no field " + name);
      }
    }
    if (jobFifoDepth < 1) {
      throw new IllegalArgumentException("job FIFO depth must be at least 1, got "
          + jobFifoDepth);
    }
  }

  public int offset(String register) {
    return offsets.get(register);
  }

  public int lsb(String field) {
    return fieldLsbs.get(field);
  }

  /** Returns the one-bit mask of the field. */
  public int bit(String field) {
    return 1 << lsb(field);
  }
}
