package cimc.map;

import cimc.device.DeviceProfileFile;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The {@code design.json} file: everything besides the cell codes that is needed to rebuild the
 * design, namely the mapping, layer sizes, weight bits, array size, conductance grid, and per
 * layer the weight scale and the float biases.
 */
final class DesignJson {
  static final String FILE = "design.json";
  static final int FORMAT_VERSION = 1;

  private DesignJson() {}

  static void write(ProgrammedDesign design, Path folder, FileSink sink) throws IOException {
    ObjectNode root = DeviceProfileFile.mapper().createObjectNode();
    QuantizedWeights w = design.weights();
    root.put("formatVersion", FORMAT_VERSION);
    root.put("mapping", design.layout().mapping().label());
    ArrayNode sizes = root.putArray("sizes");
    for (int s : w.sizes()) {
      sizes.add(s);
    }
    root.put("weightBits", w.bits());
    root.put("rows", design.settings().rows());
    root.put("cols", design.settings().cols());
    root.put("arrays", design.layout().arrayCount());
    root.put("offsetLevel", design.layout().mapping() == Mapping.OFFSET
        ? design.layout().offset() : 0);
    ObjectNode grid = root.putObject("grid");
    grid.put("gminMicrosiemens", design.grid().gminMicrosiemens());
    grid.put("gmaxMicrosiemens", design.grid().gmaxMicrosiemens());
    grid.put("levels", design.grid().levels());
    grid.put("substeps", design.grid().substeps());
    ArrayNode layers = root.putArray("layers");
    for (int l = 0; l < w.layerCount(); l++) {
      ObjectNode layer = layers.addObject();
      layer.put("layer", l);
      layer.put("weightScale", w.scales()[l]);
      ArrayNode biases = layer.putArray("biases");
      for (float b : w.biases()[l]) {
        biases.add(b);
      }
    }
    writeJson(root, folder.resolve(FILE), sink);
  }

  static void writeJson(JsonNode node, Path file, FileSink sink) throws IOException {
    byte[] bytes = (DeviceProfileFile.mapper().writeValueAsString(node) + "\n")
        .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    try (var out = sink.open(file)) {
      out.write(bytes);
    }
  }

  static JsonNode read(Path folder) throws IOException {
    return DeviceProfileFile.mapper().readTree(Files.readAllBytes(folder.resolve(FILE)));
  }
}
