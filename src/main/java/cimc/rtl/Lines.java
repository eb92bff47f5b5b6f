package cimc.rtl;

import java.util.List;

/** A text buffer of indented lines that breaks comments and long expressions at the width. */
final class Lines {
  private static final String INDENT = "  ";
  private final StringBuilder text = new StringBuilder();

  void line(int level, String content) {
    text.append(INDENT.repeat(level)).append(content).append('\n');
  }

  void blank() {
    int n = text.length();
    if (n > 0 && !(n >= 2 && text.charAt(n - 1) == '\n' && text.charAt(n - 2) == '\n')) {
      text.append('\n');
    }
  }

  /** Writes {@code // text}, breaking between words so that no line passes the width. */
  void comment(int level, String comment) {
    int room = VerilogWriter.WIDTH - INDENT.length() * level - 3;
    StringBuilder current = new StringBuilder();
    for (String word : comment.trim().split("\\s+")) {
      if (current.length() > 0 && current.length() + 1 + word.length() > room) {
        line(level, "// " + current);
        current.setLength(0);
      }
      current.append(current.length() > 0 ? " " : "").append(word);
    }
    line(level, current.length() > 0 ? "// " + current : "//");
  }

  /** Writes a framed section banner as used in lowRISC RTL. */
  void banner(int level, String title) {
    String frame = "/".repeat(title.length() + 6);
    line(level, frame);
    line(level, "// " + title + " //");
    line(level, frame);
  }

  /**
   * Writes {@code prefix + expr + suffix} on one line when it fits. Otherwise a binary chain
   * or a ternary continues on lines indented two levels deeper, each starting with its
   * operator. A concatenation puts one part per line, and other expressions stay on one line.
   */
  void wrapped(int level, String prefix, Expr expr, String suffix) {
    String flat = ExprFormat.flat(expr);
    if (INDENT.length() * level + prefix.length() + flat.length() + suffix.length()
        <= VerilogWriter.WIDTH) {
      line(level, prefix + flat + suffix);
      return;
    }
    if (expr instanceof Expr.Concat concat) {
      line(level, prefix + "{");
      List<Expr> parts = concat.parts();
      for (int i = 0; i < parts.size(); i++) {
        line(level + 2, ExprFormat.flat(parts.get(i)) + (i + 1 < parts.size() ? "," : ""));
      }
      line(level, "}" + suffix);
      return;
    }
    List<String> pieces = ExprFormat.pieces(expr);
    line(level, prefix + pieces.get(0));
    for (int i = 1; i < pieces.size(); i++) {
      line(level + 2, pieces.get(i) + (i + 1 == pieces.size() ? suffix : ""));
    }
    if (pieces.size() == 1) {
      text.setLength(text.length() - 1);
      text.append(suffix).append('\n');
    }
  }

  String text() {
    return text.toString();
  }
}
