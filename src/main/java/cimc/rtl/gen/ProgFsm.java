package cimc.rtl.gen;

import static cimc.rtl.gen.Sv.id;
import static cimc.rtl.gen.Sv.lit;
import static cimc.rtl.gen.Sv.set;

import cimc.rtl.Expr;
import cimc.rtl.Expr.BinaryOp;
import cimc.rtl.Item;
import cimc.rtl.Stmt;
import java.util.ArrayList;
import java.util.List;

/** The write-verify decision and the next-state logic of {@code cim_prog}. */
final class ProgFsm {
    private static final int COUNT = RtlParams.COUNT_BITS;
  private static final List<String> HELD = List.of("job", "pulses", "last_valid", "last_set",
      "amp", "code", "pass", "cnt", "run", "total", "fails", "prog_addr", "pulse_set",
      "pulse_reset", "pulse_amp", "obs_job_pulses", "obs_job_pass", "obs_job_code",
      "obs_pulse_set", "obs_pulse_amp");
  private static final List<String> PULSED = List.of("done", "sense_req", "obs_job_done",
      "obs_pulse_valid");

  private final RtlParams p;
  private final int job;
  private final int code;

  ProgFsm(RtlParams params, int job, int code) {
    this.p = params;
    this.job = job;
    this.code = code;
  }

  List<Item> items() {
    List<Item> items = new ArrayList<>();
    items.add(Item.comment("Decision on the last read: window test, polarity and amplitude."));
    items.add(Sv.wires(code, "job_lo", "job_hi"));
    items.add(Item.assign(id("job_lo"), Sv.slice("job_q", 2 * code - 1, code)));
    items.add(Item.assign(id("job_hi"), Sv.slice("job_q", code - 1, 0)));
    items.add(Sv.wires(1, "in_window", "set_pol", "same_pol"));
    items.add(Item.assign(id("in_window"), Sv.and(Sv.op(id("job_lo"), BinaryOp.LE,
        id("code_q")), Sv.op(id("code_q"), BinaryOp.LE, id("job_hi")))));
    items.add(Item.assign(id("set_pol"), Sv.op(id("code_q"), BinaryOp.LT, id("job_lo"))));
    items.add(Item.assign(id("same_pol"), Sv.and(id("last_valid_q"),
        Sv.eq(id("last_set_q"), id("set_pol")))));
    items.add(Sv.wires(p.ampBits() + 1, "amp_sum"));
    int amp = p.ampBits();
    items.add(Item.assign(id("amp_sum"), Sv.add(Sv.zext(id("amp_q"), amp, amp + 1),
        Sv.zext(id("amp_step_i"), amp, amp + 1))));
    items.add(Sv.wires(p.ampBits(), "amp_next"));
    Expr ramp = Sv.ternary(Sv.op(id("amp_sum"), BinaryOp.GT, Sv.zext(id("amp_max_i"), p.ampBits(),
        p.ampBits() + 1)), id("amp_max_i"), Sv.slice("amp_sum", p.ampBits() - 1, 0));
    items.add(Item.assign(id("amp_next"), Sv.ternary(id("same_pol"), ramp,
        Sv.ternary(id("set_pol"), id("set_start_i"), id("reset_start_i")))));
    // Pop the head job while a run lasts and the FIFO has one. This is a continuous assignment
    // because the FIFO logic reads pop; see cimc.rtl.CombOverrideCheck.
    Expr ready = Sv.ne(id("count_q"), lit(Widths.unsignedBits(RtlParams.FIFO_DEPTH), 0));
    Expr idle = Sv.and(Sv.eq(id("state_q"), id("StIdle")), id("run_q"));
    items.add(Item.assign(id("pop"), Sv.and(Sv.and(idle, Sv.not(id("start_i"))), ready)));
    items.add(Item.alwaysComb(body()));
    return items;
  }

