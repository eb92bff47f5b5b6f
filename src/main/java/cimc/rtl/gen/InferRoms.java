package cimc.rtl.gen;

import static cimc.rtl.gen.Sv.id;
import static cimc.rtl.gen.Sv.lit;
import static cimc.rtl.gen.Sv.set;

import cimc.hw.LayerTiling;
import cimc.rtl.Expr;
import cimc.rtl.Item;
import cimc.rtl.Stmt;
import java.util.ArrayList;
import java.util.List;

/**
 * Constant tables of the inference sequencer, each a {@code case} in an {@code always_comb}:
 * the per-layer loop limits and requantization constants, the bias of every neuron, and the
 * row-tile slices of the input and activation buffers that drive the wordlines.
 */
final class InferRoms {
  private final RtlParams p;
  private final InferWidths w;

  InferRoms(RtlParams params, InferWidths widths) {
    this.p = params;
    this.w = widths;
  }

  /** Declarations and the layer table: loop limits, ADC step, M, S, rounding, ReLU ceiling. */
  List<Item> layerTable() {
    List<Item> items = new ArrayList<>();
    items.add(Item.comment("Per-layer constants: last loop indices, ADC step and requantization."));
    items.add(Sv.wires(w.colTile, "ct_last_c"));
    items.add(Sv.wires(w.rowTile, "rt_last_c"));
    items.add(Sv.wires(w.plane, "plane_last_c"));
    items.add(Sv.wires(p.stepBits(), "step_c"));
    items.add(Sv.wires(w.rowsUsed, "rows_last_c"));
    items.add(Sv.wires(w.group, "grp_full_c", "grp_tail_c"));
    items.add(Sv.wires(w.pair, "pair_tail_c"));
    items.add(Sv.wires(w.multiplier, "mult_c"));
    items.add(Sv.wires(5, "shift_c"));
    items.add(Sv.wires(w.product, "round_c"));
    items.add(Sv.wires(w.act, "act_max_c"));
    items.add(Sv.wires(1, "hidden_c"));
    List<String> names = List.of("ct_last_c", "rt_last_c", "plane_last_c",
        "step_c", "rows_last_c", "grp_full_c", "grp_tail_c", "pair_tail_c", "mult_c", "shift_c",
        "round_c", "act_max_c", "hidden_c");
    int[] widths = {w.colTile, w.rowTile, w.plane, p.stepBits(), w.rowsUsed,
        w.group, w.group, w.pair, w.multiplier, 5, w.product, w.act, 1};
    List<Stmt> defaults = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      defaults.add(set(names.get(i), lit(widths[i], 0)));
    }
    List<Stmt.CaseItem> arms = new ArrayList<>();
    for (int l = 0; l < p.layerCount(); l++) {
      arms.add(Stmt.CaseItem.of(lit(w.layer, l), layerArm(l)));
    }
    // Each arm assigns every constant once; see cimc.rtl.CombOverrideCheck.
    items.add(Item.alwaysComb(List.of(new Stmt.Case(id("layer_q"), arms, defaults))));
    return items;
  }

  private List<Stmt> layerArm(int l) {
    LayerParams lp = p.layer(l);
    LayerTiling t = lp.tiling();
    int lastCt = t.colTiles() - 1;
    boolean hidden = l + 1 < p.layerCount();
    List<Stmt> arm = new ArrayList<>();
    arm.add(set("ct_last_c", lit(w.colTile, lastCt)));
    arm.add(set("rt_last_c", lit(w.rowTile, t.rowTiles() - 1)));
    arm.add(set("plane_last_c", lit(w.plane, lp.inputBits() - 1)));
    arm.add(set("step_c", lit(p.stepBits(), lp.adcStep())));
    arm.add(set("rows_last_c", lit(w.rowsUsed, t.rowsUsed(t.rowTiles() - 1))));
    arm.add(set("grp_full_c", lit(w.group, lp.groups(0, p.adcs()) - 1)));
    arm.add(set("grp_tail_c", lit(w.group, lp.groups(lastCt, p.adcs()) - 1)));
    arm.add(set("pair_tail_c", lit(w.pair, t.pairsUsed(lastCt) - 1)));
    if (hidden) {
      arm.add(set("mult_c", lit(w.multiplier, lp.multiplier())));
      arm.add(set("shift_c", lit(5, lp.shift())));
      arm.add(set("round_c", lit(w.product, lp.roundingTerm())));
      arm.add(set("act_max_c", lit(w.act, (1L << p.layer(l + 1).inputBits()) - 1)));
      arm.add(set("hidden_c", Sv.one()));
    } else {
      arm.add(set("mult_c", lit(w.multiplier, 0)));
      arm.add(set("shift_c", lit(5, 0)));
      arm.add(set("round_c", lit(w.product, 0)));
      arm.add(set("act_max_c", lit(w.act, 0)));
      arm.add(set("hidden_c", lit(1, 0)));
    }
    return arm;
  }

  /** Builds the bias ROM: {@code bias_c} of neuron {@code neuron_q} of layer {@code layer_q}. */
  List<Item> biasTable() {
    int keyBits = w.layer + w.neuron;
    List<Stmt.CaseItem> arms = new ArrayList<>();
    for (int l = 0; l < p.layerCount(); l++) {
      LayerParams lp = p.layer(l);
      for (int o = 0; o < lp.tiling().outputs(); o++) {
        if (lp.bias(o) != 0) {
          arms.add(Stmt.CaseItem.of(lit(keyBits, ((long) l << w.neuron) | o),
              List.of(set("bias_c", Expr.signedLit(w.bias, lp.bias(o))))));
        }
      }
    }
    List<Item> items = new ArrayList<>();
    items.add(Item.comment("Bias ROM in accumulator units, keyed by layer and neuron; "
        + "neurons without an entry have bias 0."));
    items.add(Sv.signedWires(w.bias, "bias_c"));
    if (arms.isEmpty()) {
      items.add(Item.assign(id("bias_c"), Expr.signedLit(w.bias, 0)));
      return items;
    }
    items.add(Sv.wires(keyBits, "bias_key"));
    items.add(Item.assign(id("bias_key"), Expr.concat(id("layer_q"), id("neuron_q"))));
    items.add(Item.alwaysComb(List.of(new Stmt.Case(id("bias_key"), arms,
        List.of(set("bias_c", Expr.signedLit(w.bias, 0)))))));
    return items;
  }

  /**
   * Builds the row-tile slices: {@code in_chunk} contains the R layer-0 input bits of row tile
   * {@code rt_q}, and {@code act_chunk} the R activation entries of a hidden layer's tile. A hidden
   * layer l reads the buffer written by layer l-1; its entries sit at the top of the buffer
   * because the writer shifts them in from the top, so entry i of layer l is at
   * {@code actEntries - inputs(l) + i}.
   */
  List<Item> rowTileTable() {
    int keyBits = w.layer + w.rowTile;
    List<Stmt.CaseItem> arms = new ArrayList<>();
    for (int l = 0; l < p.layerCount(); l++) {
      LayerTiling t = p.layer(l).tiling();
      for (int rt = 0; rt < t.rowTiles(); rt++) {
        Expr key = lit(keyBits, ((long) l << w.rowTile) | rt);
        Expr in = l == 0 ? inputSlice(rt) : lit(p.rows(), 0);
        Expr act = l == 0 ? lit(p.rows() * w.act, 0) : activationSlice(l, rt);
        arms.add(Stmt.CaseItem.of(key, List.of(set("in_chunk", in), set("act_chunk", act))));
      }
    }
    List<Item> items = new ArrayList<>();
    items.add(Item.comment("Row-tile slices of the input and activation buffers."));
    items.add(Sv.wires(p.rows(), "in_chunk"));
    items.add(Sv.wires(p.rows() * w.act, "act_chunk"));
    items.add(Sv.wires(keyBits, "tile_key"));
    items.add(Item.assign(id("tile_key"), Expr.concat(id("layer_q"), id("rt_q"))));
    List<Stmt> zero = List.of(set("in_chunk", lit(p.rows(), 0)),
        set("act_chunk", lit(p.rows() * w.act, 0)));
    items.add(Item.alwaysComb(List.of(new Stmt.Case(id("tile_key"), arms, zero))));
    return items;
  }

  private Expr inputSlice(int rt) {
    int lsb = rt * p.rows();
    int msb = Math.min(w.inputBufferBits, lsb + p.rows()) - 1;
    return padded(Sv.slice("in_q", msb, lsb), msb - lsb + 1, p.rows());
  }

  private Expr activationSlice(int l, int rt) {
    int entries = p.actEntries();
    int first = entries - p.layer(l).tiling().inputs() + rt * p.rows();
    int end = Math.min(entries, first + p.rows());
    String buffer = (l - 1) % 2 == 0 ? "buf0_q" : "buf1_q";
    Expr slice = Sv.slice(buffer, end * w.act - 1, first * w.act);
    return padded(slice, (end - first) * w.act, p.rows() * w.act);
  }

  private static Expr padded(Expr value, int width, int to) {
    return Sv.zext(value, width, to);
  }
}
