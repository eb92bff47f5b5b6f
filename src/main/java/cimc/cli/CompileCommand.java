package cimc.cli;

import cimc.CimcException;
import cimc.device.DeviceProfile;
import cimc.device.DeviceProfileFile;
import cimc.device.MeasuredLevels;
import cimc.map.VariationFit;
import cimc.io.AtomicOutput;
import cimc.map.CompileSettings;
import cimc.map.DesignCompiler;
import cimc.map.FileSink;
import cimc.map.Manifest;
import cimc.map.Mapping;
import cimc.map.ProgramStats;
import cimc.map.QuantizedWeights;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

/**
 * {@code cimc compile}: maps a quantized network onto crossbar arrays, simulates write-verify
 * programming and writes the design folder. The work is an ordered list of stages, see
 * {@link #stages()}; the manifest is written after the last stage.
 */
final class CompileCommand implements Command {
  static final int MAX_ARRAY_SIZE = 4096;

  @Override
  public String name() {
    return "compile";
  }

  @Override
  public String summary() {
    return "map a quantized network onto crossbars, simulate programming, write the design";
  }

  /**
   * Returns the stages in order. A stage added here runs inside the temporary output folder
   * after the ones before it. A stage that needs the differential mapping declares it with
   * {@link CompileStage#differentialOnly()}.
   */
  static List<CompileStage> stages() {
    return List.of(
        CompileStage.of("map", "place every weight on a cell and simulate write-verify"
            + " programming, because later stages read the as-programmed codes", false,
            c -> c.setDesign(DesignCompiler.compile(c.weights, c.profile, c.settings, c.folder,
                c.sink))),
        CompileStage.of("design", "write design.json so that the folder can be read back as"
            + " a CompiledDesign", false,
            c -> DesignCompiler.writeDesignJson(c.design(), c.folder, c.sink)),
        CompileStage.of("report", "summarize utilization, pulses and failed cells, and plot"
            + " the programmed conductances against the verify windows", false,
            c -> DesignCompiler.writeReport(c.design(), c.folder, c.sink)));
  }

  @Override
  public Options options() {
    Options o = new Options();
    o.addOption(Option.builder().longOpt("device").hasArg().argName("FILE")
        .desc("device profile JSON (default: the shipped al2o3-tiox-48x48 profile)").build());
    o.addOption(Option.builder().longOpt("device-csv").hasArg().argName("FILE")
        .desc("measured per-level statistics (level,target_us,mean_us,sigma_us) used to fit"
            + " the cycle-to-cycle variation of the device profile").build());
    o.addOption(Option.builder().longOpt("rows").hasArg().argName("N")
        .desc("rows per crossbar array (default 48)").build());
    o.addOption(Option.builder().longOpt("cols").hasArg().argName("N")
        .desc("columns per crossbar array, even for the differential mapping (default 48)")
        .build());
    o.addOption(Option.builder().longOpt("mapping").hasArg().argName("NAME")
        .desc("weight mapping: differential (two cells per weight, default) or offset (one"
            + " cell per weight and a reference column; maps only)").build());
    o.addOption(Option.builder().longOpt("seed").hasArg().argName("N")
        .desc("seed of the programming simulation (default 1)").build());
    o.addOption(Option.builder().longOpt("threads").hasArg().argName("N")
        .desc("worker threads; the output does not depend on it (default: all cores)").build());
    o.addOption(Option.builder("o").longOpt("output").hasArg().argName("DIR")
        .desc("design folder to create").build());
    o.addOption(Option.builder().longOpt("force")
        .desc("replace an existing output folder").build());
    ModelInput.addOptions(o);
    return o;
  }

  @Override
  public int run(CommandLine line) throws Exception {
    String output = line.getOptionValue("output");
    if (output == null) {
      throw new UsageException("missing --output DIR: the design folder to create");
    }
    CompileSettings settings = settings(line);
    DeviceProfile profile = profile(line);
    QuantizedWeights weights = ModelInput.load(line);
    Path target = Path.of(output);
    compileFolder(line, weights, profile, settings, target, line.hasOption("force"),
        FileSink.DISK);
    System.out.println("compile: wrote " + target);
    return 0;
  }

  /** Runs every stage and the manifest into a temporary folder moved to {@code target}. */
  static void compileFolder(CommandLine line, QuantizedWeights weights, DeviceProfile profile,
      CompileSettings settings, Path target, boolean force, FileSink sink) {
    AtomicOutput.writeFolder(target, force, folder -> {
      CompileContext context = new CompileContext(line, weights, profile, settings, folder,
          sink);
      for (CompileStage stage : stages()) {
        if (stage.differentialOnly() && settings.mapping() != Mapping.DIFFERENTIAL) {
          System.err.println("compile: skipping stage " + stage.name() + ": unsupported: "
              + settings.mapping().label() + " mapping (differential only)");
          continue;
        }
        stage.run(context);
      }
      Manifest.write(context.design(), folder, sink);
      printSummary(context);
    });
  }

  private static void printSummary(CompileContext context) {
    ProgramStats s = context.design().stats();
    System.out.printf(Locale.ROOT, "compile: %d arrays, %d cells programmed, pulses mean %.2f"
        + " max %d, %d failed, %d stuck%n", context.design().layout().arrayCount(),
        s.programmedCells(), s.pulseMean(), s.pulseMax(),
        s.count(cimc.map.CellStatus.FAIL), s.count(cimc.map.CellStatus.STUCK));
  }

  static CompileSettings settings(CommandLine line) {
    int rows = Args.intValue(line, "rows", 48, 1, MAX_ARRAY_SIZE);
    int cols = Args.intValue(line, "cols", 48, 1, MAX_ARRAY_SIZE);
    String name = line.getOptionValue("mapping", "differential");
    Mapping mapping = Mapping.parse(name);
    if (mapping == null) {
      throw new UsageException("invalid --mapping '" + name
          + "': expected differential or offset");
    }
    if (mapping == Mapping.DIFFERENTIAL && cols % 2 != 0) {
      throw new UsageException("invalid --cols " + cols + ": the differential mapping needs an"
          + " even column count (two columns per weight); use an even --cols");
    }
    long seed = Args.longValue(line, "seed", 1);
    int cores = Runtime.getRuntime().availableProcessors();
    int threads = Args.intValue(line, "threads", cores, 1, 1024);
    return new CompileSettings(rows, cols, mapping, seed, threads);
  }

  static DeviceProfile profile(CommandLine line) {
    String file = line.getOptionValue("device");
    DeviceProfile profile = file == null ? DeviceProfileFile.defaultProfile()
        : DeviceProfileFile.read(Path.of(file));
    String csv = line.getOptionValue("device-csv");
    if (csv == null) {
      return profile;
    }
    MeasuredLevels measured = MeasuredLevels.read(Path.of(csv), profile);
    VariationFit.Result fit = VariationFit.fit(profile, measured);
    System.out.println("compile: " + fit.summary());
    return fit.profile();
  }

  static CimcException noModel() {
    return new UsageException("missing model: give --model FILE (quantized) or"
        + " --float-model FILE with --z and --bits");
  }
}
