package cimc.rtl.gen;

import static cimc.rtl.gen.Sv.id;

import cimc.rtl.Expr;
import cimc.rtl.Expr.BinaryOp;
import cimc.rtl.Item;
import cimc.rtl.ModuleSpec;
import cimc.rtl.ModuleSpec.Section;
import cimc.rtl.PortGroup;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Generates {@code cim_top}: the register block, the two sequencers and N_adc SAR instances,
 * wired to the APB slave, the analog interface and the observation ports.
 */
final class TopModule {
  static final String NAME = "cim_top";

  private final RtlParams p;
  private final InferWidths w;
  private final int classBits;
  private final int codes;

  private TopModule(RtlParams params) {
    this.p = params;
    this.w = new InferWidths(params);
    this.classBits = Widths.unsignedBits(params.outputs() - 1);
    this.codes = params.adcs() * params.adcBits();
  }

  static ModuleSpec build(RtlParams params) {
    return new TopModule(params).module();
  }

  private ModuleSpec module() {
    ModuleSpec.Builder m = ModuleSpec.builder(NAME,
        "RRAM compute-in-memory controller: APB registers, program and inference sequencers.");
    ports(m);
    m.add(Section.REGISTERS, TopWiring.status());
    m.add(Section.DATAPATH, TopWiring.declarations(p));
    m.add(Section.DATAPATH, new Item.Instance("cim_regs", "u_regs", Map.of(),
        TopWiring.regsConnections(p)));
    m.add(Section.DATAPATH, new Item.Instance(InferModule.NAME, "u_infer", Map.of(),
        inferConnections()));
    m.add(Section.DATAPATH, new Item.Instance(ProgModule.NAME, "u_prog", Map.of(),
        TopWiring.progConnections()));
    m.add(Section.DATAPATH, sarArray());
    m.add(Section.ASSERTIONS, new Item.Assertion("AnalogOutputsKnown_A", Sv.CLK, Sv.RST,
        Sv.not(Expr.call(Expr.SystemFunction.ISUNKNOWN, Expr.concat(id("array_sel_o"),
            id("wl_en_o"), id("col_grp_o"), id("adc_sample_o"), id("adc_dac_o"),
            id("prog_addr_o"), id("pulse_set_o"), id("pulse_reset_o"), id("sense_req_o"),
            id("irq_o")))), "analog and interrupt outputs must be known after reset"));
    m.add(Section.ASSERTIONS, new Item.Assertion("PulsePolarityExclusive_A", Sv.CLK, Sv.RST,
        Sv.not(Sv.and(id("pulse_set_o"), id("pulse_reset_o"))),
        "a SET and a RESET pulse must never overlap"));
    return m.build();
  }

