package cimc.rtl.gen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cimc.rtl.regs.Field;
import cimc.rtl.regs.Register;
import cimc.rtl.regs.RegisterMap;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The register map of cim_top has the same offsets and fields in the generated RTL, C header,
 * Java driver source and Markdown table, and in the table of docs/rtl-architecture.md.
 */
class ControllerRegistersTest {
  private static final RtlParams PARAMS = DefaultDesign.params();
  private static final RegisterMap MAP = ControllerRegisters.create(PARAMS);
  private static final Map<String, String> FILES = RtlGenerator.files(PARAMS);

  private static Map<String, String> matches(String text, String regex) {
    Map<String, String> found = new HashMap<>();
    Matcher m = Pattern.compile(regex, Pattern.MULTILINE).matcher(text);
    while (m.find()) {
      found.put(m.group(1), m.group(2));
    }
    return found;
  }

  @Test
  void testbenchNamesPresent() {
    for (String name : new String[] {"CTRL", "STATUS", "IRQ_STATUS", "IRQ_ENABLE", "INPUT_ADDR",
        "INPUT_DATA", "RESULT", "JOB_ADDR", "JOB_WINDOW", "JOB_PUSH", "PROG_PULSES",
        "PROG_FAILS"}) {
      assertTrue(MAP.registers().stream().anyMatch(r -> r.name().equals(name)), name);
    }
  }

  @Test
  void rtlOffsetsMatchMap() {
    Map<String, String> offsets = matches(FILES.get("cim_regs.sv"),
        "localparam logic \\[11:0\\] (\\w+)Offset = 12'h([0-9a-f]+);");

    assertEquals(MAP.registers().size(), offsets.size());
    for (Register register : MAP.registers()) {
      StringBuilder camel = new StringBuilder();
      for (String part : register.name().split("_")) {
        camel.append(part.charAt(0)).append(part.substring(1).toLowerCase(Locale.ROOT));
      }
      assertEquals(register.offset(), Integer.parseInt(offsets.get(camel.toString()), 16),
          register.name());
    }
  }

  @Test
  void headerAndDriverMatchMap() {
    Map<String, String> defines = matches(FILES.get("cim_regs.h"),
        "^#define (\\w+) (0x[0-9a-f]+|\\d+)u$");
    Map<String, String> constants = matches(FILES.get("CimRegs.java"),
        "public static final int (\\w+) = (0x[0-9a-f]+|\\d+);");
    for (Register register : MAP.registers()) {
      String base = register.name();
      assertEquals(register.offset(), Long.decode(defines.get("CIM_" + base + "_OFFSET")), base);
      assertEquals(register.offset(), Long.decode(constants.get(base + "_OFFSET")), base);
      for (Field field : register.fields()) {
        String name = base + "_" + field.name().toUpperCase(Locale.ROOT);
        assertEquals(field.mask(), Long.decode(defines.get("CIM_" + name + "_MASK")), name);
        assertEquals(field.lsb(), Long.decode(constants.get(name + "_SHIFT")), name);
      }
    }
  }

  @Test
  void markdownAndDocsListOffsets() throws IOException {
    Map<String, String> table = matches(FILES.get("cim_regs.md"),
        "^## (\\w+) \\((0x[0-9a-f]+)\\)$");
    String docs = Files.readString(Path.of("docs/rtl-architecture.md"));
    Map<String, String> documented = matches(docs, "^\\| (0x[0-9a-f]{3}) \\| (\\w+) \\|");
    Map<String, String> byName = new HashMap<>();
    documented.forEach((offset, name) -> byName.put(name, offset));
    for (Register register : MAP.registers()) {
      assertEquals(register.offset(), Integer.decode(table.get(register.name())),
          register.name());
      assertEquals(register.offset(), Integer.decode(byName.get(register.name())),
          "docs/rtl-architecture.md offset of " + register.name());
    }
  }
}
