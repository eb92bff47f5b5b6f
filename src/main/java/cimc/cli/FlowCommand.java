package cimc.cli;

import cimc.flow.Flow;
import cimc.flow.FlowSettings;
import cimc.flow.FlowStages;
import cimc.flow.FlowState;
import java.nio.file.Path;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

/**
 * {@code cimc flow}: the whole chain on the shipped MNIST, from training to a verified RTL,
 * with a one-page report.
 */
final class FlowCommand implements Command {
  static final String DEFAULT_OUTPUT = "out/flow";

  @Override
  public String name() {
    return "flow";
  }

  @Override
  public String summary() {
    return "train, quantize, compile, calibrate, generate RTL and verify it, then write a report";
  }

  @Override
  public Options options() {
    Options o = new Options();
    o.addOption(Option.builder("o").longOpt("output").hasArg().argName("DIR")
        .desc("folder for the model cache, the design and report.md (default " + DEFAULT_OUTPUT
            + ")").build());
    o.addOption(Option.builder().longOpt("epochs").hasArg().argName("N")
        .desc("training epochs when no cached model exists (default 10)").build());
    o.addOption(Option.builder().longOpt("z").hasArg().argName("Z")
        .desc("clip weights to mean +/- Z standard deviations, 0.5 to 10 (default 3)").build());
    o.addOption(Option.builder().longOpt("bits").hasArg().argName("B")
        .desc("signed weight code width, 2 to 8 (default 4)").build());
    o.addOption(Option.builder().longOpt("images").hasArg().argName("N")
        .desc("test images checked in RTL simulation, 1 to 10000 (default 100)").build());
    o.addOption(Option.builder().longOpt("calibration-images").hasArg().argName("N")
        .desc("training images for ADC and activation calibration (default 2000)").build());
    o.addOption(Option.builder().longOpt("html").desc("also write report.html").build());
    return o;
  }

  @Override
  public int run(CommandLine line) {
    FlowSettings settings = new FlowSettings(
        Path.of(line.getOptionValue("output", DEFAULT_OUTPUT)),
        Args.intValue(line, "epochs", 10, 1, 1000),
        Args.doubleValue(line, "z", 3, 0.5, 10),
        Args.intValue(line, "bits", 4, 2, 8),
        Args.intValue(line, "images", 100, 1, 10_000),
        Args.intValue(line, "calibration-images", 2000, 1, 60_000),
        line.hasOption("html"));
    FlowState state = FlowState.start(settings);
    new Flow(new FlowStages(Main::run, System.out).all(), System.out).run(state);
    System.out.println("cimc flow: report in " + settings.output().resolve("report.md"));
    boolean passed = state.verified();
    System.out.println(passed ? "cimc flow: verification PASSED"
        : "cimc flow: verification FAILED; see the report and design/verify/*.log");
    return passed ? 0 : Main.EXIT_FAILURE;
  }
}
