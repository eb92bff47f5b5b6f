package cimc.hw;

import cimc.CimcException;
import cimc.io.AtomicOutput;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads and writes {@code hardware.json}: a {@link HardwareSpec} as JSON with a fixed key order,
 * arrays on one line, and a trailing newline, so equal specs give byte-identical files. Derived
 * values (tiling, widths) are written for the RTL and testbench generators and are checked
 * against the recomputed ones on read.
 */
public final class HardwareSpecJson {
  /** Value of the {@code format} key. */
  public static final String FORMAT = "cimc-hardware";

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private HardwareSpecJson() {}

  /** Writes the spec to {@code file} atomically. */
  public static void write(HardwareSpec spec, Path file) {
    String text = toJson(spec);
    AtomicOutput.writeFile(file, t -> Files.writeString(t, text, StandardCharsets.UTF_8));
  }

  /** Returns the JSON text of the spec, ending with a newline. */
  public static String toJson(HardwareSpec spec) {
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter();
    printer.indentArraysWith(DefaultPrettyPrinter.FixedSpaceIndenter.instance);
    try {
      return MAPPER.writer(printer).writeValueAsString(tree(spec)) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree always serializes", e);
    }
  }

  static ObjectNode tree(HardwareSpec spec) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("format", FORMAT);
    root.put("version", HardwareSpec.FORMAT_VERSION);
    ObjectNode geometry = root.putObject("geometry");
    geometry.put("rows", spec.rows());
    geometry.put("cols", spec.cols());
    geometry.put("pairs", spec.pairs());
    geometry.put("adcsPerArray", spec.adcsPerArray());
    geometry.put("groups", spec.groups());
    geometry.put("arrays", spec.placement().arrayCount());
    ObjectNode conductance = root.putObject("conductance");
    conductance.put("levels", spec.levels());
    conductance.put("substeps", spec.substeps());
    conductance.put("maxCode", spec.maxCode());
    conductance.put("codeBits", spec.codeBits());
    root.put("weightBits", spec.weightBits());
    root.put("adcBits", spec.adcBits());
    ArrayNode sizes = root.putArray("sizes");
    for (int s : spec.sizes()) {
      sizes.add(s);
    }
    root.set("widths", globalWidths(spec));
    root.set("programming", pulses(spec.pulses()));
    if (spec.calibration() != null) {
      ObjectNode c = root.putObject("calibration");
      c.put("adcPercentile", spec.calibration().adcPercentile());
      c.put("activationPercentile", spec.calibration().activationPercentile());
      c.put("images", spec.calibration().images());
    }
    ArrayNode layers = root.putArray("layers");
    for (int l = 0; l < spec.layerCount(); l++) {
      layers.add(layer(spec, l));
    }
    return root;
  }

  private static ObjectNode globalWidths(HardwareSpec spec) {
    ObjectNode w = MAPPER.createObjectNode();
    w.put("conductanceCode", spec.codeBits());
    w.put("adcCode", spec.adcBits());
    w.put("arrayIndex", spec.arrayIndexBits());
    w.put("row", HardwareSpec.unsignedBits(spec.rows() - 1));
    w.put("col", HardwareSpec.unsignedBits(spec.cols() - 1));
    w.put("columnGroup", HardwareSpec.unsignedBits(spec.groups() - 1));
    w.put("activationValue", spec.activationValueBits());
    w.put("classIndex", spec.classBits());
    w.put("inputWords", spec.inputWords());
    w.put("adcBeatsPerImage", spec.adcBeatsPerImage());
    return w;
  }

  private static ObjectNode pulses(PulseConfig p) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("setStart", p.setStart());
    n.put("resetStart", p.resetStart());
    n.put("ampStep", p.ampStep());
    n.put("ampMax", p.ampMax());
    n.put("ampBits", p.ampBits());
    n.put("widthCycles", p.widthCycles());
    n.put("budget", p.budget());
    n.put("tolerance", p.tolerance());
    return n;
  }

  private static ObjectNode layer(HardwareSpec spec, int l) {
    LayerTiling t = spec.tiling(l);
    LayerSpec s = spec.layer(l);
    ObjectNode n = MAPPER.createObjectNode();
    n.put("layer", l);
    n.put("inputs", t.inputs());
    n.put("outputs", t.outputs());
    n.put("firstArray", t.firstArray());
    n.put("rowTiles", t.rowTiles());
    n.put("colTiles", t.colTiles());
    ArrayNode rowsUsed = n.putArray("rowsUsed");
    for (int rt = 0; rt < t.rowTiles(); rt++) {
      rowsUsed.add(t.rowsUsed(rt));
    }
    ArrayNode pairsUsed = n.putArray("pairsUsed");
    for (int ct = 0; ct < t.colTiles(); ct++) {
      pairsUsed.add(t.pairsUsed(ct));
    }
    n.put("inputBits", s.inputBits());
    n.put("outputBits", s.outputBits());
    n.put("adcStep", s.adcStep());
    n.put("multiplier", s.multiplier());
    n.put("shift", s.shift());
    n.put("weightScale", s.weightScale());
    n.put("inputScale", s.inputScale());
    n.put("outputScale", s.outputScale());
    ArrayNode biases = n.putArray("biases");
    for (int b : s.biases()) {
      biases.add(b);
    }
    LayerWidths w = spec.widths(l);
    ObjectNode widths = n.putObject("widths");
    range(widths, "d", w.d());
    range(widths, "adcCode", w.adcCode());
    range(widths, "tileSum", w.tileSum());
    range(widths, "y", w.y());
    range(widths, "z", w.z());
    range(widths, "product", w.product());
    range(widths, "output", w.output());
    return n;
  }

  private static void range(ObjectNode parent, String key, IntRange r) {
    ObjectNode n = parent.putObject(key);
    n.put("min", r.min());
    n.put("max", r.max());
    n.put("bits", r.signedBits());
  }

  /**
   * Reads and validates a {@code hardware.json}.
   *
   * @throws CimcException naming the file and the invalid or inconsistent value
   */
  public static HardwareSpec read(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new CimcException("hardware spec " + file + " not found; create it with"
          + " 'cimc simulate --design DIR --adc-bits B --write-hardware'");
    } catch (IOException e) {
      throw new CimcException("cannot read " + file + ": " + e.getMessage(), e);
    }
    return parse(text, file.toString());
  }

  /** Parses JSON text; {@code source} names it in error messages. */
  public static HardwareSpec parse(String text, String source) {
    JsonNode root;
    try {
      root = MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      throw invalid(source, "it is not valid JSON (" + e.getOriginalMessage() + ")");
    }
    JsonReader r = new JsonReader(source);
    if (root == null || !root.isObject() || !FORMAT.equals(root.path("format").asText())) {
      throw invalid(source, "its \"format\" is not \"" + FORMAT + "\"");
    }
    int version = r.integer(root, "version");
    if (version != HardwareSpec.FORMAT_VERSION) {
      throw invalid(source, "version " + version + " is not supported; this cimc reads version "
          + HardwareSpec.FORMAT_VERSION);
    }
    HardwareSpec spec;
    try {
      spec = build(root, r);
    } catch (IllegalArgumentException e) {
      throw invalid(source, e.getMessage());
    }
    checkDerived(root, spec, source);
    return spec;
  }

  private static HardwareSpec build(JsonNode root, JsonReader r) {
    JsonNode g = r.object(root, "geometry");
    JsonNode c = r.object(root, "conductance");
    JsonNode p = r.object(root, "programming");
    PulseConfig pulses = new PulseConfig(r.integer(p, "setStart"), r.integer(p, "resetStart"),
        r.integer(p, "ampStep"), r.integer(p, "ampMax"), r.integer(p, "ampBits"),
        r.integer(p, "widthCycles"), r.integer(p, "budget"), r.integer(p, "tolerance"));
    CalibrationInfo info = null;
    if (root.has("calibration")) {
      JsonNode cal = r.object(root, "calibration");
      info = new CalibrationInfo(r.number(cal, "adcPercentile"),
          r.number(cal, "activationPercentile"), r.integer(cal, "images"));
    }
    List<LayerSpec> layers = new ArrayList<>();
    for (JsonNode n : r.array(root, "layers")) {
      layers.add(new LayerSpec(r.integer(n, "inputBits"), r.integer(n, "outputBits"),
          r.integer(n, "adcStep"), r.ints(n, "biases"), r.integer(n, "multiplier"),
          r.integer(n, "shift"), r.number(n, "weightScale"), r.number(n, "inputScale"),
          r.number(n, "outputScale")));
    }
    return new HardwareSpec(r.integer(g, "rows"), r.integer(g, "cols"),
        r.integer(g, "adcsPerArray"), r.integer(root, "adcBits"), r.integer(c, "levels"),
        r.integer(c, "substeps"), r.integer(root, "weightBits"), r.ints(root, "sizes"), layers,
        pulses, info);
  }

  /** Rejects a file whose derived values differ from the ones recomputed from its inputs. */
  private static void checkDerived(JsonNode root, HardwareSpec spec, String source) {
    JsonNode expected = tree(spec);
    for (String key : List.of("geometry", "conductance", "widths")) {
      if (!sameText(expected.get(key), root.get(key))) {
        throw invalid(source, "its \"" + key + "\" section " + root.get(key)
            + " does not match the values derived from its parameters " + expected.get(key));
      }
    }
    for (int l = 0; l < spec.layerCount(); l++) {
      JsonNode want = expected.get("layers").get(l);
      JsonNode got = root.get("layers").get(l);
      for (String key : List.of("inputs", "outputs", "firstArray", "rowTiles", "colTiles",
          "rowsUsed", "pairsUsed", "widths")) {
        if (!sameText(want.get(key), got.get(key))) {
          throw invalid(source, "layer " + l + " \"" + key + "\" is " + got.get(key)
              + " but its parameters give " + want.get(key));
        }
      }
    }
  }

  /** Compares by JSON text, because a parsed 5 is an int node and a written 5L a long node. */
  private static boolean sameText(JsonNode a, JsonNode b) {
    return a != null && b != null && a.toString().equals(b.toString());
  }

  static CimcException invalid(String source, String detail) {
    return new CimcException("hardware spec " + source + " is invalid: " + detail
        + "; regenerate it with the golden calibration");
  }
}
