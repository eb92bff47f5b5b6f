package cimc.rtl.regs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cimc.rtl.VerilogWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checks that every register appears with the same offset and fields in the RTL, the C header,
 * the Java driver and the Markdown table, by parsing each artifact back.
 */
class ArtifactConsistencyTest {
  private static final RegisterMap MAP = CimRegisterMap.create(4);

  @TempDir
  Path dir;

  private static Map<String, String> matches(String text, String regex) {
    Map<String, String> found = new HashMap<>();
    Matcher m = Pattern.compile(regex, Pattern.MULTILINE).matcher(text);
    while (m.find()) {
      found.put(m.group(1), m.group(2));
    }
    return found;
  }

  @Test
  void rtlOffsetsAndPorts() {
    String rtl = new VerilogWriter(List.of("t")).write(ApbRegisterBlock.module(MAP));
    Map<String, String> offsets = matches(rtl, "localparam logic \\[7:0\\] (\\w+)Offset = "
        + "8'h([0-9a-f]+);");
    Map<String, Integer> ports = new HashMap<>();
    Pattern.compile("^  (?:input |output) logic(?: \\[(\\d+):0\\])?\\s+(\\w+),?$",
        Pattern.MULTILINE).matcher(rtl).results().forEach(r -> ports.put(r.group(2),
            r.group(1) == null ? 1 : Integer.parseInt(r.group(1)) + 1));

    assertEquals(MAP.registers().size(), offsets.size());
    for (Register register : MAP.registers()) {
      String camel = JavaDriverWriter.camel(register.name());
      assertEquals(register.offset(), Integer.parseInt(offsets.get(camel), 16), camel);
      for (Field field : register.fields()) {
        String base = register.signalName() + "_" + field.name();
        String port = switch (register.access()) {
          case RO -> base + "_i";
          case W1C -> base + "_set_i";
          case RW, WO_PUSH -> base + "_o";
          case CONST -> null;
        };
        if (port == null) {
          assertTrue(rtl.contains(String.format("prdata_o = 32'h%08x;", register.reset())),
              register.name());
          continue;
        }
        assertEquals(field.width(), ports.get(port), port);
      }
    }
  }

  @Test
  void cHeaderDefines() {
    String header = CHeaderWriter.write(MAP);
    Map<String, String> defines = matches(header, "^#define (\\w+) (0x[0-9a-f]+|\\d+)u$");
    for (Register register : MAP.registers()) {
      String base = "CIM_" + register.name();
      assertEquals(register.offset(), Long.decode(defines.get(base + "_OFFSET")), base);
      assertEquals(register.reset(), Long.decode(defines.get(base + "_RESET")), base);
      for (Field field : register.fields()) {
        String name = base + "_" + field.name().toUpperCase(Locale.ROOT);
        assertEquals(field.lsb(), Long.decode(defines.get(name + "_SHIFT")), name);
        assertEquals(field.mask(), Long.decode(defines.get(name + "_MASK")), name);
      }
    }
  }

  @Test
  void javaDriverConstants() throws Exception {
    Class<?> driver = DriverCompiler.compile(MAP, dir);
    for (Register register : MAP.registers()) {
      String base = register.name();
      assertEquals(register.offset(), driver.getField(base + "_OFFSET").getInt(null), base);
      assertEquals((int) register.reset(), driver.getField(base + "_RESET").getInt(null), base);
      for (Field field : register.fields()) {
        String name = base + "_" + field.name().toUpperCase(Locale.ROOT);
        assertEquals(field.lsb(), driver.getField(name + "_SHIFT").getInt(null), name);
        assertEquals((int) field.mask(), driver.getField(name + "_MASK").getInt(null), name);
      }
    }
  }

  @Test
  void markdownTables() {
    String markdown = MarkdownWriter.write(MAP);
    Map<String, String> summary = matches(markdown,
        "^\\| 0x[0-9a-f]+ \\| (\\w+) \\| (\\w+ \\| 0x[0-9a-f]+) \\|");
    Map<String, String> offsets = matches(markdown, "^## (\\w+) \\((0x[0-9a-f]+)\\)$");
    for (Register register : MAP.registers()) {
      String name = register.name();
      assertEquals(String.format("%s | 0x%08x", register.access(), register.reset()),
          summary.get(name), name);
      assertEquals(register.offset(), Integer.decode(offsets.get(name)), name);
      String section = markdown.substring(markdown.indexOf("## " + name + " ("));
      int end = section.indexOf("\n\n", section.indexOf("|---"));
      section = end < 0 ? section : section.substring(0, end + 1);
      for (Field field : register.fields()) {
        String bits = field.width() == 1 ? "[" + field.lsb() + "]"
            : "[" + field.msb() + ":" + field.lsb() + "]";
        assertTrue(section.contains("| " + bits + " | " + field.name() + " | 0x"
            + Long.toHexString(field.reset()) + " |"), name + "." + field.name());
      }
    }
  }
}
