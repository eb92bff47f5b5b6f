package cimc.rtl;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Default-then-override variables of always_comb, which hang Icarus Verilog 11.0. */
class CombOverrideCheckTest {
  private static final Expr SEL = Expr.id("sel_i");
  private static final Expr A = Expr.id("a_i");

  private static ModuleSpec module(List<Stmt> body, Item reader) {
    return ModuleSpec.builder("m", "Test module.")
        .addPortGroup(PortGroup.of("Inputs.", Port.input("clk_i", DataType.logic(1)),
            Port.input("rst_ni", DataType.logic(1)), Port.input("sel_i", DataType.logic(1)),
            Port.input("a_i", DataType.logic(4))))
        .addPortGroup(PortGroup.of("Output.", Port.output("y_o", DataType.logic(4))))
        .add(ModuleSpec.Section.DATAPATH, List.of(
            Item.declare(DataType.logic(4), "v", "w"),
            Item.alwaysComb(body),
            reader))
        .build();
  }

  private static List<Stmt> defaultThenOverride() {
    return List.of(Stmt.assign(Expr.id("v"), Expr.lit(4, 0)),
        Stmt.ifThen(SEL, List.of(Stmt.assign(Expr.id("v"), A))));
  }

  @Test
  void overrideReadByAssignRejected() {
    ModuleSpec m = module(defaultThenOverride(), Item.assign(Expr.id("y_o"), Expr.id("v")));

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new VerilogWriter(List.of()).write(m));

    assertTrue(e.getMessage().contains("module m: always_comb assigns v"), e.getMessage());
  }

  @Test
  void overrideReadByCombRejected() {
    Item reader = Item.alwaysComb(List.of(Stmt.assign(Expr.id("y_o"), Expr.id("v"))));

    assertThrows(IllegalArgumentException.class,
        () -> new VerilogWriter(List.of()).write(module(defaultThenOverride(), reader)));
  }

  @Test
  void overriddenOutputRejected() {
    List<Stmt> body = List.of(Stmt.assign(Expr.id("y_o"), Expr.lit(4, 0)),
        Stmt.ifThen(SEL, List.of(Stmt.assign(Expr.id("y_o"), A))));

    assertThrows(IllegalArgumentException.class, () -> new VerilogWriter(List.of())
        .write(module(body, Item.assign(Expr.id("w"), A))));
  }

  @Test
  void overrideInBothBranchesRejected() {
    List<Stmt> body = List.of(Stmt.ifElse(SEL, List.of(Stmt.assign(Expr.id("v"), A)),
        List.of(Stmt.assign(Expr.id("v"), Expr.lit(4, 1)))),
        Stmt.ifThen(A.op(Expr.BinaryOp.EQ, Expr.lit(4, 2)),
            List.of(Stmt.assign(Expr.id("v"), Expr.lit(4, 3)))));

    assertThrows(IllegalArgumentException.class, () -> new VerilogWriter(List.of())
        .write(module(body, Item.assign(Expr.id("y_o"), Expr.id("v")))));
  }

  @Test
  void overrideReadByFlipFlopAccepted() {
    Item flop = Item.alwaysFf("clk_i", "rst_ni",
        List.of(Stmt.assignNonBlocking(Expr.id("w"), Expr.lit(4, 0))),
        List.of(Stmt.assignNonBlocking(Expr.id("w"), Expr.id("v"))));

    String text = new VerilogWriter(List.of()).write(module(defaultThenOverride(), flop));

    assertTrue(text.contains("    v = 4'd0;\n    if (sel_i) begin\n      v = a_i;"), text);
  }

  @Test
  void caseDefaultArmAccepted() {
    List<Stmt> body = List.of(new Stmt.Case(SEL,
        List.of(Stmt.CaseItem.of(Expr.lit(1, 1), List.of(Stmt.assign(Expr.id("v"), A)))),
        List.of(Stmt.assign(Expr.id("v"), Expr.lit(4, 0)))));

    String text = new VerilogWriter(List.of())
        .write(module(body, Item.assign(Expr.id("y_o"), Expr.id("v"))));

    assertTrue(text.contains("      default: begin\n        v = 4'd0;\n"), text);
  }
}
