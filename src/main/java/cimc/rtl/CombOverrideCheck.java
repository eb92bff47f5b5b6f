package cimc.rtl;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Check that rejects an {@code always_comb} variable that is assigned twice on one path (a
 * default and then an override) and is also read by combinational logic.
 *
 * <p>When a change wakes an {@code always_comb} process, Icarus Verilog 11.0 also reruns every
 * {@code always_comb} process emitted before it, so blocks rerun with unchanged inputs. A rerun block whose variable
 * takes its default for a moment makes an event even though the final value is unchanged. When
 * combinational logic reads that variable, the event wakes a later process, which reruns the
 * first block again: the simulation spins at one time step. A variable assigned once on every
 * path keeps its value in a rerun and makes no event. An overridden variable read only by
 * {@code always_ff} blocks is harmless, because those wait on clock and reset edges alone.
 */
final class CombOverrideCheck {
  private CombOverrideCheck() {}

  /**
   * Checks every {@code always_comb} of a module.
   *
   * @throws IllegalArgumentException naming the module and the variables when an overridden
   *     variable is an output port or is read by a continuous assignment, an
   *     {@code always_comb} block or an instance connection
   */
  static void check(ModuleSpec module) {
    Set<String> overridden = new LinkedHashSet<>();
    Set<String> combReads = new HashSet<>();
    for (PortGroup group : module.portGroups()) {
      for (Port port : group.ports()) {
        if (port.direction() == Port.Direction.OUTPUT) {
          combReads.add(port.name());
        }
      }
    }
    for (ModuleSpec.Section section : ModuleSpec.Section.values()) {
      scanItems(module.items(section), overridden, combReads);
    }
    List<String> unsafe = overridden.stream().filter(combReads::contains).toList();
    if (!unsafe.isEmpty()) {
      throw new IllegalArgumentException("module " + module.name() + ": always_comb assigns "
          + String.join(", ", unsafe) + " a default and then overrides it on some path, and"
          + " combinational logic or an output port reads it; Icarus Verilog 11 loops forever"
          + " on that. Assign each once on every path (a case default arm or a continuous"
          + " assignment) or read it only from always_ff");
    }
  }

  private static void scanItems(List<Item> items, Set<String> overridden, Set<String> reads) {
    for (Item item : items) {
      if (item instanceof Item.AlwaysComb c) {
        assigned(c.body(), new HashSet<>(), overridden);
        readStmts(c.body(), reads);
      } else if (item instanceof Item.ContinuousAssign a) {
        readTarget(a.lhs(), reads);
        readExpr(a.rhs(), reads);
      } else if (item instanceof Item.Instance i) {
        for (Map.Entry<String, Expr> connection : i.connections().entrySet()) {
          readExpr(connection.getValue(), reads);
        }
      } else if (item instanceof Item.GenerateFor g) {
        scanItems(g.items(), overridden, reads);
      }
    }
  }

  /**
   * Returns the targets that some path through {@code body} may have assigned, given those
   * assigned before it, and adds to {@code overridden} each variable assigned again on a path. A
   * target is a variable name, or a name with a select for a partial write. Partial writes with
   * different select text count as distinct bits, so overlapping selects go unnoticed.
   */
  private static Set<String> assigned(List<Stmt> body, Set<String> before,
      Set<String> overridden) {
    Set<String> done = new HashSet<>(before);
    for (Stmt stmt : body) {
      if (stmt instanceof Stmt.Assign a) {
        for (Expr target : targets(a.lhs())) {
          record(target, done, overridden);
        }
      } else if (stmt instanceof Stmt.If s) {
        Set<String> then = assigned(s.then(), done, overridden);
        done.addAll(assigned(s.otherwise(), done, overridden));
        done.addAll(then);
      } else if (stmt instanceof Stmt.Case s) {
        Set<String> after = assigned(s.defaultBody(), done, overridden);
        for (Stmt.CaseItem item : s.items()) {
          after.addAll(assigned(item.body(), done, overridden));
        }
        done.addAll(after);
      } else if (stmt instanceof Stmt.For s) {
        done.addAll(assigned(s.body(), done, overridden));
        repeatedInLoop(s, overridden);
      }
    }
    return done;
  }

  private static void record(Expr target, Set<String> done, Set<String> overridden) {
    String name = baseName(target);
    String key = target instanceof Expr.Ident ? name : name + "[" + ExprFormat.flat(target);
    boolean whole = key.equals(name);
    boolean clash = done.contains(key) || done.contains(name)
        || whole && done.stream().anyMatch(k -> k.startsWith(name + "["));
    done.add(key);
    if (clash) {
      overridden.add(name);
    }
  }

