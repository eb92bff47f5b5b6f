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
import java.util.List;

/**
 * Generates {@code cim_sar}, the successive-approximation logic of one ADC. A start loads the
 * MSB trial code {@code 1 << (B-1)} into the DAC register; on each of the next B rising edges
 * the comparator result for the displayed trial code is sampled, the trial bit is kept on 1,
 * and the next lower bit is tried. The code is offset binary u in {@code [0, 2^B - 1]}, and
 * {@code done_o} is high for one cycle once the LSB is decided.
 */
final class SarModule {
  static final String NAME = "cim_sar";

  private SarModule() {}

  static ModuleSpec build(int bits) {
    Expr msb = lit(bits, 1L << (bits - 1));
    Expr kept = Expr.ternary(id("cmp_i"), Sv.op(id("code_q"), BinaryOp.OR, id("mask_q")),
        id("code_q"));
    Expr nextMask = Sv.op(id("mask_q"), BinaryOp.SHR, Expr.intConst(1));
    Stmt convert = Stmt.ifElse(id("start_i"),
        List.of(set("code_d", lit(bits, 0)), set("mask_d", msb), set("dac_d", msb)),
        List.of(Sv.when(Sv.ne(id("mask_q"), lit(bits, 0)),
            set("code_d", id("code_kept")),
            set("mask_d", nextMask),
            set("dac_d", Sv.op(id("code_kept"), BinaryOp.OR, nextMask)),
            set("done_d", Sv.eq(id("mask_q"), lit(bits, 1))))));
    List<String> regs = List.of("code", "mask", "dac", "done");
    return ModuleSpec.builder(NAME, "Successive-approximation register logic of one ADC.")
        .addPortGroup(PortGroup.of("Clock and reset", Sv.in(Sv.CLK, 1), Sv.in(Sv.RST, 1)))
        .addPortGroup(PortGroup.of("Control: start begins a conversion, done marks the final code",
            Sv.in("start_i", 1), Sv.out("done_o", 1)))
        .addPortGroup(PortGroup.of("Converter: trial code out, comparator answer in",
            Sv.out("dac_o", bits), Sv.in("cmp_i", 1)))
        .addPortGroup(PortGroup.of("Result: offset-binary code, valid while done_o is high",
            Sv.out("code_o", bits)))
        .add(Section.REGISTERS, List.of(
            Item.declare(DataType.logic(bits), "code_d", "code_q", "mask_d", "mask_q", "dac_d",
                "dac_q"),
            Item.declare(DataType.logic(), "done_d", "done_q"),
            Sv.registers(regs, List.of(lit(bits, 0), lit(bits, 0), lit(bits, 0), Sv.zero()))))
        .add(Section.DATAPATH, List.of(
            Item.comment("The code with the current trial bit kept or dropped; the always_comb "
                + "below reads no variable it writes."),
            Sv.wires(bits, "code_kept"),
            Item.assign(id("code_kept"), kept),
            Item.alwaysComb(List.of(set("code_d", id("code_q")), set("mask_d", id("mask_q")),
                set("dac_d", id("dac_q")), set("done_d", Sv.zero()), convert)),
            Item.assign(id("dac_o"), id("dac_q")),
            Item.assign(id("code_o"), id("code_q")),
            Item.assign(id("done_o"), id("done_q"))))
        .add(Section.ASSERTIONS, new Item.Assertion("SarMaskOneHot_A", Sv.CLK, Sv.RST,
            Sv.eq(Sv.op(id("mask_q"), BinaryOp.AND, Sv.sub(id("mask_q"), lit(bits, 1))),
                lit(bits, 0)), "the trial mask must hold at most one bit"))
        .build();
  }
}
