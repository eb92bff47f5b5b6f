package cimc.rtl.gen;

import static cimc.rtl.gen.Sv.id;
import static cimc.rtl.gen.Sv.lit;
import static cimc.rtl.gen.Sv.set;

import cimc.rtl.DataType;
import cimc.rtl.Expr;
import cimc.rtl.Expr.BinaryOp;
import cimc.rtl.Item;
import cimc.rtl.ModuleSpec;
import cimc.rtl.ModuleSpec.Section;
import cimc.rtl.PortGroup;
import cimc.rtl.Stmt;
import java.util.ArrayList;
import java.util.List;

/**
 * Generates {@code cim_prog}: a job FIFO and the write-verify loop. Per job it reads the cell
 * and stops with pass when the read code is inside [lo, hi], or with fail once the budget of
 * pulses is spent. Otherwise it applies a SET pulse (read below lo) or a RESET pulse (read above
 * hi). The amplitude starts at the polarity's start code and, while the polarity repeats, ramps
 * by the step up to the maximum. A pulse is high for {@code width} cycles (0 counts as 1).
 */
final class ProgModule {
  static final String NAME = "cim_prog";
  private static final List<String> STATES =
      List.of("StIdle", "StRead", "StWait", "StDecide", "StPulse", "StReport");
  private static final int DEPTH = RtlParams.FIFO_DEPTH;
    private static final int COUNT = RtlParams.COUNT_BITS;

  private final RtlParams p;
  private final int code;
  private final int addr;
  private final int job;
  private final int ptr;

  private ProgModule(RtlParams params) {
    this.p = params;
    this.code = params.codeBits();
    this.addr = params.arrayBits() + params.rowBits() + params.colBits();
    this.job = addr + 2 * code;
    this.ptr = Widths.unsignedBits(DEPTH - 1);
  }

  static ModuleSpec build(RtlParams params) {
    return new ProgModule(params).module();
  }

  private ModuleSpec module() {
    ModuleSpec.Builder m = ModuleSpec.builder(NAME,
        "Write-verify program sequencer with its cell job FIFO.");
    ports(m);
    m.add(Section.REGISTERS, registers());
    m.add(Section.DATAPATH, fifo());
    m.add(Section.DATAPATH, outputs());
    m.add(Section.STATE_MACHINE, stateMachine());
    m.add(Section.ASSERTIONS, new Item.Assertion("ProgPulseExclusive_A", Sv.CLK, Sv.RST,
        Sv.not(Sv.and(id("pulse_set_q"), id("pulse_reset_q"))),
        "SET and RESET pulses must never overlap"));
    m.add(Section.ASSERTIONS, new Item.Assertion("ProgFifoNoOverflow_A", Sv.CLK, Sv.RST,
        Sv.not(Sv.and(id("push_i"), Sv.eq(id("count_q"), lit(ptr + 1, DEPTH)))),
        "a job was pushed into a full FIFO and dropped"));
    return m.build();
  }

  private void ports(ModuleSpec.Builder m) {
    m.addPortGroup(PortGroup.of("Clock and reset", Sv.in(Sv.CLK, 1), Sv.in(Sv.RST, 1)));
    m.addPortGroup(PortGroup.of("Control: start a run, clear counters and FIFO",
        Sv.in("start_i", 1), Sv.in("clear_i", 1), Sv.out("busy_o", 1), Sv.out("done_o", 1)));
    m.addPortGroup(PortGroup.of("Job push",
        Sv.in("push_i", 1), Sv.in("job_array_i", p.arrayBits()), Sv.in("job_row_i", p.rowBits()),
        Sv.in("job_col_i", p.colBits()), Sv.in("job_lo_i", code), Sv.in("job_hi_i", code),
        Sv.out("fifo_full_o", 1), Sv.out("fifo_empty_o", 1)));
    m.addPortGroup(PortGroup.of("Pulse configuration: amplitude codes, width in cycles, budget",
        Sv.in("set_start_i", p.ampBits()), Sv.in("reset_start_i", p.ampBits()),
        Sv.in("amp_step_i", p.ampBits()),
        Sv.in("amp_max_i", p.ampBits()), Sv.in("width_i", COUNT), Sv.in("budget_i", COUNT)));
    m.addPortGroup(PortGroup.of("Program path, outputs registered",
        Sv.out("prog_addr_o", addr), Sv.out("pulse_set_o", 1), Sv.out("pulse_reset_o", 1),
        Sv.out("pulse_amp_o", p.ampBits()), Sv.out("sense_req_o", 1), Sv.in("sense_valid_i", 1),
        Sv.in("sense_code_i", code)));
    m.addPortGroup(PortGroup.of("Run counters", Sv.out("pulses_o", 32), Sv.out("fails_o", 32)));
    m.addPortGroup(PortGroup.of("Observation: finished jobs and pulses",
        Sv.out("obs_job_done_o", 1), Sv.out("obs_job_pulses_o", COUNT),
        Sv.out("obs_job_pass_o", 1), Sv.out("obs_job_code_o", code),
        Sv.out("obs_pulse_valid_o", 1), Sv.out("obs_pulse_set_o", 1),
        Sv.out("obs_pulse_amp_o", p.ampBits())));
  }

