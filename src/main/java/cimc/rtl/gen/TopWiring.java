package cimc.rtl.gen;

import static cimc.rtl.gen.Sv.id;

import cimc.rtl.DataType;
import cimc.rtl.Expr;
import cimc.rtl.Expr.BinaryOp;
import cimc.rtl.Item;
import cimc.rtl.ModuleSpec;
import cimc.rtl.Port;
import cimc.rtl.PortGroup;
import cimc.rtl.Stmt;
import cimc.rtl.regs.ApbRegisterBlock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Nets, glue logic and port maps of {@code cim_top} around the register block. */
final class TopWiring {
  private static final Set<String> BUS = Set.of(Sv.CLK, Sv.RST, "psel_i", "penable_i",
      "pwrite_i", "paddr_i", "pwdata_i", "prdata_o", "pready_o", "pslverr_o");

  private TopWiring() {}

  /** Hardware-side ports of the register block, bus and clock excluded. */
  static List<Port> registerPorts(RtlParams p) {
    ModuleSpec regs = ApbRegisterBlock.module(ControllerRegisters.create(p));
    List<Port> ports = new ArrayList<>();
    for (PortGroup group : regs.portGroups()) {
      group.ports().stream().filter(port -> !BUS.contains(port.name())).forEach(ports::add);
    }
    return ports;
  }

  /** Returns the net of a register-block port: the port name without the direction suffix. */
  static String net(Port port) {
    String name = port.name();
    return name.substring(0, name.length() - 2);
  }

  static Map<String, Expr> regsConnections(RtlParams p) {
    Map<String, Expr> c = new LinkedHashMap<>();
    BUS.stream().sorted().forEach(name -> c.put(name, id(name)));
    registerPorts(p).forEach(port -> c.put(port.name(), id(net(port))));
    return c;
  }

  /** Declarations of every net between the blocks. */
  static List<Item> declarations(RtlParams p) {
    List<Item> items = new ArrayList<>();
    items.add(Item.comment("Register-block nets, named after the ports without _i or _o."));
    for (Port port : registerPorts(p)) {
      items.add(Item.declare(port.type(), net(port)));
    }
    items.add(Item.comment("Sequencer control and SAR nets."));
    items.add(Sv.wires(1, "start_infer", "start_prog", "soft_clear", "infer_busy",
        "infer_done", "prog_busy", "prog_done", "sar_start"));
    items.add(Sv.wires(Widths.unsignedBits(p.outputs() - 1), "infer_class"));
    items.add(Sv.wires(p.adcs(), "sar_done"));
    items.add(Sv.wires(p.adcs() * p.adcBits(), "sar_codes"));
    items.add(Item.comment("A start is ignored while the other sequencer runs, because both "
        + "drive the same arrays."));
    items.add(Item.assign(id("start_infer"), Sv.op(Sv.op(id("ctrl_push"), BinaryOp.AND,
        id("ctrl_start_infer")), BinaryOp.AND, Expr.not(id("prog_busy")))));
    items.add(Item.assign(id("start_prog"), Sv.op(Sv.op(id("ctrl_push"), BinaryOp.AND,
        id("ctrl_start_prog")), BinaryOp.AND, Expr.not(id("infer_busy")))));
    items.add(Item.assign(id("soft_clear"), Sv.op(id("ctrl_push"), BinaryOp.AND,
        id("ctrl_clear"))));
    items.add(Item.comment("The JOB_PUSH value is ignored: the write strobe alone pushes; all "
        + "SAR instances finish together, so only instance 0 reports done."));
    items.add(Sv.wires(1, "unused_top"));
    items.add(Item.assign(id("unused_top"), Sv.op(id("job_push_go"), BinaryOp.XOR,
        Expr.unary(Expr.UnaryOp.REDUCE_XOR, Sv.slice("sar_done", p.adcs() - 1, 0)))));
    items.add(Item.assign(id("status_busy"), Sv.op(id("infer_busy"), BinaryOp.OR,
        id("prog_busy"))));
    items.add(Item.assign(id("status_done"), id("run_done_q")));
    items.add(Item.assign(id("status_infer_busy"), id("infer_busy")));
    items.add(Item.assign(id("status_prog_busy"), id("prog_busy")));
    items.add(Item.assign(id("irq_status_infer_done_set"), id("infer_done")));
    items.add(Item.assign(id("irq_status_prog_done_set"), id("prog_done")));
    items.add(Item.assign(id("result_class_id"), id("infer_class")));
    items.add(Item.assign(id("result_valid"), id("result_valid_q")));
    items.add(Item.assign(id("irq_o"), Sv.op(
        Sv.op(id("irq_status_infer_done"), BinaryOp.AND, id("irq_enable_infer_done")),
        BinaryOp.OR,
        Sv.op(id("irq_status_prog_done"), BinaryOp.AND, id("irq_enable_prog_done")))));
    return items;
  }

