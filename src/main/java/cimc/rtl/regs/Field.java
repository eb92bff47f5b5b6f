package cimc.rtl.regs;

import java.util.regex.Pattern;

/**
 * A bit field {@code [msb:lsb]} of a register, with its reset value and a one-line
 * description. Names are lower_snake so that they form port names such as
 * {@code ctrl_enable_o}.
 */
public record Field(String name, int msb, int lsb, long reset, String description) {
  static final Pattern LOWER_SNAKE = Pattern.compile("[a-z][a-z0-9]*(_[a-z0-9]+)*");

  public Field {
    if (name == null || !LOWER_SNAKE.matcher(name).matches()) {
      throw new IllegalArgumentException("field name '" + name
          + "' is not lower_snake; write it like pulse_width");
    }
    if (lsb < 0 || msb < lsb || msb > 31) {
      throw new IllegalArgumentException("field " + name + " has bits [" + msb + ":" + lsb
          + "]; accepted are 31 >= msb >= lsb >= 0");
    }
    if (reset < 0 || reset > mask(msb - lsb + 1)) {
      throw new IllegalArgumentException("field " + name + " reset value " + reset
          + " does not fit in " + (msb - lsb + 1) + " bits");
    }
    if (description == null || description.isBlank() || description.contains("\n")) {
      throw new IllegalArgumentException("field " + name + " needs a one-line description");
    }
  }

  /** Creates a field with reset value 0. */
  public static Field of(String name, int msb, int lsb, String description) {
    return new Field(name, msb, lsb, 0, description);
  }

  public int width() {
    return msb - lsb + 1;
  }

  /** Returns the mask in register position, for example 0x0000ff00 for bits [15:8]. */
  public long mask() {
    return mask(width()) << lsb;
  }

  private static long mask(int width) {
    return (1L << width) - 1;
  }
}
