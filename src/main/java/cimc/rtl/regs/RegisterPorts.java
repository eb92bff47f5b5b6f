package cimc.rtl.regs;

import static cimc.rtl.Expr.id;

import cimc.rtl.DataType;
import cimc.rtl.Expr;
import cimc.rtl.Expr.BinaryOp;
import cimc.rtl.Item;
import cimc.rtl.Port;
import cimc.rtl.Stmt;
import java.util.ArrayList;
import java.util.List;

/** Builds the ports, storage, outputs and read value of one register for the APB block. */
final class RegisterPorts {
  private RegisterPorts() {}

  static String fieldSignal(Register register, Field field) {
    return register.signalName() + "_" + field.name();
  }

  /**
   * Hardware ports: {@code _o} for stored fields, {@code _i} for RO fields, {@code _set_i} to
   * set W1C bits, and {@code _push_o} for the strobe of a WO_PUSH register.
   */
  static List<Port> of(Register register) {
    List<Port> ports = new ArrayList<>();
    for (Field field : register.fields()) {
      String base = fieldSignal(register, field);
      DataType type = DataType.logic(field.width());
      switch (register.access()) {
        case RO -> ports.add(Port.input(base + "_i", type));
        case W1C -> {
          ports.add(Port.input(base + "_set_i", type));
          ports.add(Port.output(base + "_o", type));
        }
        case RW, WO_PUSH -> ports.add(Port.output(base + "_o", type));
        case CONST -> { }
        default -> throw new IllegalStateException("unknown access " + register.access());
      }
    }
    if (register.access() == Access.WO_PUSH) {
      ports.add(Port.output(register.signalName() + "_push_o", DataType.logic()));
    }
    return ports;
  }

  /** Write strobe, field flops and, for WO_PUSH, the push strobe flop. */
  static List<Item> storage(Register register) {
    String name = register.signalName();
    Expr writeStrobe = id(name + "_we");
    List<Item> items = new ArrayList<>();
    items.add(Item.declare(DataType.logic(), name + "_we"));
    items.add(Item.assign(writeStrobe, id("write_en").op(BinaryOp.AND, id(name + "_hit"))));

    List<Stmt> reset = new ArrayList<>();
    List<Stmt> update = new ArrayList<>();
    List<Stmt> written = new ArrayList<>();
    for (Field field : register.fields()) {
      Expr q = id(fieldSignal(register, field) + "_q");
      items.add(Item.declare(DataType.logic(field.width()), fieldSignal(register, field) + "_q"));
      reset.add(Stmt.assignNonBlocking(q, Expr.hex(field.width(), field.reset())));
      Expr data = Expr.slice("pwdata_i", field.msb(), field.lsb());
      if (register.access() == Access.W1C) {
        Expr clear = Expr.replicate(Expr.intConst(field.width()), writeStrobe)
            .op(BinaryOp.AND, data);
        update.add(Stmt.assignNonBlocking(q, id(fieldSignal(register, field) + "_set_i")
            .op(BinaryOp.OR, q.op(BinaryOp.AND, Expr.not(clear)))));
      } else {
        written.add(Stmt.assignNonBlocking(q, data));
      }
    }
    if (!written.isEmpty()) {
      update.add(Stmt.ifThen(writeStrobe, written));
    }
    if (register.access() == Access.WO_PUSH) {
      items.add(Item.declare(DataType.logic(), name + "_push_q"));
      reset.add(Stmt.assignNonBlocking(id(name + "_push_q"), Expr.bin(1, 0)));
      update.add(Stmt.assignNonBlocking(id(name + "_push_q"), writeStrobe));
    }
    items.add(Item.alwaysFf("clk_i", "rst_ni", reset, update));
    return items;
  }

  /** Continuous assignments of the output ports from the flops. */
  static List<Item> outputs(Register register) {
    List<Item> items = new ArrayList<>();
    if (!register.access().writable()) {
      return items;
    }
    for (Field field : register.fields()) {
      String base = fieldSignal(register, field);
      items.add(Item.assign(id(base + "_o"), id(base + "_q")));
    }
    if (register.access() == Access.WO_PUSH) {
      items.add(Item.assign(id(register.signalName() + "_push_o"),
          id(register.signalName() + "_push_q")));
    }
    return items;
  }

  /** Returns the 32-bit read value: fields in place, zeros in the gaps. */
  static Expr readValue(Register register) {
    if (register.access() == Access.CONST) {
      return Expr.hex(32, register.reset());
    }
    List<Expr> parts = new ArrayList<>();
    int next = 31;
    for (Field field : register.fieldsFromMsb()) {
      if (field.msb() < next) {
        parts.add(Expr.hex(next - field.msb(), 0));
      }
      String suffix = register.access() == Access.RO ? "_i" : "_q";
      parts.add(id(fieldSignal(register, field) + suffix));
      next = field.lsb() - 1;
    }
    if (next >= 0) {
      parts.add(Expr.hex(next + 1, 0));
    }
    return parts.size() == 1 ? parts.get(0) : Expr.concat(parts);
  }
}
