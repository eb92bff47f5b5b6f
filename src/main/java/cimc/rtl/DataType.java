package cimc.rtl;

import java.util.Objects;

/**
 * The type of a port, parameter or variable: {@code logic} with an optional packed range and
 * signedness, {@code int}, or a named type such as a state enum. Packed ranges are always
 * written {@code [msb:lsb]} with the larger index first.
 */
public record DataType(Kind kind, boolean signed, Expr msb, Expr lsb, String typeName) {
  /** The base of a type. */
  public enum Kind { LOGIC, INT, NAMED }

  public DataType {
    Objects.requireNonNull(kind, "kind");
    if ((msb == null) != (lsb == null)) {
      throw new IllegalArgumentException("a packed range needs both msb and lsb");
    }
    if (kind != Kind.LOGIC && msb != null) {
      throw new IllegalArgumentException("only logic takes a packed range, not " + kind);
    }
    if (kind == Kind.NAMED) {
      Expr.id(typeName);
    }
  }

  /** Returns a single bit. */
  public static DataType logic() {
    return new DataType(Kind.LOGIC, false, null, null, null);
  }

  /** Returns a vector of {@code width} bits, {@code [width-1:0]}, or a single bit for 1. */
  public static DataType logic(int width) {
    if (width < 1) {
      throw new IllegalArgumentException("width " + width + " is below 1");
    }
    if (width == 1) {
      return logic();
    }
    return new DataType(Kind.LOGIC, false, Expr.intConst(width - 1), Expr.intConst(0), null);
  }

  /** Returns a vector whose width is a parameter: {@code [Width-1:0]}. */
  public static DataType logic(String widthParameter) {
    Expr msb = Expr.binary(Expr.id(widthParameter), Expr.BinaryOp.SUB, Expr.intConst(1));
    return new DataType(Kind.LOGIC, false, msb, Expr.intConst(0), null);
  }

  public static DataType integer() {
    return new DataType(Kind.INT, false, null, null, null);
  }

  public static DataType named(String typeName) {
    return new DataType(Kind.NAMED, false, null, null, typeName);
  }

  /** Returns the same type, declared {@code signed}. */
  public DataType asSigned() {
    if (kind != Kind.LOGIC) {
      throw new IllegalArgumentException("only logic can be declared signed, not " + kind);
    }
    return new DataType(kind, true, msb, lsb, typeName);
  }
}
