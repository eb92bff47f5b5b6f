package cimc.map;

import cimc.device.DeviceProfileFile;
import cimc.hw.ConductanceGrid;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes {@code report.json} and {@code report.md}: tiles, arrays, utilization, pulses, per
 * level conductance statistics and the first failed or stuck cells with their addresses.
 */
final class ProgramReport {
  static final String JSON = "report.json";
  static final String MARKDOWN = "report.md";

  private ProgramReport() {}

  static void write(ProgrammedDesign design, Path folder, FileSink sink) throws IOException {
    DesignJson.writeJson(json(design), folder.resolve(JSON), sink);
    byte[] md = markdown(design).getBytes(StandardCharsets.UTF_8);
    try (OutputStream out = sink.open(folder.resolve(MARKDOWN))) {
      out.write(md);
    }
  }

  private static ObjectNode json(ProgrammedDesign d) {
    ProgramStats s = d.stats();
    CellLayout layout = d.layout();
    ObjectNode root = DeviceProfileFile.mapper().createObjectNode();
    root.put("mapping", layout.mapping().label());
    root.put("arrays", layout.arrayCount());
    root.put("tiles", layout.tiles().size());
    root.put("totalCells", totalCells(layout));
    root.put("usedCells", layout.usedCells());
    root.put("utilization", round(utilization(layout), 6));
    putLayers(root.putArray("layers"), layout);
    ObjectNode status = root.putObject("cells");
    for (CellStatus c : CellStatus.values()) {
      status.put(c.name().toLowerCase(Locale.ROOT), s.count(c));
    }
    ObjectNode pulses = root.putObject("pulses");
    pulses.put("total", s.pulseSum());
    pulses.put("mean", round(s.pulseMean(), 6));
    pulses.put("max", s.pulseMax());
    putLevels(root.putArray("levels"), d);
    root.put("failedCellsListed", s.failures().size());
    putFailures(root.putArray("failedCells"), s);
    return root;
  }

  private static void putLayers(ArrayNode layers, CellLayout layout) {
    for (LayerSummary summary : LayerSummary.of(layout)) {
      ObjectNode n = layers.addObject();
      n.put("layer", summary.layer);
      n.put("rowTiles", summary.rowTiles);
      n.put("colTiles", summary.colTiles);
      n.put("firstArray", summary.firstArray);
      n.put("lastArray", summary.lastArray);
      n.put("usedCells", summary.usedCells);
    }
  }

  private static void putLevels(ArrayNode levels, ProgrammedDesign d) {
    ProgramStats s = d.stats();
    ConductanceGrid grid = d.grid();
    for (int k = 0; k < grid.levels(); k++) {
      ObjectNode level = levels.addObject();
      level.put("level", k);
      level.put("targetMicrosiemens", round(grid.levelConductance(k), 6));
      level.put("cells", s.levelCount(k));
      if (s.levelCount(k) > 0) {
        level.put("meanMicrosiemens", round(s.levelMean(k), 6));
        level.put("sigmaMicrosiemens", round(s.levelSigma(k), 6));
      }
    }
  }

  private static void putFailures(ArrayNode failures, ProgramStats s) {
    for (FailedCell f : s.failures()) {
      ObjectNode n = failures.addObject();
      n.put("array", f.array());
      n.put("row", f.row());
      n.put("column", f.col());
      n.put("layer", f.layer());
      n.put("level", f.level());
      n.put("status", f.status().name());
      n.put("pulses", f.pulses());
      n.put("code", f.code());
    }
  }

  private static String markdown(ProgrammedDesign d) {
    ProgramStats s = d.stats();
    CellLayout layout = d.layout();
    StringBuilder md = new StringBuilder();
    md.append("# Compile report\n\n");
    md.append(line("Mapping", layout.mapping().label()));
    md.append(line("Arrays (one tile each)", Long.toString(layout.arrayCount())));
    md.append(line("Array size", layout.rows() + " x " + layout.cols()));
    md.append(line("Used cells", layout.usedCells() + " of " + totalCells(layout) + " ("
        + String.format(Locale.ROOT, "%.2f", 100 * utilization(layout)) + " %)"));
    md.append(line("Programmed cells: PASS / FAIL / STUCK", s.count(CellStatus.PASS) + " / "
        + s.count(CellStatus.FAIL) + " / " + s.count(CellStatus.STUCK)));
    md.append(line("Pulses per programmed cell: mean / max",
        String.format(Locale.ROOT, "%.3f", s.pulseMean()) + " / " + s.pulseMax()));
    md.append('\n').append(layerTable(layout)).append('\n').append(levelTable(d)).append('\n').append(failureTable(s));
    md.append("\nEvery cell, including every failed and stuck one, is listed with its status in"
        + " maps/array_NNN.csv.\n");
    return md.toString();
  }

