package cimc.rtl.regs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The registers of one APB slave. {@code name} is the RTL module name (lower_snake) and
 * {@code prefix} starts every C macro (UPPER_SNAKE). {@code addressWidth} is the width of
 * PADDR in bits, 3 to 32; every offset must be below 2^addressWidth.
 */
public record RegisterMap(String name, String prefix, int addressWidth,
    List<Register> registers) {
  private static final Pattern PREFIX = Pattern.compile("[A-Z][A-Z0-9_]*");

  public RegisterMap {
    if (name == null || !Field.LOWER_SNAKE.matcher(name).matches()) {
      throw new IllegalArgumentException("register map name '" + name
          + "' is not lower_snake; write it like cim_regs");
    }
    if (prefix == null || !PREFIX.matcher(prefix).matches()) {
      throw new IllegalArgumentException("C prefix '" + prefix + "' is not UPPER_SNAKE");
    }
    if (addressWidth < 3 || addressWidth > 32) {
      throw new IllegalArgumentException("address width " + addressWidth
          + " is out of range 3..32");
    }
    registers = List.copyOf(registers);
    check(registers, addressWidth);
  }

  private static void check(List<Register> registers, int addressWidth) {
    if (registers.stream().noneMatch(r -> r.access().readable())) {
      throw new IllegalArgumentException("a register map needs at least one readable register");
    }
    Map<Integer, String> offsets = new HashMap<>();
    Map<String, Integer> names = new HashMap<>();
    for (Register register : registers) {
      if (addressWidth < 32 && register.offset() >= (1L << addressWidth)) {
        throw new IllegalArgumentException("register " + register.name() + " offset 0x"
            + Integer.toHexString(register.offset()) + " does not fit in " + addressWidth
            + " address bits; widen the address or move the register");
      }
      String clash = offsets.putIfAbsent(register.offset(), register.name());
      if (clash != null) {
        throw new IllegalArgumentException("registers " + clash + " and " + register.name()
            + " share offset 0x" + Integer.toHexString(register.offset()));
      }
      if (names.putIfAbsent(register.name(), register.offset()) != null) {
        throw new IllegalArgumentException("register name " + register.name()
            + " appears twice");
      }
    }
  }

  /** Returns a copy of this map with {@code more} registers appended after the others. */
  public RegisterMap with(List<Register> more) {
    List<Register> all = new ArrayList<>(registers);
    all.addAll(more);
    return new RegisterMap(name, prefix, addressWidth, all);
  }
}
