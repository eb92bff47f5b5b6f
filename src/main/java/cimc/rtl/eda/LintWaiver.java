package cimc.rtl.eda;

import java.util.List;
import java.util.regex.Pattern;

/**
 * One Verilator {@code lint_off} line with the reason it is acceptable. {@code filePattern} and
 * {@code match} are Verilator wildcards ({@code *}, {@code ?}); {@code match} may be null to
 * waive the rule in the whole file.
 */
public record LintWaiver(String rule, String filePattern, String match, String reason) {
  private static final Pattern RULE = Pattern.compile("[A-Z][A-Z0-9_]*");

  public LintWaiver {
    if (rule == null || !RULE.matcher(rule).matches()) {
      throw new IllegalArgumentException("invalid Verilator rule '" + rule
          + "'; use an upper-case code such as UNUSEDSIGNAL");
    }
    requireQuotable("file pattern", filePattern);
    if (match != null) {
      requireQuotable("match", match);
    }
    if (reason == null || reason.isBlank() || reason.contains("\n")) {
      throw new IllegalArgumentException("waiver of " + rule + " needs a one-line reason");
    }
  }

  private static void requireQuotable(String what, String value) {
    if (value == null || value.isEmpty() || value.contains("\"") || value.contains("\n")) {
      throw new IllegalArgumentException("invalid waiver " + what + " '" + value
          + "'; it must be non-empty without quotes or line breaks");
    }
  }

  /** Returns the text of a Verilator configuration file holding {@code waivers}. */
  public static String toVlt(List<LintWaiver> waivers) {
    StringBuilder text = new StringBuilder("`verilator_config\n");
    for (LintWaiver waiver : waivers) {
      text.append("\n// ").append(waiver.reason()).append('\n');
      text.append("lint_off -rule ").append(waiver.rule()).append(" -file \"")
          .append(waiver.filePattern()).append('"');
      if (waiver.match() != null) {
        text.append(" -match \"").append(waiver.match()).append('"');
      }
      text.append('\n');
    }
    return text.toString();
  }
}
