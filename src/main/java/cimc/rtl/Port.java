package cimc.rtl;

import java.util.Objects;

/**
 * A module port. Names follow the lowRISC suffixes: inputs end in {@code _i} (or {@code _ni}
 * when active low), outputs in {@code _o} (or {@code _no}). Unpacked array ports are not
 * offered because Yosys 0.23 does not read them.
 */
public record Port(String name, Direction direction, DataType type) {
  /** Port direction; bidirectional ports are not part of the synthesizable subset used here. */
  public enum Direction {
    INPUT("input"), OUTPUT("output");

    final String keyword;

    Direction(String keyword) {
      this.keyword = keyword;
    }
  }

  public Port {
    Expr.id(name);
    Objects.requireNonNull(direction, "direction");
    Objects.requireNonNull(type, "type");
    boolean input = name.endsWith("_i") || name.endsWith("_ni");
    boolean output = name.endsWith("_o") || name.endsWith("_no");
    if (direction == Direction.INPUT && !input || direction == Direction.OUTPUT && !output) {
      throw new IllegalArgumentException("port '" + name + "' is an " + direction.keyword
          + " and must end in " + (direction == Direction.INPUT ? "_i or _ni" : "_o or _no"));
    }
  }

  public static Port input(String name, DataType type) {
    return new Port(name, Direction.INPUT, type);
  }

  public static Port output(String name, DataType type) {
    return new Port(name, Direction.OUTPUT, type);
  }
}
