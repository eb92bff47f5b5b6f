package cimc.rtl;

import java.util.List;

/** Ports of one interface, written together under one comment line. */
public record PortGroup(String comment, List<Port> ports) {
  public PortGroup {
    if (comment == null || comment.isBlank()) {
      throw new IllegalArgumentException("a port group needs a comment naming its interface");
    }
    ports = List.copyOf(ports);
    if (ports.isEmpty()) {
      throw new IllegalArgumentException("port group '" + comment + "' has no ports");
    }
  }

  public static PortGroup of(String comment, Port... ports) {
    return new PortGroup(comment, List.of(ports));
  }
}