  private void ports(ModuleSpec.Builder m) {
    m.addPortGroup(PortGroup.of("Clock and asynchronous active-low reset",
        Sv.in(Sv.CLK, 1), Sv.in(Sv.RST, 1)));
    m.addPortGroup(PortGroup.of("APB slave and interrupt",
        Sv.in("psel_i", 1), Sv.in("penable_i", 1), Sv.in("pwrite_i", 1),
        Sv.in("paddr_i", ControllerRegisters.ADDRESS_WIDTH), Sv.in("pwdata_i", 32),
        Sv.out("prdata_o", 32), Sv.out("pready_o", 1), Sv.out("pslverr_o", 1),
        Sv.out("irq_o", 1)));
    m.addPortGroup(PortGroup.of("Analog inference interface (outputs registered). array_sel_o "
        + "selects the physical array, wl_en_o[r] drives wordline r, col_grp_o selects column "
        + "group g whose pair g*N_adc + n feeds ADC n. A one-cycle adc_sample_o makes the analog "
        + "side sample and hold D of every ADC at the next rising edge. adc_dac_o[n*B +: B] is "
        + "ADC n's offset-binary trial code, adc_step_o the layer's ADC step s, and adc_cmp_i[n] "
        + "answers combinationally 2*D >= (2*(dac - H) - 1)*s, sampled at the next rising edge.",
        Sv.out("array_sel_o", w.array), Sv.out("wl_en_o", p.rows()),
        Sv.out("col_grp_o", w.group), Sv.out("adc_sample_o", 1), Sv.out("adc_dac_o", codes),
        Sv.out("adc_step_o", p.stepBits()), Sv.in("adc_cmp_i", p.adcs())));
    m.addPortGroup(PortGroup.of("Analog program interface (outputs registered). prog_addr_o is "
        + "{array, row, col}; pulse_set_o or pulse_reset_o is high for the configured width with "
        + "amplitude pulse_amp_o; a one-cycle sense_req_o asks for a read, answered by a "
        + "one-cycle sense_valid_i with the conductance code on sense_code_i.",
        Sv.out("prog_addr_o", p.arrayBits() + p.rowBits() + p.colBits()),
        Sv.out("pulse_set_o", 1), Sv.out("pulse_reset_o", 1),
        Sv.out("pulse_amp_o", p.ampBits()), Sv.out("sense_req_o", 1),
        Sv.in("sense_valid_i", 1), Sv.in("sense_code_i", p.codeBits())));
    m.addPortGroup(PortGroup.of("Observation for verification: one beat per group conversion "
        + "(signed codes k), per neuron (hidden x or last-layer logit), per class, per finished "
        + "job and per pulse (set_o 1 for SET).",
        Sv.out("obs_adc_valid_o", 1), Sv.out("obs_adc_codes_o", codes),
        Sv.out("obs_act_valid_o", 1), Sv.out("obs_act_layer_o", w.layer),
        Sv.out("obs_act_index_o", w.neuron), Sv.outSigned("obs_act_value_o", w.value),
        Sv.out("obs_class_valid_o", 1), Sv.out("obs_class_o", classBits),
        Sv.out("obs_job_done_o", 1), Sv.out("obs_job_pulses_o", RtlParams.COUNT_BITS),
        Sv.out("obs_job_pass_o", 1), Sv.out("obs_job_code_o", p.codeBits()),
        Sv.out("obs_pulse_valid_o", 1), Sv.out("obs_pulse_set_o", 1),
        Sv.out("obs_pulse_amp_o", p.ampBits())));
  }

  private Map<String, Expr> inferConnections() {
    Map<String, Expr> c = new LinkedHashMap<>();
    c.put(Sv.CLK, id(Sv.CLK));
    c.put(Sv.RST, id(Sv.RST));
    c.put("start_i", id("start_infer"));
    c.put("clear_i", id("soft_clear"));
    c.put("busy_o", id("infer_busy"));
    c.put("done_o", id("infer_done"));
    c.put("class_o", id("infer_class"));
    c.put("in_addr_we_i", id("input_addr_push"));
    c.put("in_addr_i", id("input_addr_word"));
    c.put("in_data_we_i", id("input_data_push"));
    c.put("in_data_i", id("input_data_bits"));
    for (String port : List.of("array_sel_o", "wl_en_o", "col_grp_o", "adc_sample_o",
        "adc_step_o")) {
      c.put(port, id(port));
    }
    c.put("sar_start_o", id("sar_start"));
    c.put("sar_done_i", Sv.bit("sar_done", 0));
    c.put("sar_codes_i", id("sar_codes"));
    for (String port : List.of("obs_adc_valid_o", "obs_adc_codes_o", "obs_act_valid_o",
        "obs_act_layer_o", "obs_act_index_o", "obs_act_value_o", "obs_class_valid_o",
        "obs_class_o")) {
      c.put(port, id(port));
    }
    return c;
  }

  /** Builds one {@code cim_sar} per ADC; they start together, so instance 0's done serves all. */
  private Item sarArray() {
    int b = p.adcBits();
    Expr n = id("n");
    Expr lsb = Sv.op(n, BinaryOp.MUL, Expr.intConst(b));
    Expr msb = Sv.add(lsb, Expr.intConst(b - 1));
    Map<String, Expr> c = new LinkedHashMap<>();
    c.put(Sv.CLK, id(Sv.CLK));
    c.put(Sv.RST, id(Sv.RST));
    c.put("start_i", id("sar_start"));
    c.put("done_o", Expr.index(id("sar_done"), n));
    c.put("dac_o", Expr.slice(id("adc_dac_o"), msb, lsb));
    c.put("cmp_i", Expr.index(id("adc_cmp_i"), n));
    c.put("code_o", Expr.slice(id("sar_codes"), msb, lsb));
    return new Item.GenerateFor("n", Expr.intConst(p.adcs()), "gen_sar",
        List.of(new Item.Instance(SarModule.NAME, "u_sar", Map.of(), c)));
  }
}
