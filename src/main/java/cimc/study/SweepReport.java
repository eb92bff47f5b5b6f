package cimc.study;

import cimc.quant.SigmaClip;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Writes a {@link SweepResult} as CSV and JSON. Accuracies are percentages of the evaluation
 * images. Standard deviations are sample standard deviations (divide by n − 1).
 *
 * <p>{@code sweep.csv} has one row per (z, bits, variation) cell over all models and draws:
 * mean, standard deviation over all draws, standard deviation across models of the per-model
 * means, minimum, and the loss of the mean against the mean float accuracy.
 * {@code sweep-models.csv} has one row per model and cell. {@code sweep.json} contains the settings,
 * the models and every draw's accuracy.
 */
public final class SweepReport {
  /** Header of {@code sweep.csv}. */
  public static final String CELL_HEADER = "z,bits,sigma,deviation,models,draws,mean_pct,std_pct,"
      + "std_across_models_pct,min_pct,float_mean_pct,loss_pct";
  /** Header of {@code sweep-models.csv}. */
  public static final String MODEL_HEADER = "model,seed,z,bits,sigma,deviation,draws,mean_pct,"
      + "min_pct,float_pct";

  private final SweepResult result;
  private final List<Long> seeds;
  private final List<String> sha256;
  private final ObjectNode settings;

  /**
   * @param seeds training seed of each model
   * @param sha256 SHA-256 of each model's file
   * @param settings extra settings recorded under {@code settings} in the JSON
   */
  public SweepReport(SweepResult result, List<Long> seeds, List<String> sha256,
      ObjectNode settings) {
    this.result = result;
    this.seeds = List.copyOf(seeds);
    this.sha256 = List.copyOf(sha256);
    this.settings = settings;
  }

  /** Writes sweep.csv, sweep-models.csv and sweep.json into {@code folder}. */
  public void writeAll(Path folder) throws IOException {
    try (Writer out = Files.newBufferedWriter(folder.resolve("sweep.csv"),
        StandardCharsets.UTF_8)) {
      writeCells(out);
    }
    try (Writer out = Files.newBufferedWriter(folder.resolve("sweep-models.csv"),
        StandardCharsets.UTF_8)) {
      writeModels(out);
    }
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    mapper.writeValue(folder.resolve("sweep.json").toFile(), json(mapper));
  }

  void writeCells(Writer out) throws IOException {
    SweepGrid grid = result.grid();
    out.write(CELL_HEADER + "\n");
    double floatMean = result.meanFloatAccuracy();
    for (int b = 0; b < grid.bits().size(); b++) {
      for (int v = 0; v < grid.variations().size(); v++) {
        for (int z = 0; z < grid.zs().size(); z++) {
          double mean = result.mean(z, b, v);
          out.write(String.join(",", cellKey(z, b, v),
              Integer.toString(result.modelCount()), Integer.toString(grid.draws()),
              pct(mean), pct(result.std(z, b, v)), pct(result.stdAcrossModels(z, b, v)),
              pct(result.min(z, b, v)), pct(floatMean), pct(floatMean - mean)) + "\n");
        }
      }
    }
  }

  void writeModels(Writer out) throws IOException {
    SweepGrid grid = result.grid();
    out.write(MODEL_HEADER + "\n");
    for (int m = 0; m < result.modelCount(); m++) {
      for (int b = 0; b < grid.bits().size(); b++) {
        for (int v = 0; v < grid.variations().size(); v++) {
          for (int z = 0; z < grid.zs().size(); z++) {
            double min = Double.POSITIVE_INFINITY;
            for (int d = 0; d < grid.draws(); d++) {
              min = Math.min(min, result.accuracy(z, b, v, m, d));
            }
            out.write(String.join(",", Integer.toString(m), Long.toString(seeds.get(m)),
                cellKey(z, b, v), Integer.toString(grid.draws()),
                pct(result.modelMean(z, b, v, m)), pct(min), pct(result.floatAccuracy(m)))
                + "\n");
          }
        }
      }
    }
  }

  private String cellKey(int z, int b, int v) {
    SweepGrid grid = result.grid();
    VariationModel variation = grid.variations().get(v);
    return String.join(",", SigmaClip.format(grid.zs().get(z)),
        Integer.toString(grid.bits().get(b)), number(variation.sigma()),
        variation.deviation().label());
  }

  private ObjectNode json(ObjectMapper mapper) {
    ObjectNode root = mapper.createObjectNode();
    root.put("imageCount", result.imageCount());
    root.set("settings", settings);
    root.put("floatMeanPct", 100 * result.meanFloatAccuracy());
    ArrayNode models = root.putArray("models");
    for (int m = 0; m < result.modelCount(); m++) {
      ObjectNode model = models.addObject();
      model.put("seed", seeds.get(m));
      model.put("sha256", sha256.get(m));
      model.put("floatPct", 100 * result.floatAccuracy(m));
    }
    ArrayNode cells = root.putArray("cells");
    SweepGrid grid = result.grid();
    for (int b = 0; b < grid.bits().size(); b++) {
      for (int v = 0; v < grid.variations().size(); v++) {
        for (int z = 0; z < grid.zs().size(); z++) {
          cells.add(cellJson(mapper, z, b, v));
        }
      }
    }
    return root;
  }

  private ObjectNode cellJson(ObjectMapper mapper, int z, int b, int v) {
    SweepGrid grid = result.grid();
    ObjectNode cell = mapper.createObjectNode();
    cell.put("z", SigmaClip.format(grid.zs().get(z)));
    cell.put("bits", grid.bits().get(b));
    cell.set("variation", mapper.valueToTree(grid.variations().get(v)));
    cell.put("meanPct", 100 * result.mean(z, b, v));
    cell.put("stdPct", 100 * result.std(z, b, v));
    cell.put("stdAcrossModelsPct", 100 * result.stdAcrossModels(z, b, v));
    cell.put("minPct", 100 * result.min(z, b, v));
    ArrayNode perModel = cell.putArray("drawsPct");
    for (int m = 0; m < result.modelCount(); m++) {
      ArrayNode draws = perModel.addArray();
      for (int d = 0; d < grid.draws(); d++) {
        draws.add(100 * result.accuracy(z, b, v, m, d));
      }
    }
    return cell;
  }

  private static String pct(double fraction) {
    return String.format(Locale.ROOT, "%.3f", 100 * fraction);
  }

  static String number(double value) {
    String text = Double.toString(value);
    return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
  }
}
