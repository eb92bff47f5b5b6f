package cimc.rtl.constraints;

/** Writes timing constraints as Synopsys Design Constraints (SDC) for ASIC flows. */
public final class SdcWriter {
  private SdcWriter() {}

  public static String write(TimingConstraints constraints) {
    return SdcFormat.write(constraints, "SDC", clock -> clock);
  }
}
