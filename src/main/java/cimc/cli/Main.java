package cimc.cli;

import cimc.CimcException;
import java.io.PrintWriter;
import java.util.List;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.DefaultParser;
import org.apache.commons.cli.HelpFormatter;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.commons.cli.ParseException;

/**
 * Entry point of the {@code cimc} launcher. Exit codes: 0 success, 1 a failed run (bad data,
 * failed check, tool error), 2 a usage error (unknown command or option, bad option value).
 */
public final class Main {
  static final int EXIT_FAILURE = 1;
  static final int EXIT_USAGE = 2;

  /** Commands in the order of the pipeline. */
  private static List<Command> commands() {
    return List.of(
        new TrainCommand(),
        new QuantizeCommand(),
        new SweepCommand(),
        new CompileCommand(),
        new SimulateCommand(),
        new VectorsCommand(),
        new RtlCommand(),
        new VerifyCommand(),
        new FlowCommand(),
        new BenchCommand());
  }

  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs one command line and returns its exit code; never calls {@code System.exit}. */
  public static int run(String... args) {
    List<Command> all = commands();
    if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h")
        || args[0].equals("help")) {
      printUsage(all);
      return args.length == 0 ? EXIT_USAGE : 0;
    }
    Command command = all.stream().filter(c -> c.name().equals(args[0])).findFirst()
        .orElse(null);
    if (command == null) {
      System.err.println("cimc: unknown command '" + args[0] + "'; run 'cimc --help' for the list");
      return EXIT_USAGE;
    }

    Options options = command.options();
    options.addOption(Option.builder("h").longOpt("help").desc("print this help and exit")
        .build());
    String[] rest = java.util.Arrays.copyOfRange(args, 1, args.length);
    CommandLine line;
    try {
      line = new DefaultParser().parse(options, rest);
    } catch (ParseException e) {
      System.err.println("cimc " + command.name() + ": " + e.getMessage()
          + "; run 'cimc " + command.name() + " --help' for the options");
      return EXIT_USAGE;
    }

    if (line.hasOption("help")) {
      printHelp(command, options);
      return 0;
    }
    String misuse = misuse(command, line);
    if (misuse != null) {
      System.err.println("cimc " + command.name() + ": " + misuse
          + "; run 'cimc " + command.name() + " --help' for the options");
      return EXIT_USAGE;
    }
    return execute(command, line);
  }

  /** Runs a parsed command and turns each kind of failure into its exit code. */
  private static int execute(Command command, CommandLine line) {
    try {
      return command.run(line);
    } catch (UsageException e) {
      System.err.println("cimc " + command.name() + ": " + e.getMessage());
      return EXIT_USAGE;
    } catch (CimcException e) {
      System.err.println("cimc " + command.name() + ": error: " + e.getMessage());
      return EXIT_FAILURE;
    } catch (java.io.IOException e) {
      System.err.println("cimc " + command.name() + ": I/O error: " + e);
      return EXIT_FAILURE;
    } catch (Exception e) {
      System.err.println("cimc " + command.name() + ": internal error: " + e);
      e.printStackTrace();
      return EXIT_FAILURE;
    }
  }

  /**
   * Returns why a parsed command line is rejected, or null when it is accepted. A command without
   * arguments rejects a word that is not an option. A non-repeatable option given twice is
   * rejected because Commons CLI would keep its first value and ignore the later one.
   */
  private static String misuse(Command command, CommandLine line) {
    if (!command.takesArguments() && !line.getArgList().isEmpty()) {
      return "unexpected argument '" + line.getArgList().get(0) + "': this command takes only"
          + " options, which start with --";
    }
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (Option option : line.getOptions()) {
      if (!seen.add(option.getKey()) && !command.repeatableOptions().contains(option.getKey())) {
        return "option --" + option.getKey() + " is given more than once; give it once";
      }
    }
    return null;
  }

  private static void printUsage(List<Command> all) {
    System.out.println("usage: cimc COMMAND [OPTIONS]   (cimc COMMAND --help for the options)");
    System.out.println();
    for (Command c : all) {
      System.out.printf("  %-10s %s%n", c.name(), c.summary());
    }
  }

  private static void printHelp(Command command, Options options) {
    HelpFormatter formatter = new HelpFormatter();
    formatter.setWidth(100);
    PrintWriter out = new PrintWriter(System.out, true);
    formatter.printHelp(out, 100, "cimc " + command.name() + " [OPTIONS]",
        command.summary(), options, 2, 4, "", false);
    out.flush();
  }
}
