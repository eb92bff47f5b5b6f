package cimc.map;

import cimc.device.DeviceProfileFile;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The {@code manifest.json} of a design folder: format and tool version, the SHA-256 of the
 * input model, the quantization settings, the embedded device profile, the tile table, and the
 * SHA-256 of every other file in the folder. Written last, after every stage has added its
 * files.
 */
public final class Manifest {
  public static final String FILE = "manifest.json";
  public static final int FORMAT_VERSION = 1;
  /** Version of the toolchain that wrote the folder; matches the Maven project version. */
  public static final String TOOL_VERSION = "0.1.0";

  private Manifest() {}

  /** Hashes every file under {@code folder} and writes the manifest of {@code design}. */
  public static void write(ProgrammedDesign design, Path folder, FileSink sink)
      throws IOException {
    ObjectNode root = DeviceProfileFile.mapper().createObjectNode();
    QuantizedWeights w = design.weights();
    root.put("formatVersion", FORMAT_VERSION);
    root.put("toolVersion", TOOL_VERSION);
    root.put("inputModelSha256", w.sourceSha256());
    if (w.z().isPresent()) {
      root.put("z", w.z().getAsDouble());
    } else {
      root.putNull("z");
    }
    root.put("bits", w.bits());
    root.put("mapping", design.layout().mapping().label());
    root.put("rows", design.settings().rows());
    root.put("cols", design.settings().cols());
    root.put("seed", design.settings().seed());
    root.set("deviceProfile", DeviceProfileFile.mapper().valueToTree(design.profile()));
    writeTiles(root.putArray("tiles"), design.layout());
    ObjectNode files = root.putObject("files");
    for (String name : listFiles(folder)) {
      files.put(name, Sha256.of(folder.resolve(name)));
    }
    DesignJson.writeJson(root, folder.resolve(FILE), sink);
  }

  /**
   * Recomputes the checksums of a design folder after a later step added or replaced files in
   * it, keeping every other manifest field. Call {@link DesignFolder#verify} before changing the
   * folder, so that only checked files are re-hashed.
   */
  public static void rehash(Path folder) {
    try {
      ObjectNode root = (ObjectNode) read(folder);
      ObjectNode files = root.putObject("files");
      for (String name : listFiles(folder)) {
        files.put(name, Sha256.of(folder.resolve(name)));
      }
      byte[] json = (DeviceProfileFile.mapper().writeValueAsString(root) + "\n")
          .getBytes(java.nio.charset.StandardCharsets.UTF_8);
      cimc.io.AtomicOutput.writeFile(folder.resolve(FILE), t -> Files.write(t, json));
    } catch (IOException e) {
      throw new cimc.CimcException("cannot update " + folder.resolve(FILE) + ": "
          + e.getMessage() + "; recompile the design");
    }
  }

  /**
   * Records the checksum of one file that a later step wrote or replaced in a design folder,
   * leaving every other entry as it was. Unlike {@link #rehash}, it does not pick up unrelated
   * files such as build logs.
   */
  public static void updateEntry(Path folder, String name) {
    try {
      ObjectNode root = (ObjectNode) read(folder);
      ObjectNode files = root.has("files") ? (ObjectNode) root.get("files")
          : root.putObject("files");
      java.util.TreeMap<String, String> sorted = new java.util.TreeMap<>();
      files.fields().forEachRemaining(e -> sorted.put(e.getKey(), e.getValue().asText()));
      sorted.put(name, Sha256.of(folder.resolve(name)));
      files.removeAll();
      sorted.forEach(files::put);
      byte[] json = (DeviceProfileFile.mapper().writeValueAsString(root) + "\n")
          .getBytes(java.nio.charset.StandardCharsets.UTF_8);
      cimc.io.AtomicOutput.writeFile(folder.resolve(FILE), t -> Files.write(t, json));
    } catch (IOException e) {
      throw new cimc.CimcException("cannot update " + folder.resolve(FILE) + ": "
          + e.getMessage() + "; recompile the design");
    }
  }

  private static void writeTiles(ArrayNode tiles, CellLayout layout) {
    for (Tile t : layout.tiles()) {
      ObjectNode n = tiles.addObject();
      n.put("array", t.array());
      n.put("layer", t.layer());
      n.put("rowTile", t.rowTile());
      n.put("colTile", t.colTile());
      n.putArray("inputs").add(t.firstInput()).add(t.firstInput() + t.inputsUsed());
      n.putArray("outputs").add(t.firstOutput()).add(t.firstOutput() + t.outputsUsed());
      n.putArray("rows").add(0).add(t.inputsUsed());
      n.putArray("columns").add(0).add(t.columnsUsed());
      n.put("referenceColumn", t.referenceColumn());
    }
  }

  /** Relative paths with '/' of every regular file under {@code folder} but the manifest. */
  static List<String> listFiles(Path folder) throws IOException {
    List<String> names = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(folder)) {
      walk.filter(Files::isRegularFile).forEach(p -> names.add(
          folder.relativize(p).toString().replace(java.io.File.separatorChar, '/')));
    }
    names.remove(FILE);
    names.sort(null);
    return names;
  }

  static JsonNode read(Path folder) throws IOException {
    return DeviceProfileFile.mapper().readTree(Files.readAllBytes(folder.resolve(FILE)));
  }
}
