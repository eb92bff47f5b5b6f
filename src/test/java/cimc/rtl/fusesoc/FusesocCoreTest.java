package cimc.rtl.fusesoc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FusesocCoreTest {
  @Test
  void coreText() {
    FusesocCore core = new FusesocCore("cim_regs", "0.1.0", "CIM controller registers: APB.",
        "cim_regs", List.of("rtl/cim_regs.sv"),
        List.of("constraints/cim_regs.sdc", "constraints/cim_regs.pcf"), "lint/waivers.vlt",
        List.of("tb/cim_regs_tb.sv"), "cim_regs_tb");
    assertEquals("CAPI=2:\n"
        + "name: cimc:cim:cim_regs:0.1.0\n"
        + "description: \"CIM controller registers: APB.\"\n"
        + "filesets:\n"
        + "  rtl:\n"
        + "    files:\n"
        + "      - rtl/cim_regs.sv\n"
        + "    file_type: systemVerilogSource\n"
        + "  constraints:\n"
        + "    files:\n"
        + "      - constraints/cim_regs.sdc:\n"
        + "          file_type: SDC\n"
        + "      - constraints/cim_regs.pcf:\n"
        + "          file_type: PCF\n"
        + "  waivers:\n"
        + "    files:\n"
        + "      - lint/waivers.vlt\n"
        + "    file_type: vlt\n"
        + "  tb:\n"
        + "    files:\n"
        + "      - tb/cim_regs_tb.sv\n"
        + "    file_type: systemVerilogSource\n"
        + "targets:\n"
        + "  default:\n"
        + "    filesets:\n"
        + "      - rtl\n"
        + "      - constraints\n"
        + "    toplevel: cim_regs\n"
        + "  lint:\n"
        + "    default_tool: verilator\n"
        + "    filesets:\n"
        + "      - rtl\n"
        + "      - waivers\n"
        + "    tools:\n"
        + "      verilator:\n"
        + "        mode: lint-only\n"
        + "        verilator_options:\n"
        + "          - \"-Wall\"\n"
        + "    toplevel: cim_regs\n"
        + "  sim:\n"
        + "    default_tool: icarus\n"
        + "    filesets:\n"
        + "      - rtl\n"
        + "      - tb\n"
        + "    tools:\n"
        + "      icarus:\n"
        + "        iverilog_options:\n"
        + "          - \"-g2012\"\n"
        + "    toplevel: cim_regs_tb\n", core.write());
  }

  @Test
  void scalarQuoting() {
    assertEquals("plain", YamlWriter.scalar("plain"));
    assertEquals("\"yes\"", YamlWriter.scalar("yes"));
    assertEquals("\"1.0\"", YamlWriter.scalar("1.0"));
    assertEquals("\"a: b\"", YamlWriter.scalar("a: b"));
    assertEquals("\"say \\\"hi\\\"\"", YamlWriter.scalar("say \"hi\""));
    assertEquals("\"#x\"", YamlWriter.scalar("#x"));
    assertEquals("\"\"", YamlWriter.scalar(""));
  }

  @Test
  void emptyCollections() {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("a", List.of());
    root.put("b", Map.of());
    assertEquals("a: []\nb: {}\n", YamlWriter.write(root));
  }

  @Test
  void invalidNamesRejected() {
    assertThrows(IllegalArgumentException.class, () -> new FusesocCore("a:b", "1", "d", "t",
        List.of("a.sv"), List.of(), null, List.of(), null));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new FusesocCore("a", "1", "d", "t", List.of("a.sv"), List.of("a.lpf"), null,
            List.of(), null));
    assertEquals("constraints file 'a.lpf' has an unknown type; accepted extensions are .sdc, "
        + ".xdc and .pcf", e.getMessage());
  }
}
