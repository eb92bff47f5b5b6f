package cimc.rtl;

import static cimc.rtl.Expr.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cimc.rtl.Expr.BinaryOp;
import cimc.rtl.ModuleSpec.Section;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class VerilogWriterTest {
  private static final VerilogWriter WRITER = new VerilogWriter(List.of("Header line."));

  private static ModuleSpec.Builder wire(String name) {
    return ModuleSpec.builder(name, "Test module.")
        .addPortGroup(PortGroup.of("Data", Port.input("a_i", DataType.logic(8)),
            Port.output("y_o", DataType.logic(8))));
  }

  /** Returns the text between the ports and endmodule. */
  private static String body(ModuleSpec module) {
    String text = WRITER.write(module);
    int start = text.indexOf(");\n") + 3;
    int end = text.lastIndexOf("\nendmodule");
    return text.substring(start, end);
  }

  @Test
  void sampleMatchesGolden() throws IOException {
    String expected;
    try (InputStream in = getClass().getResourceAsStream("sample.sv")) {
      expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String actual = new VerilogWriter(SampleModules.HEADER).write(SampleModules.all());
    assertEquals(expected, actual);
  }

  @Test
  void minimalModuleText() {
    ModuleSpec module = wire("t_wire").add(Section.DATAPATH, Item.assign(id("y_o"), id("a_i")))
        .build();
    assertEquals("// Header line.\n"
        + "\n"
        + "// Test module.\n"
        + "module t_wire (\n"
        + "  // Data\n"
        + "  input  logic [7:0] a_i,\n"
        + "  output logic [7:0] y_o\n"
        + ");\n"
        + "\n"
        + "  //////////////\n"
        + "  // Datapath //\n"
        + "  //////////////\n"
        + "  assign y_o = a_i;\n"
        + "\n"
        + "endmodule\n", WRITER.write(module));
  }

  @Test
  void longChainWrapsAtOperators() {
    Expr sum = id("a_i");
    for (int i = 0; i < 12; i++) {
      sum = sum.op(BinaryOp.ADD, id("operand_number_" + i));
    }
    String text = body(wire("t_wrap").add(Section.DATAPATH, Item.assign(id("y_o"), sum))
        .build());
    StringBuilder expected = new StringBuilder("\n  //////////////\n  // Datapath //\n"
        + "  //////////////\n  assign y_o = a_i\n");
    for (int i = 0; i < 12; i++) {
      expected.append("      + operand_number_").append(i).append(i == 11 ? ";\n" : "\n");
    }
    assertEquals(expected.toString(), text);
  }

  @Test
  void longConcatWrapsPerPart() {
    List<Expr> parts = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      parts.add(Expr.index(id("a_long_signal_name_" + i), Expr.intConst(0)));
    }
    String text = body(wire("t_cat").add(Section.DATAPATH,
        Item.assign(id("y_o"), Expr.concat(parts))).build());
    assertTrue(text.contains("  assign y_o = {\n      a_long_signal_name_0[0],\n"), text);
    assertTrue(text.contains("      a_long_signal_name_7[0]\n  };\n"), text);
    text.lines().forEach(line -> assertTrue(line.length() <= 100, line));
  }

  @Test
  void longTernaryWraps() {
    Expr condition = id("a_rather_long_select_signal_name").op(BinaryOp.EQ, Expr.hex(8, 0x3c));
    Expr value = Expr.ternary(condition, id("first_long_alternative_value_name"),
        id("second_long_alternative_value_name"));
    String text = body(wire("t_tern").add(Section.DATAPATH, Item.assign(id("y_o"), value))
        .build());
    assertTrue(text.endsWith("  assign y_o = a_rather_long_select_signal_name == 8'h3c\n"
        + "      ? first_long_alternative_value_name\n"
        + "      : second_long_alternative_value_name;\n"), text);
  }

  @Test
  void elseIfChainFolds() {
    Stmt chain = Stmt.ifElse(id("a_i").op(BinaryOp.EQ, Expr.hex(8, 1)),
        List.of(Stmt.assign(id("y_o"), Expr.hex(8, 0x10))),
        List.of(Stmt.ifElse(id("a_i").op(BinaryOp.EQ, Expr.hex(8, 2)),
            List.of(Stmt.assign(id("y_o"), Expr.hex(8, 0x20))),
            List.of(Stmt.assign(id("y_o"), Expr.hex(8, 0))))));
    String text = body(wire("t_if").add(Section.DATAPATH, Item.alwaysComb(List.of(chain)))
        .build());
    assertTrue(text.endsWith("  always_comb begin\n"
        + "    if (a_i == 8'h01) begin\n"
        + "      y_o = 8'h10;\n"
        + "    end else if (a_i == 8'h02) begin\n"
        + "      y_o = 8'h20;\n"
        + "    end else begin\n"
        + "      y_o = 8'h00;\n"
        + "    end\n"
        + "  end\n"), text);
  }

  @Test
  void forLoopAndArray() {
    Stmt loop = Stmt.forLoop("i", Expr.intConst(8), List.of(Stmt.assign(
        Expr.index(id("y_o"), id("i")), Expr.index(id("a_i"), Expr.intConst(7)
            .op(BinaryOp.SUB, id("i"))))));
    String text = body(wire("t_for")
        .add(Section.REGISTERS, new Item.Declaration(DataType.logic(8), List.of("mem_q"), 4,
            "Four-entry buffer."))
        .add(Section.DATAPATH, Item.alwaysComb(List.of(loop))).build());
    assertTrue(text.contains("  // Four-entry buffer.\n  logic [7:0] mem_q [4];\n"), text);
    assertTrue(text.contains("    for (int i = 0; i < 8; i++) begin\n"
        + "      y_o[i] = a_i[7 - i];\n    end\n"), text);
  }

  @Test
  void longCommentWraps() {
    String words = "word ".repeat(40).trim();
    String text = body(wire("t_cmt").add(Section.DATAPATH, Item.comment(words)).build());
    List<String> lines = text.lines().filter(l -> l.contains("word")).toList();
    assertEquals(3, lines.size());
    lines.forEach(line -> assertTrue(line.length() <= 100, line));
    lines.forEach(line -> assertTrue(line.startsWith("  // word"), line));
  }

  @Test
  void sectionsInFixedOrder() {
    ModuleSpec module = wire("t_order")
        .add(Section.ASSERTIONS, new Item.Assertion("Known_A", "clk_i", "rst_ni",
            Expr.logicNot(Expr.call(Expr.SystemFunction.ISUNKNOWN, id("y_o"))), "y_o is X"))
        .add(Section.DATAPATH, Item.assign(id("y_o"), id("a_i")))
        .add(Section.REGISTERS, Item.declare(DataType.logic(), "unused_q"))
        .build();
    String text = WRITER.write(module);
    int registers = text.indexOf("// Registers //");
    int datapath = text.indexOf("// Datapath //");
    int assertions = text.indexOf("// Assertions //");
    assertTrue(registers > 0, text);
    assertTrue(registers < datapath, text);
    assertTrue(datapath < assertions, text);
    assertTrue(text.contains("`ifndef SYNTHESIS\n  always @(posedge clk_i) begin : Known_A\n"
        + "    if (rst_ni) begin\n"
        + "      assert (!$isunknown(y_o)) else $error(\"Known_A: y_o is X\");\n"), text);
  }

  @Test
  void namingRulesEnforced() {
    assertThrows(IllegalArgumentException.class, () -> Port.input("a_o", DataType.logic()));
    assertThrows(IllegalArgumentException.class, () -> Port.output("y", DataType.logic()));
    assertThrows(IllegalArgumentException.class, () -> Parameter.of("width", 4, "Bits."));
    assertThrows(IllegalArgumentException.class,
        () -> new Item.EnumType("state_t", 2, List.of("Idle"), null));
    assertThrows(IllegalArgumentException.class,
        () -> new Item.Assertion("Known", "clk_i", "rst_ni", id("a_i"), "x"));
    assertThrows(IllegalArgumentException.class,
        () -> Item.alwaysFf("clk_i", "rst_i", List.of(), List.of()));
    assertThrows(IllegalArgumentException.class, () -> wire("t_dup")
        .addPortGroup(PortGroup.of("Again", Port.input("a_i", DataType.logic()))).build());
    assertThrows(IllegalArgumentException.class, () -> wire("t_sec")
        .add(Section.ASSERTIONS, Item.assign(id("y_o"), id("a_i"))));
  }
}
