package cimc.cli;

import cimc.CimcException;
import cimc.quant.SigmaClip;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.apache.commons.cli.CommandLine;

/** Parsing of comma-separated option values; a bad item is reported with the option name. */
final class ListArgs {
  private ListArgs() {}

  static List<Integer> integers(CommandLine line, String option, String fallback, int min,
      int max) {
    List<Integer> values = new ArrayList<>();
    for (String item : items(line, option, fallback)) {
      int value;
      try {
        value = Integer.parseInt(item);
      } catch (NumberFormatException e) {
        throw new UsageException("invalid --" + option + " item '" + item
            + "': expected integers from " + min + " to " + max + ", separated by commas");
      }
      if (value < min || value > max) {
        throw new UsageException("invalid --" + option + " item " + value
            + ": expected integers from " + min + " to " + max + ", separated by commas");
      }
      values.add(value);
    }
    return values;
  }

  static List<Double> doubles(CommandLine line, String option, String fallback, double min,
      double max) {
    List<Double> values = new ArrayList<>();
    for (String item : items(line, option, fallback)) {
      double value;
      try {
        value = cimc.Numbers.parseDecimal(item);
      } catch (NumberFormatException e) {
        value = Double.NaN;
      }
      if (!(value >= min && value <= max)) {
        throw new UsageException("invalid --" + option + " item '" + item
            + "': expected numbers from " + min + " to " + max + ", separated by commas");
      }
      values.add(value);
    }
    return values;
  }

  /** Parses clipping widths: finite numbers greater than 0, or {@code none}. */
  static List<OptionalDouble> zs(CommandLine line, String option, String fallback) {
    List<OptionalDouble> values = new ArrayList<>();
    for (String item : items(line, option, fallback)) {
      try {
        values.add(SigmaClip.parseZ(item));
      } catch (CimcException e) {
        throw new UsageException("invalid --" + option + " item '" + item
            + "': expected finite numbers greater than 0 or 'none', separated by commas");
      }
    }
    return values;
  }

  /** Returns {@code values} after rejecting a value that appears twice, such as 2 and 2.0. */
  static <T> List<T> distinct(CommandLine line, String option, List<T> values) {
    for (int k = 0; k < values.size(); k++) {
      if (values.indexOf(values.get(k)) != k) {
        throw new UsageException("invalid --" + option + " '" + line.getOptionValue(option)
            + "': item " + (k + 1) + " repeats an earlier value; list each value once");
      }
    }
    return values;
  }

  private static List<String> items(CommandLine line, String option, String fallback) {
    String text = line.getOptionValue(option, fallback);
    List<String> items = new ArrayList<>();
    for (String item : text.split(",", -1)) {
      if (item.isBlank()) {
        throw new UsageException("invalid --" + option + " '" + text
            + "': an item is empty; separate values with single commas");
      }
      items.add(item.trim());
    }
    return items;
  }
}
