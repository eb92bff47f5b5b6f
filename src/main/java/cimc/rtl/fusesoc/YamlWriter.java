package cimc.rtl.fusesoc;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Writes a tree of maps (insertion ordered), lists and strings as block-style YAML with 2-space
 * indentation. A string is double-quoted when plain style could change its meaning: special
 * characters, leading or trailing blanks, or a value YAML would read as a boolean, null or
 * number.
 */
final class YamlWriter {
  private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_./+-][A-Za-z0-9_./+ :-]*");
  private static final Pattern NOT_A_STRING = Pattern.compile(
      "(?i)true|false|yes|no|on|off|null|~|[-+]?[0-9][0-9_.eE+-]*|0x[0-9a-f]+|\\.inf|\\.nan");

  private YamlWriter() {}

  static String write(Map<String, Object> root) {
    StringBuilder text = new StringBuilder();
    map(text, root, 0);
    return text.toString();
  }

  private static void map(StringBuilder text, Map<?, ?> map, int level) {
    for (Map.Entry<?, ?> entry : map.entrySet()) {
      text.append("  ".repeat(level)).append(scalar(entry.getKey().toString())).append(':');
      value(text, entry.getValue(), level + 1);
    }
  }

  /** Writes a value after a key or a dash: inline when scalar or empty, else on new lines. */
  private static void value(StringBuilder text, Object value, int level) {
    if (value instanceof Map<?, ?> nested && !nested.isEmpty()) {
      text.append('\n');
      map(text, nested, level);
    } else if (value instanceof List<?> list && !list.isEmpty()) {
      text.append('\n');
      list(text, list, level);
    } else if (value instanceof Map<?, ?>) {
      text.append(" {}\n");
    } else if (value instanceof List<?>) {
      text.append(" []\n");
    } else {
      text.append(' ').append(scalar(String.valueOf(value))).append('\n');
    }
  }

  private static void list(StringBuilder text, List<?> list, int level) {
    String indent = "  ".repeat(level);
    for (Object item : list) {
      if (item instanceof Map<?, ?> map && !map.isEmpty()) {
        boolean first = true;
        for (Map.Entry<?, ?> entry : map.entrySet()) {
          text.append(first ? indent + "- " : indent + "  ")
              .append(scalar(entry.getKey().toString())).append(':');
          value(text, entry.getValue(), level + 2);
          first = false;
        }
      } else {
        text.append(indent).append('-');
        value(text, item, level + 1);
      }
    }
  }

  static String scalar(String value) {
    boolean plain = PLAIN.matcher(value).matches() && !NOT_A_STRING.matcher(value).matches()
        && !value.endsWith(" ") && !value.contains(": ") && !value.endsWith(":")
        && !value.startsWith("-");
    if (plain) {
      return value;
    }
    StringBuilder quoted = new StringBuilder("\"");
    for (char c : value.toCharArray()) {
      switch (c) {
        case '"' -> quoted.append("\\\"");
        case '\\' -> quoted.append("\\\\");
        case '\n' -> quoted.append("\\n");
        case '\t' -> quoted.append("\\t");
        default -> quoted.append(c);
      }
    }
    return quoted.append('"').toString();
  }
}