  /** STATUS.done and RESULT.valid: set when a run finishes, cleared by a start or a clear. */
  static List<Item> status() {
    Expr anyStart = Sv.op(Sv.op(id("start_infer"), BinaryOp.OR, id("start_prog")),
        BinaryOp.OR, id("soft_clear"));
    Expr inferStart = Sv.op(id("start_infer"), BinaryOp.OR, id("soft_clear"));
    return List.of(
        Item.declare(DataType.logic(), "run_done_q", "result_valid_q"),
        Item.alwaysFf(Sv.CLK, Sv.RST,
            List.of(Sv.setNb("run_done_q", Sv.zero()), Sv.setNb("result_valid_q", Sv.zero())),
            List.of(
                Stmt.ifElse(anyStart, List.of(Sv.setNb("run_done_q", Sv.zero())),
                    List.of(Sv.when(Sv.op(id("infer_done"), BinaryOp.OR, id("prog_done")),
                        Sv.setNb("run_done_q", Sv.one())))),
                Stmt.ifElse(inferStart, List.of(Sv.setNb("result_valid_q", Sv.zero())),
                    List.of(Sv.when(id("infer_done"), Sv.setNb("result_valid_q",
                        Sv.one())))))));
  }

  static Map<String, Expr> progConnections() {
    Map<String, Expr> c = new LinkedHashMap<>();
    c.put(Sv.CLK, id(Sv.CLK));
    c.put(Sv.RST, id(Sv.RST));
    c.put("start_i", id("start_prog"));
    c.put("clear_i", id("soft_clear"));
    c.put("busy_o", id("prog_busy"));
    c.put("done_o", id("prog_done"));
    c.put("push_i", id("job_push_push"));
    c.put("job_array_i", id("job_addr_array"));
    c.put("job_row_i", id("job_addr_row"));
    c.put("job_col_i", id("job_addr_col"));
    c.put("job_lo_i", id("job_window_lo"));
    c.put("job_hi_i", id("job_window_hi"));
    c.put("fifo_full_o", id("status_fifo_full"));
    c.put("fifo_empty_o", id("status_fifo_empty"));
    c.put("set_start_i", id("pulse_cfg_amp_set_start"));
    c.put("reset_start_i", id("pulse_cfg_amp_reset_start"));
    c.put("amp_step_i", id("pulse_cfg_amp_step"));
    c.put("amp_max_i", id("pulse_cfg_amp_max"));
    c.put("width_i", id("pulse_cfg_time_width"));
    c.put("budget_i", id("pulse_cfg_time_budget"));
    for (String port : List.of("prog_addr_o", "pulse_set_o", "pulse_reset_o", "pulse_amp_o",
        "sense_req_o", "sense_valid_i", "sense_code_i")) {
      c.put(port, id(port));
    }
    c.put("pulses_o", id("prog_pulses_count"));
    c.put("fails_o", id("prog_fails_count"));
    for (String port : List.of("obs_job_done_o", "obs_job_pulses_o", "obs_job_pass_o",
        "obs_job_code_o", "obs_pulse_valid_o", "obs_pulse_set_o", "obs_pulse_amp_o")) {
      c.put(port, id(port));
    }
    return c;
  }
}
