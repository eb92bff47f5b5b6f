package cimc.cli;

import cimc.CimcException;
import cimc.hw.HardwareSpec;
import cimc.hw.HardwareSpecJson;
import cimc.io.AtomicOutput;
import cimc.rtl.gen.DefaultDesign;
import cimc.rtl.gen.RtlOutputs;
import cimc.rtl.gen.RtlParams;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

/**
 * {@code cimc rtl}: generates the controller RTL and its constraints from a design folder's
 * {@code hardware.json}, or from the default design when no folder is given.
 */
final class RtlCommand implements Command {
  static final String DEFAULT_OUTPUT = "out/default-design";

  @Override
  public String name() {
    return "rtl";
  }

  @Override
  public String summary() {
    return "generate the controller RTL, register map, constraints and sign-off reports";
  }

  @Override
  public Options options() {
    Options options = new Options();
    options.addOption(Option.builder().longOpt("design").hasArg().argName("DIR")
        .desc("design folder holding hardware.json; rtl/ and constraints/ are written into it"
            + " (default: the built-in 784-128-64-10 design)").build());
    options.addOption(Option.builder().longOpt("out").hasArg().argName("DIR")
        .desc("folder that receives rtl/ and constraints/ (default: the design folder, or "
            + DEFAULT_OUTPUT + " for the built-in design)").build());
    options.addOption(Option.builder().longOpt("clock-mhz").hasArg().argName("MHZ")
        .desc("target clock frequency in MHz for the SDC/XDC period and the iCE40 check"
            + " (default: " + RtlOutputs.DEFAULT_CLOCK_MHZ + ")").build());
    options.addOption(Option.builder().longOpt("no-synth")
        .desc("skip the Yosys synthesis check and its stat report").build());
    options.addOption(Option.builder().longOpt("ice40")
        .desc("also synthesize for an iCE40 UP5K and report fit, fmax and utilization").build());
    options.addOption(Option.builder().longOpt("force")
        .desc("replace existing rtl/ and constraints/ folders").build());
    return options;
  }

  @Override
  public int run(CommandLine line) throws IOException {
    double clockMhz = Args.doubleValue(line, "clock-mhz", RtlOutputs.DEFAULT_CLOCK_MHZ, 0.001,
        1000);
    String designOption = line.getOptionValue("design");
    HardwareSpec spec = designOption == null ? DefaultDesign.spec()
        : HardwareSpecJson.read(Path.of(designOption).resolve("hardware.json"));
    RtlParams params = params(spec, designOption);
    Path root = Path.of(line.getOptionValue("out",
        designOption == null ? DEFAULT_OUTPUT : designOption));

    RtlOutputs.Settings settings = new RtlOutputs.Settings(clockMhz, !line.hasOption("no-synth"),
        line.hasOption("ice40"));
    Path scratch = Files.createTempDirectory("cimc-rtl-");
    try {
      RtlOutputs outputs = RtlOutputs.generate(params, settings, scratch);
      outputs.write(root, line.hasOption("force"));
      System.out.println("wrote " + root.resolve("rtl") + " and " + root.resolve("constraints"));
      outputs.summary().forEach(System.out::println);
    } finally {
      AtomicOutput.deleteQuietly(scratch);
    }
    return 0;
  }

  private static RtlParams params(HardwareSpec spec, String design) {
    try {
      return RtlParams.from(spec);
    } catch (IllegalArgumentException e) {
      throw new CimcException("cannot generate RTL for "
          + (design == null ? "the default design" : design) + ": " + e.getMessage());
    }
  }
}