  /** Registers of the FIFO, the job in progress and the outputs, in flop-block order. */
  private List<Item> registers() {
    return RegisterSlot.declare(List.of(
        RegisterSlot.of("fifo", DEPTH * job),
        RegisterSlot.of("wptr", ptr),
        RegisterSlot.of("rptr", ptr),
        RegisterSlot.of("count", ptr + 1),
        RegisterSlot.of("job", job),
        RegisterSlot.of("pulses", COUNT),
        RegisterSlot.of("last_valid", 1),
        RegisterSlot.of("last_set", 1),
        RegisterSlot.of("amp", p.ampBits()),
        RegisterSlot.of("code", code),
        RegisterSlot.of("pass", 1),
        RegisterSlot.of("cnt", COUNT),
        RegisterSlot.of("run", 1),
        RegisterSlot.of("done", 1),
        RegisterSlot.of("total", 32),
        RegisterSlot.of("fails", 32),
        RegisterSlot.of("prog_addr", addr),
        RegisterSlot.of("pulse_set", 1),
        RegisterSlot.of("pulse_reset", 1),
        RegisterSlot.of("pulse_amp", p.ampBits()),
        RegisterSlot.of("sense_req", 1),
        RegisterSlot.of("obs_job_done", 1),
        RegisterSlot.of("obs_job_pulses", COUNT),
        RegisterSlot.of("obs_job_pass", 1),
        RegisterSlot.of("obs_job_code", code),
        RegisterSlot.of("obs_pulse_valid", 1),
        RegisterSlot.of("obs_pulse_set", 1),
        RegisterSlot.of("obs_pulse_amp", p.ampBits())));
  }

  /** FIFO storage, head selection and occupancy; {@code pop} comes from the state machine. */
  private List<Item> fifo() {
    List<Item> items = new ArrayList<>();
    items.add(Item.comment("Job entry: {array, row, col, lo, hi}, hi in the low bits."));
    items.add(Sv.wires(job, "job_in", "head"));
    items.add(Sv.wires(1, "push_ok", "pop"));
    items.add(Item.assign(id("job_in"), Expr.concat(id("job_array_i"), id("job_row_i"),
        id("job_col_i"), id("job_lo_i"), id("job_hi_i"))));
    items.add(Item.assign(id("push_ok"), Sv.and(id("push_i"),
        Sv.ne(id("count_q"), lit(ptr + 1, DEPTH)))));
    List<Stmt.CaseItem> head = new ArrayList<>();
    List<Expr> entries = new ArrayList<>();
    for (int e = 0; e < DEPTH; e++) {
      Expr entry = Sv.slice("fifo_q", (e + 1) * job - 1, e * job);
      head.add(Stmt.CaseItem.of(lit(ptr, e), List.of(set("head", entry))));
      Expr hit = Sv.and(id("push_ok"), Sv.eq(id("wptr_q"), lit(ptr, e)));
      entries.add(0, Sv.ternary(hit, id("job_in"), entry));
    }
    List<Stmt> store = new ArrayList<>();
    store.add(set("fifo_d", Expr.concat(entries)));
    store.add(set("wptr_d", Sv.ternary(id("push_ok"), Sv.add(id("wptr_q"), lit(ptr, 1)),
        id("wptr_q"))));
    store.add(set("rptr_d", Sv.ternary(id("pop"), Sv.add(id("rptr_q"), lit(ptr, 1)),
        id("rptr_q"))));
    Expr up = Sv.and(id("push_ok"), Sv.not(id("pop")));
    Expr down = Sv.and(id("pop"), Sv.not(id("push_ok")));
    store.add(set("count_d", Sv.ternary(up, Sv.add(id("count_q"), lit(ptr + 1, 1)),
        Sv.ternary(down, Sv.sub(id("count_q"), lit(ptr + 1, 1)), id("count_q")))));
    store.add(Sv.when(id("clear_i"), set("wptr_d", lit(ptr, 0)), set("rptr_d", lit(ptr, 0)),
        set("count_d", lit(ptr + 1, 0))));
    // One assignment per arm: the state machine reads head; see cimc.rtl.CombOverrideCheck.
    items.add(Item.alwaysComb(List.of(new Stmt.Case(id("rptr_q"), head,
        List.of(set("head", lit(job, 0)))))));
    items.add(Item.alwaysComb(store));
    return items;
  }

  private List<Item> outputs() {
    List<Item> items = new ArrayList<>();
    items.add(Item.assign(id("busy_o"), Sv.or(id("run_q"), Sv.ne(id("state_q"),
        id("StIdle")))));
    items.add(Item.assign(id("fifo_full_o"), Sv.eq(id("count_q"), lit(ptr + 1, DEPTH))));
    items.add(Item.assign(id("fifo_empty_o"), Sv.eq(id("count_q"), lit(ptr + 1, 0))));
    String[] direct = {"done", "prog_addr", "pulse_set", "pulse_reset", "pulse_amp",
        "sense_req", "obs_job_done", "obs_job_pulses", "obs_job_pass", "obs_job_code",
        "obs_pulse_valid", "obs_pulse_set", "obs_pulse_amp"};
    for (String name : direct) {
      items.add(Item.assign(id(name + "_o"), id(name + "_q")));
    }
    items.add(Item.assign(id("pulses_o"), id("total_q")));
    items.add(Item.assign(id("fails_o"), id("fails_q")));
    return items;
  }

  private List<Item> stateMachine() {
    List<Item> items = new ArrayList<>();
    items.add(new Item.EnumType("prog_state_e", 3, STATES, "Write-verify sequencer states."));
    items.add(Item.declare(DataType.named("prog_state_e"), "state_d", "state_q"));
    items.addAll(new ProgFsm(p, job, code).items());
    items.add(Item.alwaysFf(Sv.CLK, Sv.RST, List.of(Sv.setNb("state_q", id("StIdle"))),
        List.of(Sv.setNb("state_q", id("state_d")))));
    return items;
  }
}
