package cimc.rtl;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** A module body item: a declaration, a process, an instance, an assertion or a comment. */
public sealed interface Item {
  static Item declare(DataType type, String... names) {
    return new Declaration(type, List.of(names), 0, null);
  }

  static Item assign(Expr lhs, Expr rhs) {
    return new ContinuousAssign(lhs, rhs);
  }

  static Item alwaysFf(String clock, String reset, List<Stmt> resetBody, List<Stmt> body) {
    return new AlwaysFf(clock, reset, resetBody, body);
  }

  static Item alwaysComb(List<Stmt> body) {
    return new AlwaysComb(body);
  }

  static Item comment(String text) {
    return new Comment(text);
  }

  /** A variable declaration; {@code depth} above 0 declares an unpacked array {@code [depth]}. */
  record Declaration(DataType type, List<String> names, int depth, String comment)
      implements Item {
    public Declaration {
      Objects.requireNonNull(type, "type");
      names = List.copyOf(names);
      if (names.isEmpty()) {
        throw new IllegalArgumentException("a declaration needs at least one name");
      }
      names.forEach(Expr::id);
      if (depth < 0) {
        throw new IllegalArgumentException("array depth " + depth + " is negative");
      }
    }
  }

  /**
   * A {@code typedef enum logic [width-1:0]} whose states, UpperCamel, are encoded 0, 1, 2 in
   * order. The type name ends in {@code _e}.
   */
  record EnumType(String name, int width, List<String> states, String comment) implements Item {
    public EnumType {
      Expr.id(name);
      if (!name.endsWith("_e")) {
        throw new IllegalArgumentException("enum type '" + name + "' must end in _e");
      }
      states = List.copyOf(states);
      if (states.isEmpty() || states.size() > (1L << Math.min(width, 31))) {
        throw new IllegalArgumentException("enum " + name + " has " + states.size()
            + " states, which do not fit in " + width + " bits");
      }
      states.forEach(Expr::id);
    }
  }

  record ContinuousAssign(Expr lhs, Expr rhs) implements Item {
    public ContinuousAssign {
      Objects.requireNonNull(lhs, "lhs");
      Objects.requireNonNull(rhs, "rhs");
    }
  }

  /**
   * {@code always_ff} on the rising edge of {@code clock} with asynchronous active-low
   * {@code reset}: {@code resetBody} runs while the reset is low, {@code body} otherwise.
   */
  record AlwaysFf(String clock, String reset, List<Stmt> resetBody, List<Stmt> body)
      implements Item {
    public AlwaysFf {
      Expr.id(clock);
      Expr.id(reset);
      if (!reset.endsWith("_ni") && !reset.endsWith("_n")) {
        throw new IllegalArgumentException("reset '" + reset + "' is active low and must end "
            + "in _ni or _n");
      }
      resetBody = List.copyOf(resetBody);
      body = List.copyOf(body);
    }
  }

  record AlwaysComb(List<Stmt> body) implements Item {
    public AlwaysComb {
      body = List.copyOf(body);
    }
  }

  /** A module instance with named parameter overrides and named port connections. */
  record Instance(String module, String name, Map<String, Expr> parameters,
      Map<String, Expr> connections) implements Item {
    public Instance {
      Expr.id(module);
      Expr.id(name);
      parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
      connections = Collections.unmodifiableMap(new LinkedHashMap<>(connections));
      parameters.keySet().forEach(Expr::id);
      connections.keySet().forEach(Expr::id);
    }
  }

  /** {@code for (genvar g = 0; g < count; g++) begin : label}; the label starts with gen_. */
  record GenerateFor(String genvar, Expr count, String label, List<Item> items) implements Item {
    public GenerateFor {
      Expr.id(genvar);
      Objects.requireNonNull(count, "count");
      if (!label.startsWith("gen_")) {
        throw new IllegalArgumentException("generate label '" + label + "' must start gen_");
      }
      Expr.id(label);
      items = List.copyOf(items);
    }
  }

  /**
   * A named immediate assertion checked at each rising clock edge while reset is released. It
   * is written inside {@code `ifndef SYNTHESIS} as a named {@code always} block holding
   * {@code assert (...) else $error(...)}: Icarus Verilog 11 reads neither concurrent
   * assertions nor labels on assertion statements, and this form passes all three tools.
   */
  record Assertion(String name, String clock, String reset, Expr condition, String message)
      implements Item {
    public Assertion {
      Expr.id(name);
      if (!name.endsWith("_A")) {
        throw new IllegalArgumentException("assertion '" + name + "' must end in _A");
      }
      Expr.id(clock);
      Expr.id(reset);
      Objects.requireNonNull(condition, "condition");
      if (message.contains("\"") || message.contains("\\")) {
        throw new IllegalArgumentException("assertion message must not contain quotes or "
            + "backslashes: " + message);
      }
    }
  }

  record Comment(String text) implements Item {
    public Comment {
      Objects.requireNonNull(text, "text");
    }
  }
}
