package cimc.rtl.regs;

import static cimc.rtl.Expr.id;

import cimc.rtl.DataType;
import cimc.rtl.Expr;
import cimc.rtl.Expr.BinaryOp;
import cimc.rtl.Item;
import cimc.rtl.ModuleSpec;
import cimc.rtl.ModuleSpec.Section;
import cimc.rtl.Parameter;
import cimc.rtl.Port;
import cimc.rtl.PortGroup;
import cimc.rtl.Stmt;
import java.util.ArrayList;
import java.util.List;

/**
 * Generates the APB register block of a {@link RegisterMap}. The slave has no wait states
 * (PREADY is 1), drives PRDATA combinationally from PADDR, and raises PSLVERR in the access
 * phase for an unmapped address and for a write to an RO or CONST register. Writes take effect
 * at the clock edge that ends the access phase. The APB4 signals PSTRB and PPROT are not
 * ported: every write stores the whole word.
 */
public final class ApbRegisterBlock {
  private static final int DATA_WIDTH = 32;

  private ApbRegisterBlock() {}

  /** Returns the module {@code map.name()} for {@code map}. */
  public static ModuleSpec module(RegisterMap map) {
    ModuleSpec.Builder module = ModuleSpec.builder(map.name(),
        "APB slave with the " + map.registers().size() + " registers of " + map.name() + ".");
    module.addPortGroup(PortGroup.of("Clock and reset", Port.input("clk_i", DataType.logic()),
        Port.input("rst_ni", DataType.logic())));
    module.addPortGroup(PortGroup.of("APB slave",
        Port.input("psel_i", DataType.logic()), Port.input("penable_i", DataType.logic()),
        Port.input("pwrite_i", DataType.logic()),
        Port.input("paddr_i", DataType.logic(map.addressWidth())),
        Port.input("pwdata_i", DataType.logic(DATA_WIDTH)),
        Port.output("prdata_o", DataType.logic(DATA_WIDTH)),
        Port.output("pready_o", DataType.logic()), Port.output("pslverr_o", DataType.logic())));
    for (Register register : map.registers()) {
      List<Port> ports = RegisterPorts.of(register);
      if (!ports.isEmpty()) {
        module.addPortGroup(new PortGroup(register.name() + " (" + register.access() + "): "
            + register.description(), ports));
      }
      module.addParameter(Parameter.local(offsetName(register),
          DataType.logic(map.addressWidth()), Expr.hex(map.addressWidth(), register.offset()),
          "Byte offset of " + register.name() + "."));
    }

    module.add(Section.REGISTERS, registers(map));
    module.add(Section.DATAPATH, datapath(map));
    module.add(Section.ASSERTIONS, assertions());
    return module.build();
  }

  /** Returns the name of the offset local parameter, for example {@code IrqStatusOffset}. */
  static String offsetName(Register register) {
    return JavaDriverWriter.camel(register.name()) + "Offset";
  }

  private static List<Item> registers(RegisterMap map) {
    List<Item> items = new ArrayList<>(decode(map));
    for (Register register : map.registers()) {
      if (!register.access().writable()) {
        continue;
      }
      items.add(Item.comment(register.name() + " at 0x"
          + Integer.toHexString(register.offset()) + ", " + register.access() + "."));
      items.addAll(RegisterPorts.storage(register));
    }
    return items;
  }

  /** Address decode and the write enable, declared before the flops that use them. */
  private static List<Item> decode(RegisterMap map) {
    List<Item> items = new ArrayList<>();
    items.add(Item.comment("Address decode: one hit per register. PADDR is compared in full, "
        + "so an unaligned address hits nothing."));
    for (Register register : map.registers()) {
      items.add(Item.declare(DataType.logic(), register.signalName() + "_hit"));
      items.add(Item.assign(id(register.signalName() + "_hit"),
          id("paddr_i").op(BinaryOp.EQ, id(offsetName(register)))));
    }
    items.add(Item.declare(DataType.logic(), "write_en"));
    items.add(Item.assign(id("write_en"), id("psel_i").op(BinaryOp.AND, id("penable_i"))
        .op(BinaryOp.AND, id("pwrite_i"))));
    return items;
  }

  private static List<Item> datapath(RegisterMap map) {
    List<Expr> hits = new ArrayList<>();
    List<Expr> readOnlyHits = new ArrayList<>();
    for (Register register : map.registers()) {
      Expr hit = id(register.signalName() + "_hit");
      hits.add(hit);
      if (!register.access().writable()) {
        readOnlyHits.add(hit);
      }
    }

    List<Item> items = new ArrayList<>();
    Expr access = id("psel_i").op(BinaryOp.AND, id("penable_i"));
    items.add(Item.declare(DataType.logic(), "any_hit", "read_only_hit"));
    items.add(Item.assign(id("any_hit"), orAll(hits)));
    items.add(Item.assign(id("read_only_hit"), orAll(readOnlyHits)));
    items.add(Item.assign(id("pready_o"), Expr.bin(1, 1)));
    items.add(Item.assign(id("pslverr_o"), access.op(BinaryOp.AND, Expr.not(id("any_hit"))
        .op(BinaryOp.OR, id("pwrite_i").op(BinaryOp.AND, id("read_only_hit"))))));
    items.add(Item.comment("Bits of PWDATA outside every field are ignored."));
    items.add(Item.declare(DataType.logic(), "unused_pwdata"));
    items.add(Item.assign(id("unused_pwdata"), Expr.unary(Expr.UnaryOp.REDUCE_XOR,
        id("pwdata_i"))));
    items.add(readMux(map));
    for (Register register : map.registers()) {
      items.addAll(RegisterPorts.outputs(register));
    }
    return items;
  }

  /** Combinational read data: the addressed register, or 0 for WO and unmapped addresses. */
  private static Item readMux(RegisterMap map) {
    List<Stmt.CaseItem> arms = new ArrayList<>();
    for (Register register : map.registers()) {
      if (register.access().readable()) {
        arms.add(Stmt.CaseItem.of(id(offsetName(register)),
            List.of(Stmt.assign(id("prdata_o"), RegisterPorts.readValue(register)))));
      }
    }
    // The default arm alone assigns 0, so prdata_o is assigned once on every path: a default
    // before the case would hang Icarus Verilog 11 (see cimc.rtl.CombOverrideCheck).
    Stmt zero = Stmt.assign(id("prdata_o"), Expr.hex(DATA_WIDTH, 0));
    return Item.alwaysComb(List.of(new Stmt.Case(id("paddr_i"), arms, List.of(zero))));
  }

  private static Expr orAll(List<Expr> terms) {
    if (terms.isEmpty()) {
      return Expr.bin(1, 0);
    }
    Expr result = terms.get(0);
    for (int i = 1; i < terms.size(); i++) {
      result = result.op(BinaryOp.OR, terms.get(i));
    }
    return result;
  }

  private static List<Item> assertions() {
    Expr access = id("psel_i").op(BinaryOp.LOGIC_AND, id("penable_i"));
    return List.of(
        new Item.Assertion("PreadyKnown_A", "clk_i", "rst_ni",
            Expr.logicNot(Expr.call(Expr.SystemFunction.ISUNKNOWN, id("pready_o"))),
            "pready_o is unknown"),
        new Item.Assertion("SlverrInAccess_A", "clk_i", "rst_ni",
            Expr.logicNot(id("pslverr_o")).op(BinaryOp.LOGIC_OR, access),
            "pslverr_o raised outside an access phase"));
  }
}
