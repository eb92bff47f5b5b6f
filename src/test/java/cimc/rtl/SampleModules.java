package cimc.rtl;

import static cimc.rtl.Expr.id;
import static cimc.rtl.Expr.lit;

import cimc.rtl.Expr.BinaryOp;
import cimc.rtl.ModuleSpec.Section;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small modules that together use each kind of item, statement and expression. */
final class SampleModules {
  private SampleModules() {}

  static final List<String> HEADER = List.of("Sample design for the Verilog writer tests.");

  private static Map<String, Expr> ordered(String k1, Expr v1, String k2, Expr v2) {
    Map<String, Expr> map = new LinkedHashMap<>();
    map.put(k1, v1);
    map.put(k2, v2);
    return map;
  }

  /** Returns a bit inverter used as a sub-module. */
  static ModuleSpec inverter() {
    return ModuleSpec.builder("smp_inv", "Inverts a vector bit by bit.")
        .addParameter(Parameter.of("Width", 4, "Bits of the vector."))
        .addPortGroup(PortGroup.of("Data", Port.input("a_i", DataType.logic("Width")),
            Port.output("y_o", DataType.logic("Width"))))
        .add(Section.DATAPATH, new Item.GenerateFor("b", id("Width"), "gen_bit", List.of(
            Item.assign(Expr.index(id("y_o"), id("b")), Expr.not(Expr.index(id("a_i"),
                id("b")))))))
        .build();
  }

  /** Returns a two-deep history with a reset loop and a bit reversal computed by a loop. */
  static ModuleSpec history() {
    Expr history = id("hist_q");
    Stmt resetLoop = Stmt.forLoop("i", Expr.intConst(2), List.of(Stmt.assignNonBlocking(
        Expr.index(history, id("i")), Expr.hex(4, 0))));
    Stmt reverseLoop = Stmt.forLoop("i", Expr.intConst(4), List.of(Stmt.assign(
        Expr.index(id("rev"), id("i")), Expr.index(id("a_i"), Expr.intConst(3)
            .op(BinaryOp.SUB, id("i"))))));
    return ModuleSpec.builder("smp_hist", "Delays the input by two cycles, inverted when its parity is even.")
        .addPortGroup(PortGroup.of("Clock and reset", Port.input("clk_i", DataType.logic()),
            Port.input("rst_ni", DataType.logic())))
        .addPortGroup(PortGroup.of("Data", Port.input("a_i", DataType.logic(4)),
            Port.output("par_o", DataType.logic()), Port.output("last_o", DataType.logic(4))))
        .add(Section.REGISTERS, List.of(
            new Item.Declaration(DataType.logic(4), List.of("hist_q"), 2, "Input history."),
            Item.alwaysFf("clk_i", "rst_ni", List.of(resetLoop), List.of(
                Stmt.assignNonBlocking(Expr.index("hist_q", 0), id("a_i")),
                Stmt.assignNonBlocking(Expr.index("hist_q", 1), Expr.index("hist_q", 0))))))
        .add(Section.DATAPATH, List.of(
            Item.declare(DataType.logic(4), "rev"),
            Item.alwaysComb(List.of(reverseLoop)),
            Item.assign(id("par_o"), Expr.unary(Expr.UnaryOp.REDUCE_XOR, id("rev"))),
            Item.assign(id("last_o"), Expr.ternary(id("par_o"), Expr.index("hist_q", 1),
                Expr.unsigned(Expr.not(Expr.index("hist_q", 1)))))))
        .build();
  }

  /** Returns all sample modules in file order. */
  static List<ModuleSpec> all() {
    return List.of(inverter(), accumulator(), history());
  }

  /** Returns an accumulator with a three-state machine, an instance and an assertion. */
  static ModuleSpec accumulator() {
    Expr stateQ = id("state_q");
    Expr stateD = id("state_d");
    Expr accQ = id("acc_q");
    Expr accD = id("acc_d");
    Stmt.Case fsm = new Stmt.Case(stateQ, List.of(
        Stmt.CaseItem.of(id("StIdle"), List.of(Stmt.ifThen(id("start_i"),
            List.of(Stmt.assign(stateD, id("StRun")), Stmt.assign(accD, lit(8, 0)))))),
        Stmt.CaseItem.of(id("StRun"), List.of(
            Stmt.assign(accD, accQ.op(BinaryOp.ADD, Expr.concat(Expr.replicate(
                Expr.intConst(4), Expr.index(id("inv_y"), Expr.intConst(3))), id("inv_y")))),
            Stmt.ifElse(Expr.logicNot(id("start_i")), List.of(Stmt.assign(stateD,
                id("StDone"))), List.of(Stmt.comment("Keep accumulating while start is high."))))),
        Stmt.CaseItem.of(id("StDone"), List.of(Stmt.assign(stateD, id("StIdle"))))),
        List.of(Stmt.assign(stateD, id("StIdle"))));
    return ModuleSpec.builder("smp_acc", "Accumulates the inverted input while start is high.")
        .addParameter(Parameter.local("Step", DataType.logic(4).asSigned(),
            Expr.signedLit(4, -3), "Signed step added by the shifter path."))
        .addPortGroup(PortGroup.of("Clock and reset", Port.input("clk_i", DataType.logic()),
            Port.input("rst_ni", DataType.logic())))
        .addPortGroup(PortGroup.of("Control", Port.input("start_i", DataType.logic()),
            Port.input("data_i", DataType.logic(4)), Port.output("busy_o", DataType.logic())))
        .addPortGroup(PortGroup.of("Result", Port.output("acc_o", DataType.logic(8)),
            Port.output("shift_o", DataType.logic(8).asSigned())))
        .add(Section.REGISTERS, List.of(
            Item.declare(DataType.logic(8), "acc_d", "acc_q"),
            Item.alwaysFf("clk_i", "rst_ni", List.of(Stmt.assignNonBlocking(accQ, lit(8, 0))),
                List.of(Stmt.assignNonBlocking(accQ, accD)))))
        .add(Section.DATAPATH, List.of(
            Item.declare(DataType.logic(4), "inv_y"),
            new Item.Instance("smp_inv", "u_inv", Map.of("Width", Expr.intConst(4)),
                ordered("a_i", id("data_i"), "y_o", id("inv_y"))),
            Item.assign(id("acc_o"), accQ),
            Item.assign(id("shift_o"), Expr.signed(accQ).op(BinaryOp.ASHR, lit(2, 1))
                .op(BinaryOp.ADD, Expr.signed(Expr.concat(Expr.replicate(Expr.intConst(4),
                    Expr.index(id("Step"), Expr.intConst(3))), id("Step")))))))
        .add(Section.STATE_MACHINE, List.of(
            new Item.EnumType("state_e", 2, List.of("StIdle", "StRun", "StDone"),
                "Accumulator states."),
            Item.declare(DataType.named("state_e"), "state_d", "state_q"),
            Item.assign(id("busy_o"), stateQ.op(BinaryOp.EQ, id("StRun"))),
            Item.alwaysComb(List.of(Stmt.assign(stateD, stateQ), Stmt.assign(accD, accQ), fsm)),
            Item.alwaysFf("clk_i", "rst_ni", List.of(Stmt.assignNonBlocking(stateQ,
                id("StIdle"))), List.of(Stmt.assignNonBlocking(stateQ, stateD)))))
        .add(Section.ASSERTIONS, new Item.Assertion("StateValid_A", "clk_i", "rst_ni",
            Expr.binary(stateQ, BinaryOp.NE, Expr.lit(2, 3)), "state_q left the state set"))
        .build();
  }
}
