package cimc.rtl.constraints;

import cimc.rtl.ModuleSpec;
import cimc.rtl.Port;
import cimc.rtl.PortGroup;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Timing constraints of one clock domain: the clock port and period, input and output delays
 * per port group as a fraction of the period, and the asynchronous reset port that gets a false
 * path. {@link SdcWriter} and {@link XdcWriter} write them for different tools.
 */
public record TimingConstraints(String design, String clock, double periodNs, String reset,
    List<IoGroup> groups) {
  /**
   * Ports whose external delay is {@code fraction} of the clock period, 0 to 1. Inputs get
   * {@code set_input_delay}, outputs {@code set_output_delay}.
   */
  public record IoGroup(String comment, List<Port> ports, double fraction) {
    public IoGroup {
      Objects.requireNonNull(comment, "comment");
      ports = List.copyOf(ports);
      if (!(fraction >= 0 && fraction <= 1)) {
        throw new IllegalArgumentException("I/O delay fraction " + fraction + " of group '"
            + comment + "' is out of range 0..1");
      }
    }
  }

  public TimingConstraints {
    Objects.requireNonNull(design, "design");
    Objects.requireNonNull(clock, "clock");
    if (!(periodNs > 0 && periodNs < 1e6)) {
      throw new IllegalArgumentException("clock period " + periodNs
          + " ns is out of range; give a positive period below 1 ms");
    }
    groups = List.copyOf(groups);
  }

  /**
   * Builds constraints for every port group of {@code module} other than the clock and reset,
   * all with the same delay {@code fraction}.
   */
  public static TimingConstraints of(ModuleSpec module, String clock, String reset,
      double periodNs, double fraction) {
    List<IoGroup> groups = new ArrayList<>();
    for (PortGroup group : module.portGroups()) {
      List<Port> ports = group.ports().stream()
          .filter(p -> !p.name().equals(clock) && !p.name().equals(reset)).toList();
      if (!ports.isEmpty()) {
        groups.add(new IoGroup(group.comment(), ports, fraction));
      }
    }
    return new TimingConstraints(module.name(), clock, periodNs, reset, groups);
  }
}
