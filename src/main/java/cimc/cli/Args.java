package cimc.cli;

import org.apache.commons.cli.CommandLine;

/** Typed option parsing that reports a bad value with the option name and what is accepted. */
final class Args {
  private Args() {}

  static int intValue(CommandLine line, String option, int fallback, int min, int max) {
    String text = line.getOptionValue(option);
    if (text == null) {
      return fallback;
    }
    int value;
    try {
      value = Integer.parseInt(text.trim());
    } catch (NumberFormatException e) {
      throw new UsageException("invalid --" + option + " '" + text + "': expected an integer from "
          + min + " to " + max);
    }
    if (value < min || value > max) {
      throw new UsageException("invalid --" + option + " " + value + ": expected an integer from "
          + min + " to " + max);
    }
    return value;
  }

  static long longValue(CommandLine line, String option, long fallback) {
    String text = line.getOptionValue(option);
    if (text == null) {
      return fallback;
    }
    try {
      return Long.parseLong(text.trim());
    } catch (NumberFormatException e) {
      throw new UsageException("invalid --" + option + " '" + text + "': expected an integer");
    }
  }

  static double doubleValue(CommandLine line, String option, double fallback, double min,
      double max) {
    String text = line.getOptionValue(option);
    if (text == null) {
      return fallback;
    }
    double value;
    try {
      value = cimc.Numbers.parseDecimal(text);
    } catch (NumberFormatException e) {
      throw new UsageException("invalid --" + option + " '" + text + "': expected a number from "
          + min + " to " + max);
    }
    if (!(value >= min && value <= max)) {
      throw new UsageException("invalid --" + option + " " + text + ": expected a number from "
          + min + " to " + max);
    }
    return value;
  }
}
