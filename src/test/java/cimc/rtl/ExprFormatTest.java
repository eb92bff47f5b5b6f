package cimc.rtl;

import static cimc.rtl.Expr.binary;
import static cimc.rtl.Expr.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cimc.rtl.Expr.BinaryOp;
import cimc.rtl.Expr.UnaryOp;
import org.junit.jupiter.api.Test;

class ExprFormatTest {
  private static final Expr A = id("a");
  private static final Expr B = id("b");
  private static final Expr C = id("c");

  private static String text(Expr expr) {
    return ExprFormat.flat(expr);
  }

  @Test
  void literalsSizedAndPadded() {
    assertEquals("4'sd3", text(Expr.signedLit(4, 3)));
    assertEquals("-4'sd3", text(Expr.signedLit(4, -3)));
    assertEquals("8'h0f", text(Expr.hex(8, 15)));
    assertEquals("10'h001", text(Expr.hex(10, 1)));
    assertEquals("3'b001", text(Expr.bin(3, 1)));
    assertEquals("32'd4294967295", text(Expr.lit(32, 0xffffffffL)));
    assertEquals("1'b0", text(Expr.bin(1, 0)));
  }

  @Test
  void literalRejectsOverflow() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Expr.lit(4, 16));
    assertEquals("literal value 16 does not fit in 4 bits; widen the literal or reduce the value",
        e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Expr.lit(0, 0));
    assertThrows(IllegalArgumentException.class, () -> Expr.signedLit(4, 16));
  }

  @Test
  void binaryPrecedenceParentheses() {
    assertEquals("a + b * c", text(A.op(BinaryOp.ADD, B.op(BinaryOp.MUL, C))));
    assertEquals("(a + b) * c", text(A.op(BinaryOp.ADD, B).op(BinaryOp.MUL, C)));
    assertEquals("a & b | c", text(A.op(BinaryOp.AND, B).op(BinaryOp.OR, C)));
    assertEquals("a & (b | c)", text(A.op(BinaryOp.AND, B.op(BinaryOp.OR, C))));
    assertEquals("a << b + c", text(A.op(BinaryOp.SHL, B.op(BinaryOp.ADD, C))));
    assertEquals("(a << b) + c", text(A.op(BinaryOp.SHL, B).op(BinaryOp.ADD, C)));
    assertEquals("a == b && b != c",
        text(binary(A, BinaryOp.EQ, B).op(BinaryOp.LOGIC_AND, binary(B, BinaryOp.NE, C))));
  }

  @Test
  void binaryLeftAssociativity() {
    assertEquals("a - b - c", text(A.op(BinaryOp.SUB, B).op(BinaryOp.SUB, C)));
    assertEquals("a - (b - c)", text(A.op(BinaryOp.SUB, B.op(BinaryOp.SUB, C))));
    assertEquals("a - (b + c)", text(A.op(BinaryOp.SUB, B.op(BinaryOp.ADD, C))));
  }

  @Test
  void unaryOperands() {
    assertEquals("~a", text(Expr.not(A)));
    assertEquals("~(a & b)", text(Expr.not(A.op(BinaryOp.AND, B))));
    assertEquals("!(~a)", text(Expr.logicNot(Expr.not(A))));
    assertEquals("-(-4'sd3)", text(Expr.unary(UnaryOp.NEG, Expr.signedLit(4, -3))));
    assertEquals("&a[3:0]", text(Expr.unary(UnaryOp.REDUCE_AND, Expr.slice("a", 3, 0))));
    assertEquals("~a & b", text(Expr.not(A).op(BinaryOp.AND, B)));
    assertEquals("a + (-4'sd3)", text(A.op(BinaryOp.ADD, Expr.signedLit(4, -3))));
  }

  @Test
  void ternaryNesting() {
    assertEquals("a ? b : c", text(Expr.ternary(A, B, C)));
    assertEquals("a ? b : c ? a : b", text(Expr.ternary(A, B, Expr.ternary(C, A, B))));
    assertEquals("(a ? b : c) ? a : b", text(Expr.ternary(Expr.ternary(A, B, C), A, B)));
    assertEquals("a ? (b ? c : a) : b", text(Expr.ternary(A, Expr.ternary(B, C, A), B)));
    assertEquals("(a ? b : c) + a", text(Expr.ternary(A, B, C).op(BinaryOp.ADD, A)));
  }

  @Test
  void selectsConcatAndCalls() {
    assertEquals("{a, b[2], c[7:4]}",
        text(Expr.concat(A, Expr.index("b", 2), Expr.slice("c", 7, 4))));
    assertEquals("{8{a[7]}}", text(Expr.replicate(Expr.intConst(8), Expr.index("a", 7))));
    assertEquals("$signed(a) >>> 2'd1",
        text(Expr.signed(A).op(BinaryOp.ASHR, Expr.lit(2, 1))));
    assertEquals("$unsigned(a - b)", text(Expr.unsigned(A.op(BinaryOp.SUB, B))));
    assertEquals("mem_q[a][3:0]", text(Expr.slice(Expr.index(id("mem_q"), A),
        Expr.intConst(3), Expr.intConst(0))));
  }

  @Test
  void selectRejectsExpression() {
    assertThrows(IllegalArgumentException.class,
        () -> Expr.index(Expr.concat(A, B), Expr.intConst(0)));
    assertThrows(IllegalArgumentException.class, () -> Expr.slice("a", 0, 3));
  }

  @Test
  void identifierRejectsInvalidName() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> id("1a"));
    assertEquals("invalid identifier '1a'; use letters, digits and underscores, not starting "
        + "with a digit", e.getMessage());
  }
}
