package cimc.rtl;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Renders expressions as text. An operand gets parentheses only when the operator precedence
 * or left associativity would otherwise change its meaning. Here a tighter operator has the
 * larger precedence number.
 */
final class ExprFormat {
  private ExprFormat() {}

  static String flat(Expr expr) {
    if (expr instanceof Expr.Ident e) {
      return e.name();
    } else if (expr instanceof Expr.Literal e) {
      return literal(e);
    } else if (expr instanceof Expr.IntConst e) {
      return Integer.toString(e.value());
    } else if (expr instanceof Expr.Unary e) {
      return e.op().symbol + operand(e.operand(), 12);
    } else if (expr instanceof Expr.Binary e) {
      return left(e) + " " + e.op().symbol + " " + right(e.right(), e.op());
    } else if (expr instanceof Expr.Ternary e) {
      return operand(e.condition(), 2) + " ? " + operand(e.whenTrue(), 2) + " : "
          + flat(e.whenFalse());
    }
    return flatPrimary(expr);
  }

  private static String flatPrimary(Expr expr) {
    if (expr instanceof Expr.Concat e) {
      return "{" + e.parts().stream().map(ExprFormat::flat).collect(Collectors.joining(", "))
          + "}";
    } else if (expr instanceof Expr.Replicate e) {
      return "{" + flat(e.count()) + "{" + flat(e.value()) + "}}";
    } else if (expr instanceof Expr.Index e) {
      return flat(e.target()) + "[" + flat(e.bit()) + "]";
    } else if (expr instanceof Expr.Slice e) {
      return flat(e.target()) + "[" + flat(e.msb()) + ":" + flat(e.lsb()) + "]";
    } else if (expr instanceof Expr.Call e) {
      return e.function().text + "(" + flat(e.argument()) + ")";
    }
    throw new IllegalStateException("unknown expression " + expr);
  }

  /**
   * Splits a binary chain or a ternary into pieces for wrapping: the first piece starts the
   * line and each further piece starts with its operator. Other expressions give one piece.
   */
  static List<String> pieces(Expr expr) {
    List<String> out = new ArrayList<>();
    if (expr instanceof Expr.Binary binary) {
      Expr.BinaryOp op = binary.op();
      List<Expr> operands = new ArrayList<>();
      Expr cursor = binary;
      while (cursor instanceof Expr.Binary b && b.op() == op) {
        operands.add(0, b.right());
        cursor = b.left();
      }
      out.add(operand(cursor, op.precedence));
      operands.forEach(o -> out.add(op.symbol + " " + right(o, op)));
      return out;
    }
    if (expr instanceof Expr.Ternary t) {
      out.add(operand(t.condition(), 2));
      out.add("? " + operand(t.whenTrue(), 2));
      out.add(": " + flat(t.whenFalse()));
      return out;
    }
    out.add(flat(expr));
    return out;
  }

  private static String left(Expr.Binary e) {
    return operand(e.left(), e.op().precedence);
  }

  private static String right(Expr right, Expr.BinaryOp op) {
    return operand(right, op.precedence + 1);
  }

  /**
   * Parenthesizes {@code expr} when it binds looser than {@code minimum}. A unary operand that
   * is itself an operation, and a negated operand of a binary operator, get parentheses too so
   * that {@code a + (-b)} never reads as {@code a + -b}.
   */
  private static String operand(Expr expr, int minimum) {
    String text = flat(expr);
    boolean negation = expr instanceof Expr.Unary u && u.op() == Expr.UnaryOp.NEG
        || expr instanceof Expr.IntConst i && i.value() < 0;
    boolean parenthesize = expr.precedence() < minimum
        || minimum == 12 && expr.precedence() <= 12
        || minimum > 2 && negation;
    return parenthesize ? "(" + text + ")" : text;
  }

  private static String literal(Expr.Literal e) {
    String digits = e.value().toString(e.radix().base);
    if (e.radix() != Expr.Radix.DEC) {
      int bitsPerDigit = e.radix() == Expr.Radix.HEX ? 4 : 1;
      int length = (e.width() + bitsPerDigit - 1) / bitsPerDigit;
      digits = "0".repeat(Math.max(0, length - digits.length())) + digits;
    }
    return e.width() + "'" + (e.signed() ? "s" : "") + e.radix().letter + digits;
  }
}
