package cimc.cli;

import cimc.verify.Verifier;
import cimc.verify.VerifyOptions;
import java.nio.file.Path;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

/**
 * {@code cimc verify}: builds the Verilator testbench of a compiled design and checks the RTL
 * against the golden vectors; the exit code is the verdict.
 */
final class VerifyCommand implements Command {
  static final int DEFAULT_IMAGES = 100;
  static final int DEFAULT_SEEDS = 3;
  static final long DEFAULT_TIMEOUT = 200_000;
  static final int DEFAULT_ICARUS = 3;

  @Override
  public String name() {
    return "verify";
  }

  @Override
  public String summary() {
    return "simulate the design's RTL with Verilator and check it against the golden vectors";
  }

  @Override
  public Options options() {
    Options o = new Options();
    o.addOption(Option.builder().longOpt("design").hasArg().argName("DIR").required()
        .desc("compiled design folder with hardware.json, maps/ and rtl/").build());
    o.addOption(Option.builder().longOpt("vectors").hasArg().argName("DIR")
        .desc("golden vector folder (default DIR/vectors)").build());
    o.addOption(Option.builder().longOpt("work").hasArg().argName("DIR")
        .desc("build and log folder, reused while its inputs stay the same "
            + "(default DIR/verify)").build());
    o.addOption(Option.builder().longOpt("images").hasArg().argName("N")
        .desc("test images to check, 1 to the vector count (default " + DEFAULT_IMAGES + ")")
        .build());
    o.addOption(Option.builder().longOpt("full")
        .desc("check all 10,000 MNIST test images; writes their vectors when missing").build());
    o.addOption(Option.builder().longOpt("seeds").hasArg().argName("N")
        .desc("runs with random initial state (+verilator+rand+reset+2), each with its own seed;"
            + " runs after the first reverse or repeat the image order (default "
            + DEFAULT_SEEDS + ")").build());
    o.addOption(Option.builder().longOpt("program")
        .desc("also check write-verify programming against the pulse-response tables").build());
    o.addOption(Option.builder().longOpt("trace").hasArg().argName("FILE")
        .desc("write an FST waveform of the first run (builds a traced binary)").build());
    o.addOption(Option.builder().longOpt("timeout").hasArg().argName("CYCLES")
        .desc("clock cycles one image or one program batch may take (default "
            + DEFAULT_TIMEOUT + ")").build());
    o.addOption(Option.builder().longOpt("icarus").hasArg().argName("N")
        .desc("images to also run on Icarus Verilog, 0 to skip (default " + DEFAULT_ICARUS + ")")
        .build());
    return o;
  }

  @Override
  public int run(CommandLine line) {
    Path design = Path.of(line.getOptionValue("design"));
    boolean full = line.hasOption("full");
    if (full && line.hasOption("images")) {
      throw new UsageException("--full checks every test image; leave out --images");
    }
    VerifyOptions options = new VerifyOptions(design,
        pathOption(line, "vectors"), pathOption(line, "work"),
        Args.intValue(line, "images", DEFAULT_IMAGES, 1, 1_000_000), full,
        Args.intValue(line, "seeds", DEFAULT_SEEDS, 1, 100), line.hasOption("program"),
        pathOption(line, "trace"),
        Args.intValue(line, "timeout", (int) DEFAULT_TIMEOUT, 1_000, Integer.MAX_VALUE),
        Args.intValue(line, "icarus", DEFAULT_ICARUS, 0, 10_000));
    Verifier.Report report = Verifier.verify(options,
        message -> System.out.println("cimc verify: " + message));
    for (Verifier.Run run : report.runs()) {
      System.out.printf("%-32s %-9s %6d passed %6d failed%s%n", run.name(), run.simulator(),
          run.verdict().passed(), run.verdict().failed(),
          run.verdict().timedOut() ? "  (timed out)" : "");
    }
    System.out.println(report.passed() ? "verify: PASSED" : "verify: FAILED");
    return report.passed() ? 0 : Main.EXIT_FAILURE;
  }

  private static Path pathOption(CommandLine line, String option) {
    String value = line.getOptionValue(option);
    return value == null ? null : Path.of(value);
  }
}
