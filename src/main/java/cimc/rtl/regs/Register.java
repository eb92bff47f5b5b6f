package cimc.rtl.regs;

import java.util.List;
import java.util.regex.Pattern;

/**
 * One 32-bit register at a byte offset on the APB bus. Offsets are multiples of 4; fields do
 * not overlap. The reset value is the fields' reset values in place.
 */
public record Register(String name, int offset, Access access, String description,
    List<Field> fields) {
  private static final Pattern UPPER_SNAKE = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*");

  public Register {
    if (name == null || !UPPER_SNAKE.matcher(name).matches()) {
      throw new IllegalArgumentException("register name '" + name
          + "' is not UPPER_SNAKE; write it like IRQ_STATUS");
    }
    if (offset < 0 || offset % 4 != 0) {
      throw new IllegalArgumentException("register " + name + " offset " + offset
          + " is not a non-negative multiple of 4");
    }
    if (access == null) {
      throw new IllegalArgumentException("register " + name + " needs an access type");
    }
    if (description == null || description.isBlank() || description.contains("\n")) {
      throw new IllegalArgumentException("register " + name + " needs a one-line description");
    }
    fields = List.copyOf(fields);
    if (fields.isEmpty()) {
      throw new IllegalArgumentException("register " + name + " has no fields");
    }
    checkFields(name, fields);
  }

  public static Register of(String name, int offset, Access access, String description,
      Field... fields) {
    return new Register(name, offset, access, description, List.of(fields));
  }

  private static void checkFields(String name, List<Field> fields) {
    long used = 0;
    for (int i = 0; i < fields.size(); i++) {
      Field field = fields.get(i);
      if ((used & field.mask()) != 0) {
        throw new IllegalArgumentException("field " + field.name() + " of register " + name
            + " overlaps an earlier field at bits [" + field.msb() + ":" + field.lsb() + "]");
      }
      used |= field.mask();
      for (int j = 0; j < i; j++) {
        if (fields.get(j).name().equals(field.name())) {
          throw new IllegalArgumentException("register " + name + " has two fields named "
              + field.name());
        }
      }
    }
  }

  /** Returns the reset value of the whole register, 0 to 2^32-1. */
  public long reset() {
    long value = 0;
    for (Field field : fields) {
      value |= field.reset() << field.lsb();
    }
    return value;
  }

  /** Lower-case name used in RTL signal names, for example {@code irq_status}. */
  public String signalName() {
    return name.toLowerCase(java.util.Locale.ROOT);
  }

  /** Fields sorted from the most significant down, as a read concatenation needs them. */
  List<Field> fieldsFromMsb() {
    return fields.stream().sorted((a, b) -> Integer.compare(b.lsb(), a.lsb())).toList();
  }
}
