package cimc;

import java.util.regex.Pattern;

/** Parsing of numbers typed by users or read from text files. */
public final class Numbers {
  /** Plain decimal notation with an optional exponent, such as 2, -0.5, .25 or 1e-3. */
  private static final Pattern DECIMAL =
      Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

  private Numbers() {}

  /**
   * Parses a decimal number. Unlike {@link Double#parseDouble}, it rejects Java literal forms
   * such as {@code 2d}, {@code 2f} and hexadecimal floats, which are typing mistakes in a
   * command line or a CSV file.
   *
   * @throws NumberFormatException when the text is not plain decimal notation
   */
  public static double parseDecimal(String text) {
    String trimmed = text.trim();
    if (!DECIMAL.matcher(trimmed).matches()) {
      throw new NumberFormatException("not a decimal number: '" + text + "'");
    }
    return Double.parseDouble(trimmed);
  }
}
