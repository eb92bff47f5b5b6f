package cimc.rtl.gen;

import static cimc.rtl.gen.Sv.id;
import static cimc.rtl.gen.Sv.lit;
import static cimc.rtl.gen.Sv.set;

import cimc.rtl.Expr;
import cimc.rtl.Expr.BinaryOp;
import cimc.rtl.Stmt;
import java.util.ArrayList;
import java.util.List;

/** The combinational next-state logic of {@code cim_infer}: defaults first, then the case. */
final class InferFsm {
  private static final List<String> HELD = List.of("layer", "ct", "rt", "plane", "grp", "pair",
      "neuron", "array", "best", "best_idx", "class", "buf0", "buf1", "array_sel", "wl_en",
      "col_grp", "adc_step", "obs_adc_codes", "obs_act_layer", "obs_act_index",
      "obs_act_value");
  private static final List<String> PULSED = List.of("done", "adc_sample", "obs_adc_valid",
      "obs_act_valid", "obs_class_valid");

  private final RtlParams p;
  private final InferWidths w;
  private final int classBits;

  InferFsm(RtlParams params, InferWidths widths, int classBits) {
    this.p = params;
    this.w = widths;
    this.classBits = classBits;
  }

  List<Stmt> body() {
    List<Stmt> body = new ArrayList<>();
    body.add(set("state_d", id("state_q")));
    HELD.forEach(name -> body.add(set(name + "_d", id(name + "_q"))));
    PULSED.forEach(name -> body.add(set(name + "_d", Sv.zero())));
    body.add(set("acc_d", id("acc_q")));
    body.add(new Stmt.Case(id("state_q"), List.of(
        arm("StIdle", idle()),
        arm("StDrive", drive()),
        arm("StSample", List.of(next("StConvert"))),
        arm("StConvert", List.of(set("wl_en_d", lit(p.rows(), 0)),
            Sv.when(id("sar_done_i"), convertDone().toArray(Stmt[]::new)))),
        arm("StFinal", finalizePair()),
        arm("StDone", List.of(set("class_d", Sv.slice("best_idx_q", classBits - 1, 0)),
            set("obs_class_valid_d", Sv.one()), set("done_d", Sv.one()), next("StIdle")))),
        List.of(next("StIdle"))));
    body.add(Sv.when(id("clear_i"), next("StIdle"), set("class_d", lit(classBits, 0)),
        set("wl_en_d", lit(p.rows(), 0))));
    return body;
  }

  private static Stmt.CaseItem arm(String state, List<Stmt> body) {
    return Stmt.CaseItem.of(id(state), body);
  }

  private static Stmt next(String state) {
    return set("state_d", id(state));
  }

  private Stmt clear(String name, int width) {
    return set(name + "_d", lit(width, 0));
  }

  private Stmt increment(String name, int width) {
    return set(name + "_d", Sv.add(id(name + "_q"), lit(width, 1)));
  }

  private List<Stmt> idle() {
    return List.of(Sv.when(id("start_i"), clear("layer", w.layer), clear("ct", w.colTile),
        clear("rt", w.rowTile), clear("plane", w.plane), clear("grp", w.group),
        clear("pair", w.pair), clear("neuron", w.neuron), clear("array", w.array),
        clear("acc", p.pairs() * w.acc), next("StDrive")));
  }

  private List<Stmt> drive() {
    return List.of(set("array_sel_d", id("array_q")), set("wl_en_d", id("wl_calc")),
        set("col_grp_d", id("grp_q")), set("adc_step_d", id("step_c")),
        set("adc_sample_d", Sv.one()), next("StSample"));
  }

  /** Accumulates the group, then steps group, plane and row tile, innermost first. */
  private List<Stmt> convertDone() {
    Stmt rowTile = Stmt.ifElse(Sv.ne(id("rt_q"), id("rt_last_c")),
        List.of(increment("rt", w.rowTile), next("StDrive")),
        List.of(clear("rt", w.rowTile), clear("pair", w.pair), next("StFinal")));
    Stmt plane = Stmt.ifElse(Sv.ne(id("plane_q"), id("plane_last_c")),
        List.of(increment("plane", w.plane), next("StDrive")),
        List.of(clear("plane", w.plane), increment("array", w.array), rowTile));
    Stmt group = Stmt.ifElse(Sv.ne(id("grp_q"), id("grp_last")),
        List.of(increment("grp", w.group), next("StDrive")),
        List.of(clear("grp", w.group), plane));
    return List.of(set("acc_d", id("acc_add")), set("obs_adc_valid_d", Sv.one()),
        set("obs_adc_codes_d", id("codes_k")), group);
  }

  /** Reports one neuron, stores or ranks it, shifts the accumulators and steps the tile. */
  private List<Stmt> finalizePair() {
    List<Stmt> arm = new ArrayList<>();
    arm.add(set("obs_act_valid_d", Sv.one()));
    arm.add(set("obs_act_layer_d", id("layer_q")));
    arm.add(set("obs_act_index_d", id("neuron_q")));
    arm.add(set("obs_act_value_d", id("report_val")));
    arm.add(increment("neuron", w.neuron));
    arm.add(set("acc_d", Sv.op(id("acc_q"), BinaryOp.SHR, Expr.intConst(w.acc))));
    Expr better = Sv.or(Sv.eq(id("neuron_q"), lit(w.neuron, 0)),
        Sv.op(id("z_val"), BinaryOp.GT, id("best_q")));
    arm.add(Stmt.ifElse(id("hidden_c"),
        List.of(Stmt.ifElse(layerOdd(), List.of(shiftIn("buf1")),
            List.of(shiftIn("buf0")))),
        List.of(Sv.when(better, set("best_d", id("z_val")),
            set("best_idx_d", id("neuron_q"))))));
    Stmt layer = Stmt.ifElse(Sv.ne(id("layer_q"), lit(w.layer, p.layerCount() - 1)),
        List.of(increment("layer", w.layer), next("StDrive")),
        List.of(next("StDone")));
    Stmt colTile = Stmt.ifElse(Sv.ne(id("ct_q"), id("ct_last_c")),
        List.of(increment("ct", w.colTile), next("StDrive")),
        List.of(clear("ct", w.colTile), clear("neuron", w.neuron), layer));
    arm.add(Stmt.ifElse(Sv.ne(id("pair_q"), id("pair_last")),
        List.of(increment("pair", w.pair)),
        List.of(clear("pair", w.pair), clear("acc", p.pairs() * w.acc), colTile)));
    return arm;
  }

  /** Layer parity: odd layers write buffer 1, even layers buffer 0. */
  private Expr layerOdd() {
    return w.layer == 1 ? id("layer_q") : Sv.bit("layer_q", 0);
  }

  /** Shifts the new activation in at the top of a buffer, moving older entries down. */
  private Stmt shiftIn(String buffer) {
    int bits = w.actBufferBits;
    if (bits == w.act) {
      return set(buffer + "_d", id("act_val"));
    }
    return set(buffer + "_d", Expr.concat(id("act_val"), Sv.slice(buffer + "_q", bits - 1,
        w.act)));
  }
}
