package cimc.rtl;

import java.util.List;
import java.util.Objects;

/**
 * A procedural statement inside an {@code always_ff} or {@code always_comb} block. Every branch
 * body is written inside {@code begin}/{@code end}, and every {@code case} has a default.
 */
public sealed interface Stmt {
  /** {@code lhs = rhs;} in combinational logic. */
  static Stmt assign(Expr lhs, Expr rhs) {
    return new Assign(lhs, rhs, false);
  }

  /** {@code lhs <= rhs;} in sequential logic. */
  static Stmt assignNonBlocking(Expr lhs, Expr rhs) {
    return new Assign(lhs, rhs, true);
  }

  static Stmt ifThen(Expr condition, List<Stmt> then) {
    return new If(condition, then, List.of());
  }

  static Stmt ifElse(Expr condition, List<Stmt> then, List<Stmt> otherwise) {
    return new If(condition, then, otherwise);
  }

  static Stmt comment(String text) {
    return new Comment(text);
  }

  /**
   * {@code for (int var = 0; var < bound; var++)}: a loop the synthesizer unrolls, so the bound
   * must be a constant expression.
   */
  static Stmt forLoop(String variable, Expr bound, List<Stmt> body) {
    return new For(variable, bound, body);
  }

  record Assign(Expr lhs, Expr rhs, boolean nonBlocking) implements Stmt {
    public Assign {
      Objects.requireNonNull(lhs, "lhs");
      Objects.requireNonNull(rhs, "rhs");
    }
  }

  record If(Expr condition, List<Stmt> then, List<Stmt> otherwise) implements Stmt {
    public If {
      Objects.requireNonNull(condition, "condition");
      then = List.copyOf(then);
      otherwise = List.copyOf(otherwise);
    }
  }

  /** One arm of a case statement: one or more labels sharing a body. */
  record CaseItem(List<Expr> labels, List<Stmt> body) {
    public CaseItem {
      labels = List.copyOf(labels);
      body = List.copyOf(body);
      if (labels.isEmpty()) {
        throw new IllegalArgumentException("a case item needs at least one label");
      }
    }

    public static CaseItem of(Expr label, List<Stmt> body) {
      return new CaseItem(List.of(label), body);
    }
  }

  /** A {@code case} whose default arm is mandatory so that no latch can be inferred. */
  record Case(Expr subject, List<CaseItem> items, List<Stmt> defaultBody) implements Stmt {
    public Case {
      Objects.requireNonNull(subject, "subject");
      items = List.copyOf(items);
      defaultBody = List.copyOf(Objects.requireNonNull(defaultBody, "defaultBody"));
      if (items.isEmpty()) {
        throw new IllegalArgumentException("a case statement needs at least one item");
      }
    }
  }

  record For(String variable, Expr bound, List<Stmt> body) implements Stmt {
    public For {
      Expr.id(variable);
      Objects.requireNonNull(bound, "bound");
      body = List.copyOf(body);
    }
  }

  record Comment(String text) implements Stmt {
    public Comment {
      Objects.requireNonNull(text, "text");
    }
  }
}
