package cimc.map;

import cimc.CimcException;
import cimc.device.DeviceProfile;
import cimc.device.DeviceProfileFile;
import cimc.hw.CompiledDesign;
import cimc.hw.ConductanceGrid;
import cimc.hw.Placement;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;

/** Reads a compiled design folder back after checking every checksum in its manifest. */
public final class DesignFolder {
  private DesignFolder() {}

  /**
   * Checks every file listed in the manifest against its SHA-256 and returns the manifest.
   *
   * @throws CimcException naming a missing or changed file, or a folder without a manifest
   */
  public static JsonNode verify(Path folder) {
    JsonNode manifest;
    try {
      manifest = Manifest.read(folder);
    } catch (NoSuchFileException e) {
      throw new CimcException(folder + " is not a compiled design folder: " + Manifest.FILE
          + " is missing; run 'cimc compile' to create one");
    } catch (IOException e) {
      throw new CimcException("cannot read " + folder.resolve(Manifest.FILE) + ": "
          + e.getMessage() + "; recompile the design");
    }
    JsonNode files = manifest.path("files");
    if (!files.isObject() || files.isEmpty()) {
      throw new CimcException(folder.resolve(Manifest.FILE) + " lists no files; recompile");
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = files.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      checkFile(folder, entry.getKey(), entry.getValue().asText());
    }
    return manifest;
  }

  private static void checkFile(Path folder, String name, String expected) {
    Path file = folder.resolve(name).normalize();
    if (!file.startsWith(folder.normalize())) {
      throw new CimcException("manifest of " + folder + " names a file outside the folder: "
          + name + "; recompile the design");
    }
    String actual;
    try {
      actual = Sha256.of(file);
    } catch (NoSuchFileException e) {
      throw new CimcException("design file " + name + " in " + folder
          + " is missing; recompile the design");
    } catch (IOException e) {
      throw new CimcException("cannot read design file " + file + ": " + e.getMessage());
    }
    if (!actual.equals(expected)) {
      throw new CimcException("checksum mismatch for design file " + name + " in " + folder
          + ": it changed after compile; recompile the design instead of editing it");
    }
  }

  /**
   * Verifies the folder and rebuilds the design from {@code design.json} and the
   * {@code maps/array_NNN_cond.hex} files.
   *
   * @throws CimcException for a checksum mismatch, a malformed file or the offset mapping
   */
  public static CompiledDesign read(Path folder) {
    verify(folder);
    try {
      JsonNode design = DesignJson.read(folder);
      String mapping = design.path("mapping").asText();
      if (!mapping.equals(Mapping.DIFFERENTIAL.label())) {
        throw unsupportedMapping(mapping);
      }
      return build(folder, design);
    } catch (IllegalArgumentException e) {
      throw new CimcException("invalid design.json in " + folder + ": " + e.getMessage()
          + "; recompile the design");
    } catch (IOException e) {
      throw new CimcException("cannot read design " + folder + ": " + e.getMessage()
          + "; recompile the design");
    }
  }

  /**
   * Rebuilds the write-verify simulation of a verified folder from the device profile and seed
   * in its manifest, so that any cell's pulse-response table can be regenerated alone.
   */
  public static WriteVerify writeVerify(Path folder) {
    JsonNode manifest = verify(folder);
    return new WriteVerify(deviceProfile(folder, manifest), manifest.path("seed").asLong());
  }

  /**
   * Returns the device profile recorded in {@code manifest}, the manifest of {@code folder}
   * as {@link #verify} returned it.
   *
   * @throws CimcException when the recorded profile is missing or invalid
   */
  public static DeviceProfile deviceProfile(Path folder, JsonNode manifest) {
    try {
      byte[] json = DeviceProfileFile.mapper().writeValueAsBytes(manifest.path("deviceProfile"));
      return DeviceProfileFile.parse(json, folder.resolve(Manifest.FILE) + " deviceProfile");
    } catch (IOException e) {
      throw new CimcException("cannot read the device profile in " + folder + ": "
          + e.getMessage() + "; recompile the design");
    }
  }