  /** Flags loop assignments whose target does not depend on the loop variable. */
  private static void repeatedInLoop(Stmt.For loop, Set<String> overridden) {
    List<Stmt> pending = new ArrayList<>(loop.body());
    while (!pending.isEmpty()) {
      Stmt stmt = pending.remove(pending.size() - 1);
      if (stmt instanceof Stmt.Assign a) {
        for (Expr target : targets(a.lhs())) {
          Set<String> selects = new HashSet<>();
          readTarget(target, selects);
          if (!selects.contains(loop.variable())) {
            overridden.add(baseName(target));
          }
        }
      } else if (stmt instanceof Stmt.If s) {
        pending.addAll(s.then());
        pending.addAll(s.otherwise());
      } else if (stmt instanceof Stmt.Case s) {
        s.items().forEach(item -> pending.addAll(item.body()));
        pending.addAll(s.defaultBody());
      } else if (stmt instanceof Stmt.For s) {
        pending.addAll(s.body());
      }
    }
  }

  /** Returns the parts an assignment target writes: one per part of a concatenation. */
  private static List<Expr> targets(Expr lhs) {
    if (lhs instanceof Expr.Concat concat) {
      return concat.parts().stream().flatMap(part -> targets(part).stream()).toList();
    }
    return List.of(lhs);
  }

  private static String baseName(Expr target) {
    if (target instanceof Expr.Ident id) {
      return id.name();
    }
    if (target instanceof Expr.Index index) {
      return baseName(index.target());
    }
    if (target instanceof Expr.Slice slice) {
      return baseName(slice.target());
    }
    throw new IllegalArgumentException("invalid assignment target " + target);
  }

  private static void readStmts(List<Stmt> body, Set<String> reads) {
    for (Stmt stmt : body) {
      if (stmt instanceof Stmt.Assign a) {
        readTarget(a.lhs(), reads);
        readExpr(a.rhs(), reads);
      } else if (stmt instanceof Stmt.If s) {
        readExpr(s.condition(), reads);
        readStmts(s.then(), reads);
        readStmts(s.otherwise(), reads);
      } else if (stmt instanceof Stmt.Case s) {
        readExpr(s.subject(), reads);
        for (Stmt.CaseItem item : s.items()) {
          item.labels().forEach(label -> readExpr(label, reads));
          readStmts(item.body(), reads);
        }
        readStmts(s.defaultBody(), reads);
      } else if (stmt instanceof Stmt.For s) {
        readExpr(s.bound(), reads);
        readStmts(s.body(), reads);
      }
    }
  }

  /** Adds the names that the select expressions of an assignment target read. */
  private static void readTarget(Expr lhs, Set<String> reads) {
    if (lhs instanceof Expr.Index index) {
      readTarget(index.target(), reads);
      readExpr(index.bit(), reads);
    } else if (lhs instanceof Expr.Slice slice) {
      readTarget(slice.target(), reads);
      readExpr(slice.msb(), reads);
      readExpr(slice.lsb(), reads);
    } else if (lhs instanceof Expr.Concat concat) {
      concat.parts().forEach(part -> readTarget(part, reads));
    }
  }

  private static void readExpr(Expr expr, Set<String> reads) {
    if (expr instanceof Expr.Ident id) {
      reads.add(id.name());
    } else if (expr instanceof Expr.Unary u) {
      readExpr(u.operand(), reads);
    } else if (expr instanceof Expr.Binary b) {
      readExpr(b.left(), reads);
      readExpr(b.right(), reads);
    } else if (expr instanceof Expr.Ternary t) {
      readExpr(t.condition(), reads);
      readExpr(t.whenTrue(), reads);
      readExpr(t.whenFalse(), reads);
    } else if (expr instanceof Expr.Concat c) {
      c.parts().forEach(part -> readExpr(part, reads));
    } else if (expr instanceof Expr.Replicate r) {
      readExpr(r.count(), reads);
      readExpr(r.value(), reads);
    } else if (expr instanceof Expr.Index i) {
      readExpr(i.target(), reads);
      readExpr(i.bit(), reads);
    } else if (expr instanceof Expr.Slice s) {
      readExpr(s.target(), reads);
      readExpr(s.msb(), reads);
      readExpr(s.lsb(), reads);
    } else if (expr instanceof Expr.Call c) {
      readExpr(c.argument(), reads);
    }
  }
}
