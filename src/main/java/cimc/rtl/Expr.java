package cimc.rtl;

import java.math.BigInteger;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An immutable SystemVerilog expression. Build one with the static factories; {@link
 * VerilogWriter} renders it with the fewest parentheses that keep the SystemVerilog operator
 * precedence (IEEE 1800-2017 table 11-2) and left associativity intact.
 */
public sealed interface Expr {
  Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_$]*");

  /** Radix of a sized literal. */
  enum Radix {
    BIN('b', 2), DEC('d', 10), HEX('h', 16);

    final char letter;
    final int base;

    Radix(char letter, int base) {
      this.letter = letter;
      this.base = base;
    }
  }

  /** Binary operators. An operator with a larger precedence binds tighter. */
  enum BinaryOp {
    MUL("*", 11), DIV("/", 11), MOD("%", 11),
    ADD("+", 10), SUB("-", 10),
    SHL("<<", 9), SHR(">>", 9), ASHR(">>>", 9),
    LT("<", 8), LE("<=", 8), GT(">", 8), GE(">=", 8),
    EQ("==", 7), NE("!=", 7), CASE_EQ("===", 7), CASE_NE("!==", 7),
    AND("&", 6), XOR("^", 5), OR("|", 4),
    LOGIC_AND("&&", 3), LOGIC_OR("||", 2);

    final String symbol;
    final int precedence;

    BinaryOp(String symbol, int precedence) {
      this.symbol = symbol;
      this.precedence = precedence;
    }
  }

  /** Unary operators, reduction operators included. */
  enum UnaryOp {
    NOT("~"), LOGIC_NOT("!"), NEG("-"), REDUCE_AND("&"), REDUCE_OR("|"), REDUCE_XOR("^");

    final String symbol;

    UnaryOp(String symbol) {
      this.symbol = symbol;
    }
  }

  /** A system function that takes one argument. */
  enum SystemFunction {
    SIGNED("$signed"), UNSIGNED("$unsigned"), CLOG2("$clog2"), ISUNKNOWN("$isunknown");

    final String text;

    SystemFunction(String text) {
      this.text = text;
    }
  }

  /** Precedence used by the writer to decide on parentheses. */
  int precedence();

  static Expr id(String name) {
    return new Ident(name);
  }

  /** Returns an unsigned literal of {@code width} bits, 1 to 1024, written in {@code radix}. */
  static Expr lit(int width, long value, Radix radix) {
    return new Literal(width, BigInteger.valueOf(value), false, radix);
  }

  /** Returns an unsigned decimal literal such as {@code 4'd3}. */
  static Expr lit(int width, long value) {
    return lit(width, value, Radix.DEC);
  }

  /** Returns an unsigned hexadecimal literal such as {@code 8'h0f}, zero-padded to the width. */
  static Expr hex(int width, long value) {
    return lit(width, value, Radix.HEX);
  }

  /** Returns an unsigned binary literal such as {@code 2'b01}, zero-padded to the width. */
  static Expr bin(int width, long value) {
    return lit(width, value, Radix.BIN);
  }

  /** Returns a signed decimal literal: {@code 4'sd3}, or {@code -4'sd3} for a negative value. */
  static Expr signedLit(int width, long value) {
    Expr magnitude = new Literal(width, BigInteger.valueOf(value).abs(), true, Radix.DEC);
    return value < 0 ? new Unary(UnaryOp.NEG, magnitude) : magnitude;
  }

  /** Returns an unsized integer for loop bounds, indices and parameter values. */
  static Expr intConst(int value) {
    return new IntConst(value);
  }

  static Expr unary(UnaryOp op, Expr operand) {
    return new Unary(op, operand);
  }

  static Expr not(Expr operand) {
    return new Unary(UnaryOp.NOT, operand);
  }

  static Expr logicNot(Expr operand) {
    return new Unary(UnaryOp.LOGIC_NOT, operand);
  }

  static Expr binary(Expr left, BinaryOp op, Expr right) {
    return new Binary(left, op, right);
  }

  static Expr ternary(Expr condition, Expr whenTrue, Expr whenFalse) {
    return new Ternary(condition, whenTrue, whenFalse);
  }

  static Expr concat(Expr... parts) {
    return concat(List.of(parts));
  }

  static Expr concat(List<Expr> parts) {
    return new Concat(List.copyOf(parts));
  }

  /** Returns {@code {count{value}}}. The count must be a constant expression of at least 1. */
  static Expr replicate(Expr count, Expr value) {
    return new Replicate(count, value);
  }

  static Expr index(Expr target, Expr bit) {
    return new Index(target, bit);
  }

  static Expr index(String target, int bit) {
    return new Index(id(target), intConst(bit));
  }

  /** Returns the part select {@code target[msb:lsb]}. */
  static Expr slice(Expr target, Expr msb, Expr lsb) {
    return new Slice(target, msb, lsb);
  }

  static Expr slice(String target, int msb, int lsb) {
    if (msb < lsb) {
      throw new IllegalArgumentException("part select " + target + "[" + msb + ":" + lsb
          + "] has msb below lsb; write the larger bit index first");
    }
    return new Slice(id(target), intConst(msb), intConst(lsb));
  }

  static Expr call(SystemFunction function, Expr argument) {
    return new Call(function, argument);
  }

  static Expr signed(Expr argument) {
    return new Call(SystemFunction.SIGNED, argument);
  }

  static Expr unsigned(Expr argument) {
    return new Call(SystemFunction.UNSIGNED, argument);
  }

  /** Returns {@code this op right}. */
  default Expr op(BinaryOp op, Expr right) {
    return new Binary(this, op, right);
  }

  private static void requireSelectable(Expr target) {
    if (!(target instanceof Ident) && !(target instanceof Index)) {
      throw new IllegalArgumentException("bit or part select of " + target
          + " is not allowed; select from a named signal or an array element");
    }
  }

  /** A named signal, parameter or genvar. */
  record Ident(String name) implements Expr {
    public Ident {
      if (!IDENTIFIER.matcher(Objects.requireNonNull(name, "name")).matches()) {
        throw new IllegalArgumentException("invalid identifier '" + name
            + "'; use letters, digits and underscores, not starting with a digit");
      }
    }

    @Override
    public int precedence() {
      return 20;
    }
  }

  /** A sized literal; the value must fit in the width as an unsigned magnitude. */
  record Literal(int width, BigInteger value, boolean signed, Radix radix) implements Expr {
    public Literal {
      if (width < 1 || width > 1024) {
        throw new IllegalArgumentException("literal width " + width + " is out of range 1..1024");
      }
      if (value.signum() < 0 || value.bitLength() > width) {
        throw new IllegalArgumentException("literal value " + value + " does not fit in "
            + width + " bits; widen the literal or reduce the value");
      }
    }

    @Override
    public int precedence() {
      return 20;
    }
  }

  /** An unsized integer, used for loop bounds, indices and parameter values. */
  record IntConst(int value) implements Expr {
    @Override
    public int precedence() {
      return value < 0 ? 12 : 20;
    }
  }

  record Unary(UnaryOp op, Expr operand) implements Expr {
    @Override
    public int precedence() {
      return 12;
    }
  }

  record Binary(Expr left, BinaryOp op, Expr right) implements Expr {
    @Override
    public int precedence() {
      return op.precedence;
    }
  }

  record Ternary(Expr condition, Expr whenTrue, Expr whenFalse) implements Expr {
    @Override
    public int precedence() {
      return 1;
    }
  }

  record Concat(List<Expr> parts) implements Expr {
    public Concat {
      if (parts.isEmpty()) {
        throw new IllegalArgumentException("concatenation needs at least one part");
      }
    }

    @Override
    public int precedence() {
      return 20;
    }
  }

  record Replicate(Expr count, Expr value) implements Expr {
    @Override
    public int precedence() {
      return 20;
    }
  }

  record Index(Expr target, Expr bit) implements Expr {
    public Index {
      requireSelectable(target);
    }

    @Override
    public int precedence() {
      return 20;
    }
  }

  record Slice(Expr target, Expr msb, Expr lsb) implements Expr {
    public Slice {
      requireSelectable(target);
    }

    @Override
    public int precedence() {
      return 20;
    }
  }

  record Call(SystemFunction function, Expr argument) implements Expr {
    @Override
    public int precedence() {
      return 20;
    }
  }
}
