package cimc.rtl.constraints;

/** Writes timing constraints as a Vivado XDC file, which references clocks by object. */
public final class XdcWriter {
  private XdcWriter() {}

  public static String write(TimingConstraints constraints) {
    return SdcFormat.write(constraints, "Vivado XDC", clock -> "[get_clocks " + clock + "]");
  }
}
