package cimc.rtl.gen;

import cimc.rtl.DataType;
import cimc.rtl.Expr;
import cimc.rtl.Item;
import java.util.ArrayList;
import java.util.List;

/**
 * One {@code name_d}/{@code name_q} register pair of a generated module: its width, its
 * signedness, and a reset value of 0.
 */
record RegisterSlot(String name, int width, boolean signed) {
  static RegisterSlot of(String name, int width) {
    return new RegisterSlot(name, width, false);
  }

  static RegisterSlot signed(String name, int width) {
    return new RegisterSlot(name, width, true);
  }

  /** Declares every pair and one {@code always_ff} that resets them to 0 and copies d to q. */
  static List<Item> declare(List<RegisterSlot> slots) {
    List<Item> items = new ArrayList<>();
    List<String> names = new ArrayList<>();
    List<Expr> resets = new ArrayList<>();
    for (RegisterSlot slot : slots) {
      DataType type = DataType.logic(slot.width());
      items.add(Item.declare(slot.signed() ? type.asSigned() : type, slot.name() + "_d",
          slot.name() + "_q"));
      names.add(slot.name());
      resets.add(slot.signed() ? Expr.signedLit(slot.width(), 0) : Sv.lit(slot.width(), 0));
    }
    items.add(Sv.registers(names, resets));
    return items;
  }
}