  private static String layerTable(CellLayout layout) {
    StringBuilder md = new StringBuilder("## Tiles per layer\n\n");
    md.append("| layer | row tiles | column tiles | arrays | used cells |\n|---|---|---|---|---|\n");
    for (LayerSummary s : LayerSummary.of(layout)) {
      md.append("| ").append(s.layer).append(" | ").append(s.rowTiles).append(" | ")
          .append(s.colTiles).append(" | ").append(s.firstArray).append("..")
          .append(s.lastArray).append(" | ").append(s.usedCells).append(" |\n");
    }
    md.append("\nThe tile table of every array (input, output, row and column ranges) is in"
        + " manifest.json.\n");
    return md.toString();
  }

  /** Tile counts and used cells of one layer. */
  private static final class LayerSummary {
    int layer;
    int rowTiles;
    int colTiles;
    int firstArray = Integer.MAX_VALUE;
    int lastArray;
    long usedCells;

    static java.util.List<LayerSummary> of(CellLayout layout) {
      java.util.List<LayerSummary> list = new java.util.ArrayList<>();
      for (Tile t : layout.tiles()) {
        if (list.size() <= t.layer()) {
          LayerSummary s = new LayerSummary();
          s.layer = t.layer();
          list.add(s);
        }
        LayerSummary s = list.get(t.layer());
        s.rowTiles = Math.max(s.rowTiles, t.rowTile() + 1);
        s.colTiles = Math.max(s.colTiles, t.colTile() + 1);
        s.firstArray = Math.min(s.firstArray, t.array());
        s.lastArray = Math.max(s.lastArray, t.array());
        s.usedCells += layout.usedCells(t);
      }
      return list;
    }
  }

  private static String levelTable(ProgrammedDesign d) {
    ProgramStats s = d.stats();
    ConductanceGrid grid = d.grid();
    StringBuilder md = new StringBuilder("## Final conductance per level\n\n");
    md.append("| level | target uS | cells | mean uS | sigma uS |\n|---|---|---|---|---|\n");
    for (int k = 0; k < grid.levels(); k++) {
      md.append(String.format(Locale.ROOT, "| %d | %.3f | %d | %.3f | %.3f |%n", k,
          grid.levelConductance(k), s.levelCount(k), s.levelMean(k), s.levelSigma(k)));
    }
    return md.toString();
  }

  private static String failureTable(ProgramStats s) {
    long failed = s.count(CellStatus.FAIL) + s.count(CellStatus.STUCK);
    StringBuilder md = new StringBuilder("## Failed and stuck cells\n\n");
    if (failed == 0) {
      return md.append("None.\n").toString();
    }
    md.append("The first ").append(s.failures().size()).append(" of ").append(failed)
        .append(" in array, row, column order:\n\n");
    md.append("| array | row | column | layer | level | status | pulses | code |\n");
    md.append("|---|---|---|---|---|---|---|---|\n");
    for (FailedCell f : s.failures()) {
      md.append("| ").append(f.array()).append(" | ").append(f.row()).append(" | ")
          .append(f.col()).append(" | ").append(f.layer()).append(" | ").append(f.level())
          .append(" | ").append(f.status()).append(" | ").append(f.pulses()).append(" | ")
          .append(f.code()).append(" |\n");
    }
    return md.toString();
  }

  private static String line(String name, String value) {
    return "- " + name + ": " + value + "\n";
  }

  private static long totalCells(CellLayout layout) {
    return (long) layout.arrayCount() * layout.rows() * layout.cols();
  }

  private static double utilization(CellLayout layout) {
    return (double) layout.usedCells() / totalCells(layout);
  }

  private static double round(double v, int decimals) {
    return new java.math.BigDecimal(v).setScale(decimals, java.math.RoundingMode.HALF_EVEN)
        .doubleValue();
  }
}