  private List<Stmt> body() {
    List<Stmt> body = new ArrayList<>();
    body.add(set("state_d", id("state_q")));
    HELD.forEach(name -> body.add(set(name + "_d", id(name + "_q"))));
    PULSED.forEach(name -> body.add(set(name + "_d", Sv.zero())));
    body.add(Sv.when(id("start_i"), set("run_d", Sv.one()), set("total_d", lit(32, 0)),
        set("fails_d", lit(32, 0))));
    body.add(new Stmt.Case(id("state_q"), List.of(
        arm("StIdle", idle()),
        arm("StRead", List.of(set("prog_addr_d", Sv.slice("job_q", job - 1, 2 * code)),
            set("sense_req_d", Sv.one()), next("StWait"))),
        arm("StWait", List.of(Sv.when(id("sense_valid_i"), set("code_d", id("sense_code_i")),
            next("StDecide")))),
        arm("StDecide", decide()),
        arm("StPulse", List.of(Stmt.ifElse(Sv.op(id("cnt_q"), BinaryOp.LE, lit(COUNT, 1)),
            List.of(set("pulse_set_d", Sv.zero()), set("pulse_reset_d", Sv.zero()),
                next("StRead")),
            List.of(set("cnt_d", Sv.sub(id("cnt_q"), lit(COUNT, 1))))))),
        arm("StReport", report())),
        List.of(next("StIdle"))));
    body.add(Sv.when(id("clear_i"), next("StIdle"), set("run_d", Sv.zero()),
        set("total_d", lit(32, 0)), set("fails_d", lit(32, 0)), set("pulse_set_d", Sv.zero()),
        set("pulse_reset_d", Sv.zero())));
    return body;
  }

  private static Stmt.CaseItem arm(String state, List<Stmt> body) {
    return Stmt.CaseItem.of(id(state), body);
  }

  private static Stmt next(String state) {
    return set("state_d", id(state));
  }

  /** Takes the next job while the run lasts ({@code pop} is high); an empty FIFO ends the run. */
  private List<Stmt> idle() {
    Stmt pop = Stmt.ifElse(Sv.eq(id("count_q"), lit(Widths.unsignedBits(RtlParams.FIFO_DEPTH),
        0)),
        List.of(set("run_d", Sv.zero()), set("done_d", Sv.one())),
        List.of(set("job_d", id("head")), set("pulses_d",
            lit(COUNT, 0)), set("last_valid_d", Sv.zero()), set("amp_d", lit(p.ampBits(), 0)),
            next("StRead")));
    return List.of(Sv.when(Sv.and(id("run_q"), Sv.not(id("start_i"))), pop));
  }

  private List<Stmt> decide() {
    List<Stmt> pulse = List.of(set("amp_d", id("amp_next")), set("pulse_amp_d",
        id("amp_next")), set("pulse_set_d", id("set_pol")), set("pulse_reset_d",
        Sv.not(id("set_pol"))), set("cnt_d", id("width_i")),
        set("pulses_d", Sv.add(id("pulses_q"), lit(COUNT, 1))), set("last_valid_d", Sv.one()),
        set("last_set_d", id("set_pol")), set("obs_pulse_valid_d", Sv.one()),
        set("obs_pulse_set_d", id("set_pol")), set("obs_pulse_amp_d", id("amp_next")),
        next("StPulse"));
    Stmt budget = Stmt.ifElse(Sv.eq(id("pulses_q"), id("budget_i")),
        List.of(set("pass_d", Sv.zero()), next("StReport")), pulse);
    return List.of(Stmt.ifElse(id("in_window"),
        List.of(set("pass_d", Sv.one()), next("StReport")), List.of(budget)));
  }

  private List<Stmt> report() {
    return List.of(set("obs_job_done_d", Sv.one()), set("obs_job_pulses_d", id("pulses_q")),
        set("obs_job_pass_d", id("pass_q")), set("obs_job_code_d", id("code_q")),
        set("total_d", Sv.add(id("total_q"), Sv.zext(id("pulses_q"), COUNT, 32))),
        set("fails_d", Sv.add(id("fails_q"), Sv.zext(Sv.not(id("pass_q")), 1, 32))),
        next("StIdle"));
  }
}
