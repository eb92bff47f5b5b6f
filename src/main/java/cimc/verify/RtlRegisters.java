package cimc.verify;

import cimc.hw.HardwareSpec;
import cimc.hw.PulseConfig;
import cimc.rtl.gen.ControllerRegisters;
import cimc.rtl.gen.RtlParams;
import cimc.rtl.regs.Field;
import cimc.rtl.regs.Register;
import cimc.rtl.regs.RegisterMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The register layout of the generated cim_top for one design, read from the RTL generator. */
public final class RtlRegisters {
  private RtlRegisters() {}

  public static RegisterLayout layout(HardwareSpec spec) {
    RegisterMap map = ControllerRegisters.create(RtlParams.from(spec));
    Map<String, Integer> offsets = new HashMap<>();
    Map<String, Integer> lsbs = new HashMap<>();
    for (Register register : map.registers()) {
      offsets.put(register.name(), register.offset());
      for (Field field : register.fields()) {
        lsbs.put(register.name() + "." + field.name(), field.lsb());
      }
    }
    PulseConfig p = spec.pulses();
    long amp = ((long) p.setStart() << lsbs.get("PULSE_CFG_AMP.set_start"))
        | ((long) p.resetStart() << lsbs.get("PULSE_CFG_AMP.reset_start"))
        | ((long) p.ampStep() << lsbs.get("PULSE_CFG_AMP.step"))
        | ((long) p.ampMax() << lsbs.get("PULSE_CFG_AMP.max"));
    long time = ((long) p.widthCycles() << lsbs.get("PULSE_CFG_TIME.width"))
        | ((long) p.budget() << lsbs.get("PULSE_CFG_TIME.budget"));
    List<long[]> setup = List.of(new long[] {offsets.get("PULSE_CFG_AMP"), amp},
        new long[] {offsets.get("PULSE_CFG_TIME"), time});
    return new RegisterLayout(offsets, lsbs, RtlParams.FIFO_DEPTH, setup);
  }
}
