package cimc.verify;

import cimc.hw.HardwareSpec;
import cimc.hw.PulseConfig;
import java.util.List;
import java.util.Map;

/** The register layout of the generated cim_top for one design. */
final class RtlRegisters {
  private RtlRegisters() {}

  // TODO: read the offsets from the RTL generator's register map once it is on this branch;
  // these values copy its current CTRL..PROG_FAILS layout.
  static RegisterLayout layout(HardwareSpec spec) {
    Map<String, Integer> offsets = Map.ofEntries(Map.entry("CTRL", 0x000),
        Map.entry("STATUS", 0x004), Map.entry("IRQ_STATUS", 0x008),
        Map.entry("IRQ_ENABLE", 0x00c), Map.entry("INPUT_ADDR", 0x010),
        Map.entry("INPUT_DATA", 0x014), Map.entry("RESULT", 0x018),
        Map.entry("JOB_ADDR", 0x01c), Map.entry("JOB_WINDOW", 0x020),
        Map.entry("JOB_PUSH", 0x024), Map.entry("PROG_PULSES", 0x030),
        Map.entry("PROG_FAILS", 0x034));
    Map<String, Integer> fields = Map.ofEntries(Map.entry("CTRL.start_infer", 0),
        Map.entry("CTRL.start_prog", 1), Map.entry("CTRL.clear", 2),
        Map.entry("STATUS.busy", 0), Map.entry("STATUS.done", 1),
        Map.entry("IRQ_STATUS.infer_done", 0), Map.entry("IRQ_STATUS.prog_done", 1),
        Map.entry("JOB_ADDR.col", 0), Map.entry("JOB_ADDR.row", 8),
        Map.entry("JOB_ADDR.array", 16), Map.entry("JOB_WINDOW.hi", 8));
    PulseConfig p = spec.pulses();
    long amp = p.setStart() | (p.resetStart() << 8) | (p.ampStep() << 16)
        | ((long) p.ampMax() << 24);
    long time = p.widthCycles() | ((long) p.budget() << 16);
    return new RegisterLayout(offsets, fields, 4,
        List.of(new long[] {0x028, amp}, new long[] {0x02c, time}));
  }
}
