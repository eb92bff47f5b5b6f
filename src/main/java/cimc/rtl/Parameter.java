package cimc.rtl;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A {@code parameter} in the module header or a {@code localparam} in the body, with its
 * comment. Names are UpperCamel as in the lowRISC style guide.
 */
public record Parameter(String name, DataType type, Expr value, String comment, boolean local) {
  private static final Pattern UPPER_CAMEL = Pattern.compile("[A-Z][A-Za-z0-9]*");

  public Parameter {
    if (!UPPER_CAMEL.matcher(Objects.requireNonNull(name, "name")).matches()) {
      throw new IllegalArgumentException("parameter name '" + name
          + "' is not UpperCamel; write it like DataWidth");
    }
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(value, "value");
    if (comment == null || comment.isBlank()) {
      throw new IllegalArgumentException("parameter " + name + " needs a comment");
    }
  }

  /** Creates an overridable {@code parameter int}. */
  public static Parameter of(String name, int value, String comment) {
    return new Parameter(name, DataType.integer(), Expr.intConst(value), comment, false);
  }

  public static Parameter local(String name, DataType type, Expr value, String comment) {
    return new Parameter(name, type, value, comment, true);
  }
}
