package cimc.rtl;

import cimc.io.AtomicOutput;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes modules as SystemVerilog text. This class alone decides the layout: 2-space
 * indentation, lines of at most {@value #WIDTH} columns where an expression can be broken, one
 * port per line grouped under comments, and the sections of {@link ModuleSpec.Section} in a
 * fixed order behind framed banners. The output is the subset that Verilator 5.006, Yosys 0.23
 * and Icarus Verilog 11 all read.
 */
public final class VerilogWriter {
  static final int WIDTH = 100;
  private static final int INDENT_WIDTH = 2;

  private final List<String> header;

  /** Creates a writer that starts each file with {@code header}, one comment line each. */
  public VerilogWriter(List<String> header) {
    this.header = List.copyOf(header);
  }

  /** Returns the text of one file holding {@code modules} in order. */
  public String write(List<ModuleSpec> modules) {
    if (modules.isEmpty()) {
      throw new IllegalArgumentException("a Verilog file needs at least one module");
    }
    Lines out = new Lines();
    header.forEach(line -> out.comment(0, line));
    for (ModuleSpec module : modules) {
      out.blank();
      writeModule(out, module);
    }
    return out.text();
  }

  public String write(ModuleSpec module) {
    return write(List.of(module));
  }

  /**
   * Writes each module to its own file {@code <name>.sv} in {@code folder}, the layout that
   * Verilator expects, and returns the paths in module order.
   */
  public List<Path> writeFiles(Path folder, List<ModuleSpec> modules) {
    List<Path> files = new ArrayList<>();
    for (ModuleSpec module : modules) {
      Path file = folder.resolve(module.name() + ".sv");
      String text = write(module);
      AtomicOutput.writeFile(file, temporary -> Files.writeString(temporary, text));
      files.add(file);
    }
    return files;
  }

  private void writeModule(Lines out, ModuleSpec module) {
    CombOverrideCheck.check(module);
    out.comment(0, module.purpose());
    writeHead(out, module);
    if (!module.localParameters().isEmpty()) {
      out.blank();
      out.banner(1, "Local parameters");
      for (Parameter p : module.localParameters()) {
        out.comment(1, p.comment());
        out.line(1, "localparam " + TypeFormat.of(p.type()) + " " + p.name() + " = "
            + ExprFormat.flat(p.value()) + ";");
      }
    }
    for (ModuleSpec.Section section : ModuleSpec.Section.values()) {
      List<Item> items = module.items(section);
      if (items.isEmpty()) {
        continue;
      }
      out.blank();
      out.banner(1, section.title);
      boolean guard = section == ModuleSpec.Section.ASSERTIONS;
      if (guard) {
        out.line(0, "`ifndef SYNTHESIS");
      }
      new ItemWriter(out).items(1, items);
      if (guard) {
        out.line(0, "`endif  // SYNTHESIS");
      }
    }
    out.blank();
    out.line(0, "endmodule");
  }

  private void writeHead(Lines out, ModuleSpec module) {
    if (module.parameters().isEmpty()) {
      out.line(0, "module " + module.name() + " (");
    } else {
      out.line(0, "module " + module.name() + " #(");
      List<Parameter> parameters = module.parameters();
      for (int i = 0; i < parameters.size(); i++) {
        Parameter p = parameters.get(i);
        out.comment(1, p.comment());
        out.line(1, "parameter " + TypeFormat.of(p.type()) + " " + p.name() + " = "
            + ExprFormat.flat(p.value()) + (i + 1 < parameters.size() ? "," : ""));
      }
      out.line(0, ") (");
    }
    writePorts(out, module.portGroups());
    out.line(0, ");");
  }

  private void writePorts(Lines out, List<PortGroup> groups) {
    int column = 0;
    for (PortGroup group : groups) {
      for (Port port : group.ports()) {
        column = Math.max(column, portPrefix(port).length());
      }
    }
    for (int g = 0; g < groups.size(); g++) {
      PortGroup group = groups.get(g);
      if (g > 0) {
        out.blank();
      }
      out.comment(1, group.comment());
      for (int p = 0; p < group.ports().size(); p++) {
        Port port = group.ports().get(p);
        boolean last = g + 1 == groups.size() && p + 1 == group.ports().size();
        String prefix = portPrefix(port);
        out.line(1, prefix + " ".repeat(column - prefix.length() + 1) + port.name()
            + (last ? "" : ","));
      }
    }
  }

  private static String portPrefix(Port port) {
    String direction = port.direction() == Port.Direction.INPUT ? "input " : "output";
    return direction + " " + TypeFormat.of(port.type());
  }

  /** Writes module items and statements; one instance per module being written. */
  private static final class ItemWriter {
    private final Lines out;

    ItemWriter(Lines out) {
      this.out = out;
    }

    void items(int level, List<Item> items) {
      for (int i = 0; i < items.size(); i++) {
        Item item = items.get(i);
        if (i > 0 && (isBlock(item) || isBlock(items.get(i - 1)))) {
          out.blank();
        }
        item(level, item);
      }
    }

    /** Returns whether an item spans several lines, so that blank lines set it apart. */
    private static boolean isBlock(Item item) {
      return !(item instanceof Item.Declaration || item instanceof Item.Comment
          || item instanceof Item.ContinuousAssign);
    }

    private void item(int level, Item item) {
      if (item instanceof Item.Declaration d) {
        declaration(level, d);
      } else if (item instanceof Item.EnumType e) {
        enumType(level, e);
      } else if (item instanceof Item.ContinuousAssign a) {
        out.wrapped(level, "assign " + ExprFormat.flat(a.lhs()) + " = ", a.rhs(), ";");
      } else if (item instanceof Item.AlwaysFf f) {
        alwaysFf(level, f);
      } else if (item instanceof Item.AlwaysComb c) {
        out.line(level, "always_comb begin");
        statements(level + 1, c.body());
        out.line(level, "end");
      } else if (item instanceof Item.Instance i) {
        instance(level, i);
      } else if (item instanceof Item.GenerateFor g) {
        out.line(level, "for (genvar " + g.genvar() + " = 0; " + g.genvar() + " < "
            + ExprFormat.flat(g.count()) + "; " + g.genvar() + "++) begin : " + g.label());
        items(level + 1, g.items());
        out.line(level, "end");
      } else if (item instanceof Item.Assertion a) {
        assertion(level, a);
      } else if (item instanceof Item.Comment c) {
        out.comment(level, c.text());
      }
    }

    private void declaration(int level, Item.Declaration d) {
      if (d.comment() != null) {
        out.comment(level, d.comment());
      }
      String array = d.depth() > 0 ? " [" + d.depth() + "]" : "";
      out.line(level, TypeFormat.of(d.type()) + " " + String.join(", ", d.names()) + array
          + ";");
    }

    private void enumType(int level, Item.EnumType e) {
      if (e.comment() != null) {
        out.comment(level, e.comment());
      }
      String base = e.width() == 1 ? "logic" : "logic [" + (e.width() - 1) + ":0]";
      out.line(level, "typedef enum " + base + " {");
      for (int i = 0; i < e.states().size(); i++) {
        String code = ExprFormat.flat(Expr.lit(e.width(), i));
        out.line(level + 1, e.states().get(i) + " = " + code
            + (i + 1 < e.states().size() ? "," : ""));
      }
      out.line(level, "} " + e.name() + ";");
    }

    private void alwaysFf(int level, Item.AlwaysFf f) {
      out.line(level, "always_ff @(posedge " + f.clock() + " or negedge " + f.reset()
          + ") begin");
      out.line(level + 1, "if (!" + f.reset() + ") begin");
      statements(level + 2, f.resetBody());
      out.line(level + 1, "end else begin");
      statements(level + 2, f.body());
      out.line(level + 1, "end");
      out.line(level, "end");
    }

    private void instance(int level, Item.Instance i) {
      if (i.parameters().isEmpty()) {
        out.line(level, i.module() + " " + i.name() + " (");
      } else {
        out.line(level, i.module() + " #(");
        connections(level + 1, i.parameters());
        out.line(level, ") " + i.name() + " (");
      }
      connections(level + 1, i.connections());
      out.line(level, ");");
    }

    private void connections(int level, Map<String, Expr> connections) {
      int left = connections.size();
      for (Map.Entry<String, Expr> entry : connections.entrySet()) {
        left--;
        out.wrapped(level, "." + entry.getKey() + "(", entry.getValue(), left > 0 ? ")," : ")");
      }
    }

    private void assertion(int level, Item.Assertion a) {
      out.line(level, "always @(posedge " + a.clock() + ") begin : " + a.name());
      out.line(level + 1, "if (" + a.reset() + ") begin");
      String report = "else $error(\"" + a.name() + ": " + a.message() + "\");";
      String single = "assert (" + ExprFormat.flat(a.condition()) + ") " + report;
      if (INDENT_WIDTH * (level + 2) + single.length() <= WIDTH) {
        out.line(level + 2, single);
      } else {
        out.wrapped(level + 2, "assert (", a.condition(), ")");
        out.line(level + 3, report);
      }
      out.line(level + 1, "end");
      out.line(level, "end");
    }

    void statements(int level, List<Stmt> body) {
      body.forEach(s -> statement(level, s));
    }

    private void statement(int level, Stmt stmt) {
      if (stmt instanceof Stmt.Assign a) {
        String op = a.nonBlocking() ? " <= " : " = ";
        out.wrapped(level, ExprFormat.flat(a.lhs()) + op, a.rhs(), ";");
      } else if (stmt instanceof Stmt.If i) {
        ifChain(level, i, "if");
        out.line(level, "end");
      } else if (stmt instanceof Stmt.Case c) {
        caseStatement(level, c);
      } else if (stmt instanceof Stmt.For f) {
        String v = f.variable();
        out.line(level, "for (int " + v + " = 0; " + v + " < " + ExprFormat.flat(f.bound())
            + "; " + v + "++) begin");
        statements(level + 1, f.body());
        out.line(level, "end");
      } else if (stmt instanceof Stmt.Comment c) {
        out.comment(level, c.text());
      }
    }

    /** Writes an if, folding an else branch made of a single if into {@code else if}. */
    private void ifChain(int level, Stmt.If i, String keyword) {
      out.wrapped(level, keyword + " (", i.condition(), ") begin");
      statements(level + 1, i.then());
      if (i.otherwise().isEmpty()) {
        return;
      }
      if (i.otherwise().size() == 1 && i.otherwise().get(0) instanceof Stmt.If nested) {
        ifChain(level, nested, "end else if");
        return;
      }
      out.line(level, "end else begin");
      statements(level + 1, i.otherwise());
    }

    private void caseStatement(int level, Stmt.Case c) {
      out.line(level, "case (" + ExprFormat.flat(c.subject()) + ")");
      for (Stmt.CaseItem item : c.items()) {
        List<String> labels = new ArrayList<>();
        item.labels().forEach(label -> labels.add(ExprFormat.flat(label)));
        out.line(level + 1, String.join(", ", labels) + ": begin");
        statements(level + 2, item.body());
        out.line(level + 1, "end");
      }
      out.line(level + 1, "default: begin");
      statements(level + 2, c.defaultBody());
      out.line(level + 1, "end");
      out.line(level, "endcase");
    }
  }
}