  /**
   * Reads the level codes of one array, row-major; unused cells read as level 0. Call
   * {@link #verify} first.
   */
  public static int[] levels(Path folder, int array) {
    try {
      JsonNode design = DesignJson.read(folder);
      int rows = design.path("rows").asInt();
      int cols = design.path("cols").asInt();
      int arrays = design.path("arrays").asInt();
      if (array < 0 || array >= arrays) {
        throw new CimcException("array " + array + " is outside 0.." + (arrays - 1));
      }
      MapFiles names = new MapFiles(null, null, cols, arrays);
      Path hex = folder.resolve(DesignCompiler.MAPS).resolve(names.stem(array) + "_level.hex");
      return readHex(hex, rows * cols, design.path("grid").path("levels").asInt() - 1);
    } catch (IOException e) {
      throw new CimcException("cannot read the levels of array " + array + " in " + folder
          + ": " + e.getMessage() + "; recompile the design");
    }
  }

  static CimcException unsupportedMapping(String mapping) {
    return new CimcException("unsupported: " + mapping + " mapping; the golden model, RTL and"
        + " testbench support only the differential mapping, so compile with"
        + " --mapping differential");
  }

  private static CompiledDesign build(Path folder, JsonNode d) throws IOException {
    int[] sizes = ints(d.path("sizes"));
    int rows = d.path("rows").asInt();
    int cols = d.path("cols").asInt();
    JsonNode g = d.path("grid");
    ConductanceGrid grid = new ConductanceGrid(g.path("gminMicrosiemens").asDouble(),
        g.path("gmaxMicrosiemens").asDouble(), g.path("levels").asInt(),
        g.path("substeps").asInt());
    Placement placement = Placement.of(sizes, rows, cols);
    int layers = sizes.length - 1;
    double[] scales = new double[layers];
    float[][] biases = new float[layers][];
    for (int l = 0; l < layers; l++) {
      JsonNode layer = d.path("layers").path(l);
      scales[l] = layer.path("weightScale").asDouble();
      biases[l] = floats(layer.path("biases"));
    }
    MapFiles names = new MapFiles(grid, null, cols, placement.arrayCount());
    int[][] codes = new int[placement.arrayCount()][];
    for (int a = 0; a < codes.length; a++) {
      Path hex = folder.resolve(DesignCompiler.MAPS).resolve(names.stem(a) + "_cond.hex");
      codes[a] = readHex(hex, rows * cols, grid.maxCode());
    }
    return new CompiledDesign(sizes, d.path("weightBits").asInt(), placement, grid, scales,
        biases, codes);
  }

  /** Reads a {@code $readmemh} file of exactly {@code count} values in {@code 0..max}. */
  static int[] readHex(Path file, int count, int max) throws IOException {
    int[] values = new int[count];
    int n = 0;
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.US_ASCII)) {
      String line;
      while ((line = in.readLine()) != null) {
        int value = parseHex(line.trim(), file, n + 1, max);
        if (n == count) {
          throw new CimcException(file + " has more than " + count + " values; recompile");
        }
        values[n++] = value;
      }
    }
    if (n != count) {
      throw new CimcException(file + " has " + n + " values, expected " + count
          + "; recompile the design");
    }
    return values;
  }

  private static int parseHex(String text, Path file, int line, int max) {
    int value;
    try {
      value = Integer.parseInt(text, 16);
    } catch (NumberFormatException e) {
      value = -1;
    }
    if (value < 0 || value > max) {
      throw new CimcException(file + " line " + line + ": '" + text
          + "' is not a hex code from 0 to " + Integer.toHexString(max) + "; recompile");
    }
    return value;
  }

  private static int[] ints(JsonNode array) {
    int[] out = new int[array.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = array.get(i).asInt();
    }
    return out;
  }

  private static float[] floats(JsonNode array) {
    float[] out = new float[array.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = (float) array.get(i).asDouble();
    }
    return out;
  }
}
