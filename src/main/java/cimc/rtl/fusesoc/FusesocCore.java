package cimc.rtl.fusesoc;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A FuseSoC CAPI2 core {@code cimc:cim:<design>:<version>} with an {@code rtl} fileset of
 * SystemVerilog sources, a {@code constraints} fileset (SDC, XDC, PCF by extension), an optional
 * Verilator waiver file and testbench, and the targets {@code default}, {@code lint} (Verilator
 * {@code --lint-only -Wall}) and {@code sim} (Icarus {@code -g2012}). File paths are relative to
 * the folder of the {@code .core} file.
 */
public record FusesocCore(String design, String version, String description, String top,
    List<String> rtlFiles, List<String> constraintFiles, String waiverFile,
    List<String> testbenchFiles, String testbenchTop) {
  private static final Pattern NAME_PART = Pattern.compile("[A-Za-z0-9_.-]+");

  public FusesocCore {
    requirePart("design", design);
    requirePart("version", version);
    requirePart("top", top);
    rtlFiles = List.copyOf(rtlFiles);
    constraintFiles = List.copyOf(constraintFiles);
    testbenchFiles = List.copyOf(testbenchFiles);
    if (rtlFiles.isEmpty()) {
      throw new IllegalArgumentException("core " + design + " needs at least one RTL file");
    }
    if (!testbenchFiles.isEmpty()) {
      requirePart("testbench top", testbenchTop);
    }
    constraintFiles.forEach(FusesocCore::constraintType);
  }

  private static void requirePart(String role, String value) {
    if (value == null || !NAME_PART.matcher(value).matches()) {
      throw new IllegalArgumentException("invalid core " + role + " '" + value
          + "'; use letters, digits, '_', '.' and '-'");
    }
  }

  /** Returns the FuseSoC file type of a constraints file, chosen by its extension. */
  static String constraintType(String file) {
    String lower = file.toLowerCase(java.util.Locale.ROOT);
    if (lower.endsWith(".sdc")) {
      return "SDC";
    } else if (lower.endsWith(".xdc")) {
      return "xdc";
    } else if (lower.endsWith(".pcf")) {
      return "PCF";
    }
    throw new IllegalArgumentException("constraints file '" + file
        + "' has an unknown type; accepted extensions are .sdc, .xdc and .pcf");
  }

  public String name() {
    return "cimc:cim:" + design + ":" + version;
  }

  /** Returns the text of the {@code .core} file. */
  public String write() {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("name", name());
    root.put("description", description);
    root.put("filesets", filesets());
    root.put("targets", targets());
    return "CAPI=2:\n" + YamlWriter.write(root);
  }

  private Map<String, Object> filesets() {
    Map<String, Object> filesets = new LinkedHashMap<>();
    filesets.put("rtl", fileset(rtlFiles, "systemVerilogSource"));
    if (!constraintFiles.isEmpty()) {
      List<Object> files = new ArrayList<>();
      for (String file : constraintFiles) {
        files.add(Map.of(file, Map.of("file_type", constraintType(file))));
      }
      filesets.put("constraints", Map.of("files", files));
    }
    if (waiverFile != null) {
      filesets.put("waivers", fileset(List.of(waiverFile), "vlt"));
    }
    if (!testbenchFiles.isEmpty()) {
      filesets.put("tb", fileset(testbenchFiles, "systemVerilogSource"));
    }
    return filesets;
  }

  private static Map<String, Object> fileset(List<String> files, String type) {
    Map<String, Object> fileset = new LinkedHashMap<>();
    fileset.put("files", files);
    fileset.put("file_type", type);
    return fileset;
  }

  private Map<String, Object> targets() {
    List<String> rtlSets = new ArrayList<>(List.of("rtl"));
    if (!constraintFiles.isEmpty()) {
      rtlSets.add("constraints");
    }
    List<String> lintSets = new ArrayList<>(List.of("rtl"));
    if (waiverFile != null) {
      lintSets.add("waivers");
    }
    List<String> simSets = new ArrayList<>(List.of("rtl"));
    if (!testbenchFiles.isEmpty()) {
      simSets.add("tb");
    }
    Map<String, Object> targets = new LinkedHashMap<>();
    targets.put("default", target(null, rtlSets, null, top));
    targets.put("lint", target("verilator", lintSets, Map.of("verilator",
        toolOptions("mode", "lint-only", "verilator_options", List.of("-Wall"))), top));
    targets.put("sim", target("icarus", simSets, Map.of("icarus",
        Map.of("iverilog_options", List.of("-g2012"))),
        testbenchFiles.isEmpty() ? top : testbenchTop));
    return targets;
  }

  private static Map<String, Object> toolOptions(String firstKey, Object firstValue,
      String secondKey, Object secondValue) {
    Map<String, Object> options = new LinkedHashMap<>();
    options.put(firstKey, firstValue);
    options.put(secondKey, secondValue);
    return options;
  }

  private static Map<String, Object> target(String tool, List<String> filesets,
      Map<String, Object> tools, String toplevel) {
    Map<String, Object> target = new LinkedHashMap<>();
    if (tool != null) {
      target.put("default_tool", tool);
    }
    target.put("filesets", filesets);
    if (tools != null) {
      target.put("tools", tools);
    }
    target.put("toplevel", toplevel);
    return target;
  }
}
