package cimc.rtl.gen;

import static cimc.rtl.gen.Sv.id;
import static cimc.rtl.gen.Sv.lit;

import cimc.rtl.Expr;
import cimc.rtl.Expr.BinaryOp;
import cimc.rtl.Item;
import java.util.ArrayList;
import java.util.List;

/**
 * Readout datapath of the inference sequencer: wordline drive from the buffers, signed ADC
 * codes, shift-add accumulation per column pair, and the per-neuron finalize arithmetic
 * {@code Z = Y + bias}, {@code x = clamp((Z * M + round) >>> S, 0, 2^a - 1)}.
 */
final class InferDatapath {
  private final RtlParams p;
  private final InferWidths w;

  InferDatapath(RtlParams params, InferWidths widths) {
    this.p = params;
    this.w = widths;
  }

  /**
   * Builds {@code wl_calc}: bit r is bit {@code plane_q} of input {@code rt*R + r} for rows
   * below {@code rows_used}, else 0.
   */
  List<Item> wordlines() {
    List<Item> items = new ArrayList<>();
    items.add(Sv.wires(w.rowsUsed, "rows_used"));
    items.add(Item.assign(id("rows_used"), Sv.ternary(Sv.eq(id("rt_q"), id("rt_last_c")),
        id("rows_last_c"), lit(w.rowsUsed, p.rows()))));
    items.add(Sv.wires(p.rows(), "wl_calc"));
    items.add(Item.comment("Wordline r: layer 0 drives the input bit, hidden layers drive bit "
        + "plane_q of the activation; rows at or beyond rows_used stay off."));
    Expr plane = Sv.zext(id("plane_q"), w.plane, w.chunkIndex);
    List<Expr> bits = new ArrayList<>();
    for (int r = p.rows() - 1; r >= 0; r--) {
      Expr actBit = Expr.index(id("act_chunk"), Sv.add(lit(w.chunkIndex, (long) r * w.act),
          plane));
      Expr source = Sv.ternary(Sv.eq(id("layer_q"), lit(w.layer, 0)), Sv.bit("in_chunk", r),
          actBit);
      Expr used = Sv.op(lit(w.rowsUsed, r), BinaryOp.LT, id("rows_used"));
      bits.add(Sv.op(used, BinaryOp.AND, source));
    }
    items.add(Item.assign(id("wl_calc"), Expr.concat(bits)));
    return items;
  }

  /** {@code codes_k}: the N_adc SAR codes as signed k = u - H (MSB inverted). */
  List<Item> signedCodes() {
    int b = p.adcBits();
    List<Expr> parts = new ArrayList<>();
    for (int n = p.adcs() - 1; n >= 0; n--) {
      int msb = n * b + b - 1;
      parts.add(Expr.not(Sv.bit("sar_codes_i", msb)));
      if (b > 1) {
        parts.add(Sv.slice("sar_codes_i", msb - 1, n * b));
      }
    }
    return List.of(
        Item.comment("Signed ADC codes k = u - H: offset binary with the MSB inverted."),
        Sv.wires(p.adcs() * b, "codes_k"),
        Item.assign(id("codes_k"), Expr.concat(parts)));
  }

  /**
   * {@code acc_add}: every accumulator of the current group plus its code shifted by the bit
   * plane; the other accumulators unchanged.
   */
  List<Item> accumulate() {
    int b = p.adcBits();
    List<Expr> parts = new ArrayList<>();
    for (int j = p.pairs() - 1; j >= 0; j--) {
      int n = j % p.adcs();
      Expr code = Sv.sext(Sv.slice("codes_k", n * b + b - 1, n * b),
          Sv.bit("codes_k", n * b + b - 1), b, w.acc);
      Expr old = Sv.slice("acc_q", (j + 1) * w.acc - 1, j * w.acc);
      Expr sum = Sv.add(old, Sv.op(code, BinaryOp.SHL, id("plane_q")));
      parts.add(Sv.ternary(Sv.eq(id("grp_q"), lit(w.group, j / p.adcs())), sum, old));
    }
    return List.of(
        Item.comment("Shift-add: Y[g*N + n] += k[n] << plane for the group being converted. "
            + "Whole-vector assignments only: Icarus 11 re-triggers an always_comb that "
            + "writes part of a vector it also fully assigns."),
        Sv.wires(p.pairs() * w.acc, "acc_add"),
        Item.assign(id("acc_add"), Expr.concat(parts)));
  }

  /** Finalize arithmetic on the pair at the bottom of the accumulator shift register. */
  List<Item> finalizeMath() {
    List<Item> items = new ArrayList<>();
    items.add(Item.comment("Z = Y + bias; hidden x = clamp((Z * M + round) >>> S, 0, 2^a - 1)."));
    items.add(Sv.wires(w.acc, "acc_low"));
    items.add(Item.assign(id("acc_low"), Sv.slice("acc_q", w.acc - 1, 0)));
    items.add(Sv.signedWires(w.z, "z_val"));
    items.add(Item.assign(id("z_val"), Sv.add(Sv.sext("acc_low", w.acc, w.z),
        Sv.sext(id("bias_c"), Sv.bit("bias_c", w.bias - 1), w.bias, w.z))));
    items.add(Sv.signedWires(w.product, "prod_val", "shifted_val"));
    Expr product = Sv.op(Sv.sext("z_val", w.z, w.product), BinaryOp.MUL,
        Expr.signed(Sv.zext(id("mult_c"), w.multiplier, w.product)));
    items.add(Item.assign(id("prod_val"), Sv.add(product,
        Expr.signed(id("round_c")))));
    items.add(Item.assign(id("shifted_val"), Sv.op(id("prod_val"), BinaryOp.ASHR,
        id("shift_c"))));
    items.add(Sv.wires(w.act, "act_val"));
    Expr negative = Sv.bit("shifted_val", w.product - 1);
    Expr above = Sv.op(Sv.slice("shifted_val", w.product - 1, 0), BinaryOp.GT,
        Sv.zext(id("act_max_c"), w.act, w.product));
    items.add(Item.assign(id("act_val"), Sv.ternary(negative, lit(w.act, 0),
        Sv.ternary(above, id("act_max_c"), Sv.slice("shifted_val", w.act - 1, 0)))));
    items.add(Sv.signedWires(w.value, "report_val"));
    items.add(Item.assign(id("report_val"), Sv.ternary(id("hidden_c"),
        Expr.signed(Sv.zext(id("act_val"), w.act, w.value)), Sv.sext("z_val", w.z, w.value))));
    return items;
  }
}
