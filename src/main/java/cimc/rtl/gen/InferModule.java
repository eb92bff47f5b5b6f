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
 * Generates {@code cim_infer}: the inference loop nest over layers, column tiles, row tiles,
 * input bit planes and column groups, with its buffers and readout datapath. One group
 * conversion takes B + 3 cycles (drive, sample, B SAR bits, accumulate); the finalize phase of
 * a column tile takes one cycle per used pair.
 */
final class InferModule {
  static final String NAME = "cim_infer";
  private static final List<String> STATES =
      List.of("StIdle", "StDrive", "StSample", "StConvert", "StFinal", "StDone");

  private final RtlParams p;
  private final InferWidths w;
  private final int classBits;
  private final int pointerBits;

  private InferModule(RtlParams params) {
    this.p = params;
    this.w = new InferWidths(params);
    this.classBits = Widths.unsignedBits(params.outputs() - 1);
    this.pointerBits = Widths.unsignedBits(params.inputWords());
  }

  static ModuleSpec build(RtlParams params) {
    return new InferModule(params).module();
  }

  /** Width of the INPUT_ADDR word pointer. */
  static int pointerBits(RtlParams params) {
    return Widths.unsignedBits(params.inputWords());
  }

  /** Width of the signed activation report {@code obs_act_value_o}. */
  static int valueBits(RtlParams params) {
    return new InferWidths(params).value;
  }

  private ModuleSpec module() {
    InferRoms roms = new InferRoms(p, w);
    InferDatapath datapath = new InferDatapath(p, w);
    ModuleSpec.Builder m = ModuleSpec.builder(NAME,
        "Inference sequencer, activation buffers and ADC readout datapath.");
    ports(m);
    m.add(Section.REGISTERS, registers());
    m.add(Section.DATAPATH, roms.layerTable());
    m.add(Section.DATAPATH, roms.biasTable());
    m.add(Section.DATAPATH, roms.rowTileTable());
    m.add(Section.DATAPATH, datapath.wordlines());
    m.add(Section.DATAPATH, datapath.signedCodes());
    m.add(Section.DATAPATH, datapath.accumulate());
    m.add(Section.DATAPATH, datapath.finalizeMath());
    m.add(Section.DATAPATH, inputBuffer());
    m.add(Section.DATAPATH, outputs());
    m.add(Section.STATE_MACHINE, stateMachine());
    m.add(Section.ASSERTIONS, new Item.Assertion("InferClassInRange_A", Sv.CLK, Sv.RST,
        Sv.op(id("class_q"), BinaryOp.LT, lit(classBits, p.outputs())),
        "the predicted class must be an output neuron"));
    m.add(Section.ASSERTIONS, new Item.Assertion("InferStateKnown_A", Sv.CLK, Sv.RST,
        Sv.not(Expr.call(Expr.SystemFunction.ISUNKNOWN, id("state_q"))),
        "the state register must be known after reset"));
    return m.build();
  }

  private void ports(ModuleSpec.Builder m) {
    int codes = p.adcs() * p.adcBits();
    m.addPortGroup(PortGroup.of("Clock and reset", Sv.in(Sv.CLK, 1), Sv.in(Sv.RST, 1)));
    m.addPortGroup(PortGroup.of("Control", Sv.in("start_i", 1), Sv.in("clear_i", 1),
        Sv.out("busy_o", 1), Sv.out("done_o", 1), Sv.out("class_o", classBits)));
    m.addPortGroup(PortGroup.of("Layer-0 input buffer: set the word pointer, then write words",
        Sv.in("in_addr_we_i", 1), Sv.in("in_addr_i", pointerBits), Sv.in("in_data_we_i", 1),
        Sv.in("in_data_i", 32)));
    m.addPortGroup(PortGroup.of("Analog array drive, all registered",
        Sv.out("array_sel_o", w.array), Sv.out("wl_en_o", p.rows()),
        Sv.out("col_grp_o", w.group), Sv.out("adc_sample_o", 1),
        Sv.out("adc_step_o", p.stepBits())));
    m.addPortGroup(PortGroup.of("SAR logic: start, offset-binary codes, done",
        Sv.out("sar_start_o", 1), Sv.in("sar_done_i", 1), Sv.in("sar_codes_i", codes)));
    m.addPortGroup(PortGroup.of("Observation: ADC beats, activations, class",
        Sv.out("obs_adc_valid_o", 1), Sv.out("obs_adc_codes_o", codes),
        Sv.out("obs_act_valid_o", 1), Sv.out("obs_act_layer_o", w.layer),
        Sv.out("obs_act_index_o", w.neuron), Sv.outSigned("obs_act_value_o", w.value),
        Sv.out("obs_class_valid_o", 1), Sv.out("obs_class_o", classBits)));
  }

