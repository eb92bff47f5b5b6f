package cimc.rtl.gen;

import cimc.CimcException;
import cimc.io.AtomicOutput;
import cimc.rtl.ModuleSpec;
import cimc.rtl.constraints.PcfWriter;
import cimc.rtl.constraints.SdcWriter;
import cimc.rtl.constraints.TimingConstraints;
import cimc.rtl.constraints.XdcWriter;
import cimc.rtl.eda.NextpnrIce40;
import cimc.rtl.eda.YosysSynth;
import cimc.rtl.fusesoc.FusesocCore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The complete output of the RTL step: the {@code rtl/} folder (SystemVerilog, waiver file,
 * register header, driver and table, FuseSoC core, Yosys {@code stat} report) and the
 * {@code constraints/} folder (SDC, XDC, PCF and the iCE40 fit report), as text per relative
 * path. External tools run in a scratch folder, so nothing is written when one fails.
 */
public final class RtlOutputs {
  /** iCE40 UP5K package used for the fit check. */
  public static final String ICE40_PACKAGE = "sg48";
  private static final Pattern ICE40_CELL =
      Pattern.compile("^\\s+(SB_\\w+)\\s+(\\d+)$", Pattern.MULTILINE);
  /** Default target clock in MHz. */
  public static final double DEFAULT_CLOCK_MHZ = 50;
  /** External delay of every analog and bus port, as a fraction of the clock period. */
  public static final double IO_DELAY_FRACTION = 0.2;

  private final Map<String, String> rtl = new LinkedHashMap<>();
  private final Map<String, String> constraints = new LinkedHashMap<>();
  private final List<String> summary = new ArrayList<>();

  /**
   * @param clockMhz target clock frequency in MHz, above 0 and at most 1000
   * @param synthesize run Yosys and keep its {@code stat} report
   * @param ice40 run the iCE40 UP5K synthesis and place-and-route fit check
   */
  public record Settings(double clockMhz, boolean synthesize, boolean ice40) {
    public Settings {
      if (!(clockMhz > 0 && clockMhz <= 1000)) {
        throw new IllegalArgumentException("clock " + clockMhz + " MHz is outside (0, 1000]");
      }
    }
  }

  private RtlOutputs() {}

  /** Generates every file and runs the enabled tool checks in {@code scratch}. */
  public static RtlOutputs generate(RtlParams params, Settings settings, Path scratch) {
    RtlOutputs out = new RtlOutputs();
    out.rtl.putAll(RtlGenerator.files(params));
    out.rtl.put("cim_top.core", core(params));
    ModuleSpec top = TopModule.build(params);
    TimingConstraints timing = TimingConstraints.of(top, Sv.CLK, Sv.RST,
        1000.0 / settings.clockMhz(), IO_DELAY_FRACTION);
    out.constraints.put("cim_top.sdc", SdcWriter.write(timing));
    out.constraints.put("cim_top.xdc", XdcWriter.write(timing));
    out.constraints.put("cim_top.pcf", PcfWriter.write(TopModule.NAME, List.of(
        new PcfWriter.PinAssignment(Sv.CLK, "35"), new PcfWriter.PinAssignment(Sv.RST, "10"),
        new PcfWriter.PinAssignment("irq_o", "11"))));
    out.summary.add(String.format(Locale.ROOT, "cycles per image: %d (%d group conversions)",
        params.cyclesPerImage(), params.conversionsPerImage()));
    List<Path> sources = writeSources(out.rtl, scratch, params);
    if (settings.synthesize()) {
      YosysSynth.Result synth = YosysSynth.synthesize(scratch.resolve("yosys"), sources,
          TopModule.NAME);
      out.rtl.put("synth/yosys-stat.txt", synth.stat());
      out.summary.add("yosys: no latches, no multiple drivers; stat in rtl/synth/yosys-stat.txt");
    }
    if (settings.ice40()) {
      String fit = ice40Fit(scratch.resolve("ice40"), sources, settings.clockMhz());
      out.constraints.put("ice40-fit.txt", fit);
      out.summary.add(fit.lines().findFirst().orElse(""));
    }
    return out;
  }

  public Map<String, String> rtlFiles() {
    return rtl;
  }

  public Map<String, String> constraintFiles() {
    return constraints;
  }

