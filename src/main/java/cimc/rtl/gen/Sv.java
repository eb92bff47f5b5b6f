package cimc.rtl.gen;

import cimc.rtl.DataType;
import cimc.rtl.Expr;
import cimc.rtl.Expr.BinaryOp;
import cimc.rtl.Item;
import cimc.rtl.Port;
import cimc.rtl.Stmt;
import java.util.List;

/** Short factories for the specification objects that the block generators use most. */
final class Sv {
  static final String CLK = "clk_i";
  static final String RST = "rst_ni";
  /** Widest sized literal the specification objects accept. */
  static final int MAX_LITERAL_BITS = 1024;

  private Sv() {}

  static Expr id(String name) {
    return Expr.id(name);
  }

  /** Returns a sized literal, or {@code {width{1'b0}}} for a zero wider than a literal can be. */
  static Expr lit(int width, long value) {
    if (value == 0 && width > MAX_LITERAL_BITS) {
      return Expr.replicate(Expr.intConst(width), zero());
    }
    return Expr.lit(width, value);
  }

  static Expr one() {
    return Expr.bin(1, 1);
  }

  static Expr zero() {
    return Expr.bin(1, 0);
  }

  static Expr bit(String name, int index) {
    return Expr.index(name, index);
  }

  static Expr slice(String name, int msb, int lsb) {
    return Expr.slice(name, msb, lsb);
  }

  static Expr op(Expr left, BinaryOp op, Expr right) {
    return Expr.binary(left, op, right);
  }

  static Expr add(Expr left, Expr right) {
    return op(left, BinaryOp.ADD, right);
  }

  static Expr sub(Expr left, Expr right) {
    return op(left, BinaryOp.SUB, right);
  }

  static Expr eq(Expr left, Expr right) {
    return op(left, BinaryOp.EQ, right);
  }

  static Expr ne(Expr left, Expr right) {
    return op(left, BinaryOp.NE, right);
  }

  static Expr and(Expr left, Expr right) {
    return op(left, BinaryOp.LOGIC_AND, right);
  }

  static Expr or(Expr left, Expr right) {
    return op(left, BinaryOp.LOGIC_OR, right);
  }

  static Expr not(Expr operand) {
    return Expr.logicNot(operand);
  }

  static Expr ternary(Expr condition, Expr whenTrue, Expr whenFalse) {
    return Expr.ternary(condition, whenTrue, whenFalse);
  }

  /** Zero-extends an unsigned {@code from}-bit value to {@code to} bits. */
  static Expr zext(Expr value, int from, int to) {
    if (to < from) {
      throw new IllegalArgumentException("cannot zero-extend " + from + " bits to " + to);
    }
    return to == from ? value : Expr.concat(lit(to - from, 0), value);
  }

  /** Sign-extends the {@code from}-bit signal {@code name} to a signed {@code to}-bit value. */
  static Expr sext(String name, int from, int to) {
    return sext(id(name), bit(name, from - 1), from, to);
  }

  /** Sign-extends {@code value} whose sign bit is {@code sign} to a signed {@code to} bits. */
  static Expr sext(Expr value, Expr sign, int from, int to) {
    if (to < from) {
      throw new IllegalArgumentException("cannot sign-extend " + from + " bits to " + to);
    }
    if (to == from) {
      return Expr.signed(value);
    }
    return Expr.signed(Expr.concat(Expr.replicate(Expr.intConst(to - from), sign), value));
  }

  static Port in(String name, int width) {
    return Port.input(name, DataType.logic(width));
  }

  static Port out(String name, int width) {
    return Port.output(name, DataType.logic(width));
  }

  static Port outSigned(String name, int width) {
    return Port.output(name, DataType.logic(width).asSigned());
  }

  static Item wires(int width, String... names) {
    return Item.declare(DataType.logic(width), names);
  }

  static Item signedWires(int width, String... names) {
    return Item.declare(DataType.logic(width).asSigned(), names);
  }

  static Stmt set(String name, Expr value) {
    return Stmt.assign(id(name), value);
  }

  static Stmt setNb(String name, Expr value) {
    return Stmt.assignNonBlocking(id(name), value);
  }

  static Stmt when(Expr condition, Stmt... then) {
    return Stmt.ifThen(condition, List.of(then));
  }

  /**
   * Builds one {@code always_ff} that copies every {@code name_d} into {@code name_q}, resetting
   * each {@code name_q} to the matching value of {@code resets}.
   */
  static Item registers(List<String> names, List<Expr> resets) {
    List<Stmt> reset = new java.util.ArrayList<>();
    List<Stmt> body = new java.util.ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      reset.add(setNb(names.get(i) + "_q", resets.get(i)));
      body.add(setNb(names.get(i) + "_q", id(names.get(i) + "_d")));
    }
    return Item.alwaysFf(CLK, RST, reset, body);
  }
}