  /** Registers of the sequencer and datapath, in the order of the flop block. */
  private List<Item> registers() {
    return RegisterSlot.declare(List.of(
        RegisterSlot.of("layer", w.layer),
        RegisterSlot.of("ct", w.colTile),
        RegisterSlot.of("rt", w.rowTile),
        RegisterSlot.of("plane", w.plane),
        RegisterSlot.of("grp", w.group),
        RegisterSlot.of("pair", w.pair),
        RegisterSlot.of("neuron", w.neuron),
        RegisterSlot.of("array", w.array),
        RegisterSlot.of("acc", p.pairs() * w.acc),
        RegisterSlot.signed("best", w.z),
        RegisterSlot.of("best_idx", w.neuron),
        RegisterSlot.of("class", classBits),
        RegisterSlot.of("done", 1),
        RegisterSlot.of("in_ptr", pointerBits),
        RegisterSlot.of("in", w.inputBufferBits),
        RegisterSlot.of("buf0", w.actBufferBits),
        RegisterSlot.of("buf1", w.actBufferBits),
        RegisterSlot.of("array_sel", w.array),
        RegisterSlot.of("wl_en", p.rows()),
        RegisterSlot.of("col_grp", w.group),
        RegisterSlot.of("adc_step", p.stepBits()),
        RegisterSlot.of("adc_sample", 1),
        RegisterSlot.of("obs_adc_valid", 1),
        RegisterSlot.of("obs_adc_codes", p.adcs() * p.adcBits()),
        RegisterSlot.of("obs_act_valid", 1),
        RegisterSlot.of("obs_act_layer", w.layer),
        RegisterSlot.of("obs_act_index", w.neuron),
        RegisterSlot.signed("obs_act_value", w.value),
        RegisterSlot.of("obs_class_valid", 1)));
  }

  private List<Item> inputBuffer() {
    List<Expr> words = new ArrayList<>();
    for (int word = p.inputWords() - 1; word >= 0; word--) {
      Expr hit = Sv.and(id("in_data_we_i"), Sv.eq(id("in_ptr_q"), lit(pointerBits, word)));
      words.add(Sv.ternary(hit, id("in_data_i"), Sv.slice("in_q", 32 * word + 31, 32 * word)));
    }
    return List.of(
        Item.comment("Layer-0 input buffer: bit b of word w is input 32w + b; the word "
            + "pointer advances on every data write."),
        Item.assign(id("in_d"), Expr.concat(words)),
        Item.assign(id("in_ptr_d"), Sv.ternary(id("in_addr_we_i"), id("in_addr_i"),
            Sv.ternary(id("in_data_we_i"), Sv.add(id("in_ptr_q"), lit(pointerBits, 1)),
                id("in_ptr_q")))));
  }

  private List<Item> outputs() {
    List<Item> items = new ArrayList<>();
    String[][] pairs = {{"busy_o", null}, {"done_o", "done_q"}, {"class_o", "class_q"},
        {"array_sel_o", "array_sel_q"}, {"wl_en_o", "wl_en_q"}, {"col_grp_o", "col_grp_q"},
        {"adc_sample_o", "adc_sample_q"}, {"adc_step_o", "adc_step_q"},
        {"obs_adc_valid_o", "obs_adc_valid_q"}, {"obs_adc_codes_o", "obs_adc_codes_q"},
        {"obs_act_valid_o", "obs_act_valid_q"}, {"obs_act_layer_o", "obs_act_layer_q"},
        {"obs_act_index_o", "obs_act_index_q"}, {"obs_act_value_o", "obs_act_value_q"},
        {"obs_class_valid_o", "obs_class_valid_q"}, {"obs_class_o", "class_q"}};
    for (String[] pair : pairs) {
      Expr value = pair[1] == null ? Sv.ne(id("state_q"), id("StIdle")) : id(pair[1]);
      items.add(Item.assign(id(pair[0]), value));
    }
    return items;
  }

  private List<Item> stateMachine() {
    List<Item> items = new ArrayList<>();
    items.add(new Item.EnumType("infer_state_e", 3, STATES, "Inference sequencer states."));
    items.add(Item.declare(DataType.named("infer_state_e"), "state_d", "state_q"));
    items.add(Sv.wires(w.group, "grp_last"));
    items.add(Item.assign(id("grp_last"), Sv.ternary(Sv.eq(id("ct_q"), id("ct_last_c")),
        id("grp_tail_c"), id("grp_full_c"))));
    items.add(Sv.wires(w.pair, "pair_last"));
    items.add(Item.assign(id("pair_last"), Sv.ternary(Sv.eq(id("ct_q"), id("ct_last_c")),
        id("pair_tail_c"), lit(w.pair, p.pairs() - 1))));
    // The SAR start is a continuous assignment: a default-then-override output of the
    // always_comb below would hang Icarus Verilog 11 (see cimc.rtl.CombOverrideCheck).
    items.add(Item.assign(id("sar_start_o"), Sv.eq(id("state_q"), id("StSample"))));
    items.add(Item.alwaysComb(new InferFsm(p, w, classBits).body()));
    items.add(Item.alwaysFf(Sv.CLK, Sv.RST, List.of(Sv.setNb("state_q", id("StIdle"))),
        List.of(Sv.setNb("state_q", id("state_d")))));
    return items;
  }
}
