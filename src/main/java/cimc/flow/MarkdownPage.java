package cimc.flow;

import java.util.List;

/**
 * Renders the small Markdown subset the flow report uses (headings, paragraphs, pipe tables,
 * fenced blocks, images, bold and code spans) as a standalone HTML page.
 */
final class MarkdownPage {
  private MarkdownPage() {}

  static String toHtml(String title, List<String> lines) {
    StringBuilder b = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">"
        + "<title>" + escape(title) + "</title>\n<style>body{font-family:sans-serif;"
        + "max-width:60em;margin:auto}table{border-collapse:collapse}td,th{border:1px solid #999;"
        + "padding:2px 8px}</style></head><body>\n");
    boolean table = false;
    boolean pre = false;
    for (String line : lines) {
      if (line.startsWith("```")) {
        b.append(pre ? "</pre>\n" : "<pre>");
        pre = !pre;
        continue;
      }
      if (pre) {
        b.append(escape(line)).append('\n');
        continue;
      }
      if (table && !line.startsWith("|")) {
        b.append("</table>\n");
        table = false;
      }
      if (line.startsWith("|---")) {
        continue;
      }
      if (line.startsWith("|")) {
        b.append(table ? "" : "<table>\n").append("<tr>");
        table = true;
        for (String cell : line.substring(1, line.length() - 1).split("\\|")) {
          b.append("<td>").append(inline(cell.trim())).append("</td>");
        }
        b.append("</tr>\n");
      } else if (line.startsWith("## ")) {
        b.append("<h2>").append(inline(line.substring(3))).append("</h2>\n");
      } else if (line.startsWith("# ")) {
        b.append("<h1>").append(inline(line.substring(2))).append("</h1>\n");
      } else if (line.startsWith("![")) {
        int close = line.indexOf("](");
        b.append("<p><img alt=\"").append(escape(line.substring(2, close))).append("\" src=\"")
            .append(escape(line.substring(close + 2, line.length() - 1))).append("\"></p>\n");
      } else if (!line.isEmpty()) {
        b.append("<p>").append(inline(line)).append("</p>\n");
      }
    }
    if (table) {
      b.append("</table>\n");
    }
    return b.append("</body></html>\n").toString();
  }

  private static String inline(String text) {
    return escape(text).replaceAll("\\*\\*(.+?)\\*\\*", "<b>$1</b>")
        .replaceAll("`(.+?)`", "<code>$1</code>");
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
