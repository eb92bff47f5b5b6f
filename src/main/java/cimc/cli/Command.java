package cimc.cli;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;

/** One subcommand of the {@code cimc} launcher. */
interface Command {
  /** The word that selects this command, such as {@code train}. */
  String name();

  /** One line for the command list. */
  String summary();

  /** Every option with its meaning, unit and default in the description. */
  Options options();

  /** Returns whether the command accepts words that are not options, as its arguments. */
  default boolean takesArguments() {
    return false;
  }

  /** Returns the long names of the options that may be given more than once. */
  default java.util.Set<String> repeatableOptions() {
    return java.util.Set.of();
  }

  /**
   * Runs the command and returns the exit code. A {@link cimc.CimcException} thrown here is
   * printed as one line and gives exit code 1.
   */
  int run(CommandLine line) throws Exception;
}
