package cimc.rtl.gen;

import cimc.rtl.eda.IcarusSim;
import cimc.rtl.regs.Register;
import cimc.rtl.regs.RegisterMap;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes the generated RTL, the test vectors and the testbench into a folder, compiles them
 * with Icarus Verilog and runs the simulation.
 */
final class TestbenchRun {
  private TestbenchRun() {}

  static IcarusSim.Result run(Path dir, TestVectors v, Map<String, String> rtl)
      throws IOException {
    RtlParams p = v.params;
    List<Path> sources = new ArrayList<>();
    Path defines = dir.resolve("tb_defines.svh");
    Files.writeString(defines, defines(v));
    sources.add(defines);
    for (String name : RtlGenerator.sources(p)) {
      Path file = dir.resolve(name);
      Files.writeString(file, rtl.get(name));
      sources.add(file);
    }
    Path bench = dir.resolve("cim_tb.sv");
    try (InputStream in = TestbenchRun.class.getResourceAsStream("cim_tb.sv")) {
      Files.write(bench, in.readAllBytes());
    }
    sources.add(bench);
    writeVectors(dir, v);
    Path compiled = IcarusSim.compile(dir, sources, "cim_tb");
    return IcarusSim.run(dir, compiled, 30);
  }

  /** Macro definitions that size the testbench; Icarus keeps them for the later files. */
  private static String defines(TestVectors v) {
    RtlParams p = v.params;
    InferWidths w = new InferWidths(p);
    int beats = v.traces.stream().mapToInt(t -> t.adcBeats().size()).sum();
    int acts = v.traces.stream().mapToInt(t -> t.activations().size()).sum();
    int pulses = v.jobResults.stream().mapToInt(j -> j.pulseList().size()).sum();
    Object[][] values = {{"TB_ROWS", p.rows()}, {"TB_COLS", p.cols()}, {"TB_ADCS", p.adcs()},
        {"TB_ADC_BITS", p.adcBits()}, {"TB_ARRAYS", p.arrayCount()},
        {"TB_IMAGES", v.images.size()}, {"TB_INPUT_WORDS", p.inputWords()},
        {"TB_BEATS", beats}, {"TB_ACTS", acts}, {"TB_JOBS", v.jobs.size()},
        {"TB_PULSES", pulses}, {"TB_VALUE_BITS", w.value}, {"TB_CODE_BITS", p.codeBits()},
        {"TB_MAX_CODE", p.maxCode()}, {"TB_AMP_BITS", p.ampBits()},
        {"TB_ARRAY_BITS", p.arrayBits()},
        {"TB_ROW_BITS", p.rowBits()}, {"TB_COL_BITS", p.colBits()},
        {"TB_GROUP_BITS", w.group}, {"TB_STEP_BITS", p.stepBits()},
        {"TB_PROG_ADDR_BITS", p.arrayBits() + p.rowBits() + p.colBits()},
        {"TB_LAYER_BITS", w.layer}, {"TB_NEURON_BITS", w.neuron},
        {"TB_CLASS_BITS", Widths.unsignedBits(p.outputs() - 1)}};
    StringBuilder text = new StringBuilder("// Testbench sizes of the design under test.\n");
    for (Object[] value : values) {
      text.append("`define ").append(value[0]).append(' ').append(value[1]).append('\n');
    }
    RegisterMap map = ControllerRegisters.create(p);
    for (Register r : map.registers()) {
      text.append("`define OFF_").append(r.name()).append(" 12'h")
          .append(Integer.toHexString(r.offset())).append('\n');
    }
    return text.toString();
  }

  private static void writeVectors(Path dir, TestVectors v) throws IOException {
    RtlParams p = v.params;
    List<String> cells = new ArrayList<>();
    List<String> progCells = new ArrayList<>();
    for (int a = 0; a < p.arrayCount(); a++) {
      for (int i = 0; i < p.rows() * p.cols(); i++) {
        cells.add(Integer.toHexString(v.cells[a][i]));
        progCells.add(Integer.toHexString(v.progCells[a][i]));
      }
    }
    Files.write(dir.resolve("cells.hex"), cells);
    Files.write(dir.resolve("prog_cells.hex"), progCells);

    List<String> inputs = new ArrayList<>();
    List<String> adc = new ArrayList<>();
    List<String> act = new ArrayList<>();
    List<String> classes = new ArrayList<>();
    for (int i = 0; i < v.images.size(); i++) {
      int[] image = v.images.get(i);
      for (int word = 0; word < p.inputWords(); word++) {
        long bits = 0;
        for (int b = 0; b < 32 && 32 * word + b < image.length; b++) {
          bits |= (long) image[32 * word + b] << b;
        }
        inputs.add(Long.toHexString(bits));
      }
      ReferenceModel.Trace trace = v.traces.get(i);
      for (int[] beat : trace.adcBeats()) {
        adc.add(packCodes(beat, p.adcBits()));
      }
      for (long[] a : trace.activations()) {
        long packed = (a[0] << 56) | (a[1] << 40) | (a[2] & ((1L << 40) - 1));
        act.add(Long.toHexString(packed));
      }
      classes.add(Integer.toHexString(trace.predicted()));
    }
    Files.write(dir.resolve("inputs.hex"), inputs);
    Files.write(dir.resolve("exp_adc.hex"), adc);
    Files.write(dir.resolve("exp_act.hex"), act);
    Files.write(dir.resolve("exp_class.hex"), classes);
    writeProgram(dir, v);
  }

  private static String packCodes(int[] codes, int bits) {
    java.math.BigInteger packed = java.math.BigInteger.ZERO;
    for (int n = codes.length - 1; n >= 0; n--) {
      packed = packed.shiftLeft(bits).or(java.math.BigInteger.valueOf(codes[n]
          & ((1 << bits) - 1)));
    }
    return packed.toString(16);
  }

  private static void writeProgram(Path dir, TestVectors v) throws IOException {
    List<String> jobs = new ArrayList<>();
    List<String> expJobs = new ArrayList<>();
    List<String> expPulses = new ArrayList<>();
    for (int i = 0; i < v.jobs.size(); i++) {
      int[] job = v.jobs.get(i);
      jobs.add(Integer.toHexString((job[0] << 16) | (job[1] << 8) | job[2]));
      jobs.add(Integer.toHexString((job[4] << 8) | job[3]));
      ReferenceModel.Job result = v.jobResults.get(i);
      expJobs.add(Integer.toHexString((result.pulses() << 16) | ((result.pass() ? 1 : 0) << 8)
          | result.code()));
      for (int[] pulse : result.pulseList()) {
        expPulses.add(Integer.toHexString((pulse[0] << 8) | pulse[1]));
      }
    }
    cimc.hw.PulseConfig c = v.pulseConfig;
    List<String> cfg = List.of(
        Integer.toHexString((c.ampMax() << 24) | (c.ampStep() << 16) | (c.resetStart() << 8)
            | c.setStart()),
        Integer.toHexString((c.budget() << 16) | c.widthCycles()),
        Integer.toHexString(v.totalPulses()), Integer.toHexString(v.failures()));
    Files.write(dir.resolve("jobs.hex"), jobs);
    Files.write(dir.resolve("exp_job.hex"), expJobs);
    Files.write(dir.resolve("exp_pulse.hex"), expPulses.isEmpty() ? List.of("0") : expPulses);
    Files.write(dir.resolve("prog_cfg.hex"), cfg);
  }
}