  /** Returns the lines to print: cycles per image, the synthesis check and the fit verdict. */
  public List<String> summary() {
    return summary;
  }

  /** Writes {@code root/rtl} and {@code root/constraints}, each through a temporary folder. */
  public void write(Path root, boolean force) {
    for (String folder : List.of("rtl", "constraints")) {
      if (!force && Files.exists(root.resolve(folder))) {
        throw new CimcException("output folder " + root.resolve(folder) + " already exists; "
            + "choose another folder or pass --force to replace it");
      }
    }
    AtomicOutput.writeFolder(root.resolve("rtl"), force, dir -> writeAll(rtl, dir));
    AtomicOutput.writeFolder(root.resolve("constraints"), force,
        dir -> writeAll(constraints, dir));
  }

  static void writeAll(Map<String, String> files, Path dir) throws IOException {
    for (Map.Entry<String, String> file : files.entrySet()) {
      Path path = dir.resolve(file.getKey());
      Files.createDirectories(path.getParent());
      Files.writeString(path, file.getValue());
    }
  }

  private static List<Path> writeSources(Map<String, String> rtl, Path scratch,
      RtlParams params) {
    List<Path> sources = new ArrayList<>();
    try {
      Path dir = scratch.resolve("rtl");
      writeAll(rtl, dir);
      for (String name : RtlGenerator.sources(params)) {
        sources.add(dir.resolve(name));
      }
    } catch (IOException e) {
      throw new CimcException("cannot write the scratch RTL in " + scratch + ": "
          + e.getMessage(), e);
    }
    return sources;
  }

  private static String core(RtlParams params) {
    List<String> constraintFiles = List.of("../constraints/cim_top.sdc",
        "../constraints/cim_top.xdc", "../constraints/cim_top.pcf");
    return new FusesocCore("cim_top", "0.1.0", "RRAM compute-in-memory controller for a "
        + "network of " + params.layerCount() + " layers on " + params.arrayCount() + " "
        + params.rows() + "x" + params.cols() + " arrays", TopModule.NAME,
        RtlGenerator.sources(params), constraintFiles, "lint/cimc.vlt", List.of(), null)
        .write();
  }

  /** Runs the UP5K fit and returns a report whose first line states the verdict. */
  private static String ice40Fit(Path dir, List<Path> sources, double clockMhz) {
    Path json = YosysSynth.synthesizeIce40(dir, sources, TopModule.NAME);
    String cells = ice40Cells(dir.resolve("yosys-ice40.log"));
    try {
      NextpnrIce40.Result result = NextpnrIce40.run(dir, json, null, ICE40_PACKAGE, clockMhz);
      StringBuilder text = new StringBuilder("iCE40 UP5K (" + ICE40_PACKAGE + "): fits\n");
      result.fmaxMhz().forEach((clock, mhz) -> text.append(String.format(Locale.ROOT,
          "fmax %s: %.2f MHz%n", clock, mhz)));
      result.utilization().forEach((kind, use) -> text.append(kind).append(": ")
          .append(use.used()).append('/').append(use.available()).append('\n'));
      return text.append(cells).toString();
    } catch (CimcException e) {
      if (!e.getMessage().contains("does not fit")) {
        throw e;
      }
      String reason = e.getMessage().replaceAll("; full log: .*$", "");
      return "iCE40 UP5K (" + ICE40_PACKAGE + "): does not fit\n" + reason + "\n" + cells;
    }
  }

  /** Cell counts of the last {@code stat} in a synth_ice40 log, one {@code kind count} a line. */
  private static String ice40Cells(Path log) {
    String text;
    try {
      text = Files.readString(log);
    } catch (IOException e) {
      throw new CimcException("cannot read the Yosys log " + log + ": " + e.getMessage(), e);
    }
    int start = text.lastIndexOf("=== " + TopModule.NAME + " ===");
    if (start < 0) {
      return "";
    }
    StringBuilder cells = new StringBuilder("Yosys synth_ice40 cells of " + TopModule.NAME
        + ", before packing:\n");
    Matcher m = ICE40_CELL.matcher(text.substring(start));
    while (m.find()) {
      cells.append(m.group(1)).append(' ').append(m.group(2)).append('\n');
    }
    return cells.toString();
  }
}
