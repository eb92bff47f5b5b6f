package cimc.study;

import cimc.quant.SigmaClip;
import java.io.PrintStream;
import java.util.OptionalDouble;

/**
 * Prints a sweep as a console table: per bit width and variation level, the mean accuracy of
 * every z, then no clipping against the best z, with the spread across models.
 */
public final class SweepSummary {
  private SweepSummary() {}

  public static void print(SweepResult result, PrintStream out) {
    SweepGrid grid = result.grid();
    out.printf("float: %.2f%% mean, %.2f std across %d models, on %d test images%n",
        100 * result.meanFloatAccuracy(), 100 * result.floatStdAcrossModels(),
        result.modelCount(), result.imageCount());
    StringBuilder header = new StringBuilder(String.format("%-28s", "mean accuracy (%) by z"));
    for (OptionalDouble z : grid.zs()) {
      header.append(String.format("%8s", SigmaClip.format(z)));
    }
    out.println(header);
    for (int b = 0; b < grid.bits().size(); b++) {
      for (int v = 0; v < grid.variations().size(); v++) {
        out.println(row(result, b, v));
      }
    }
    for (int b = 0; b < grid.bits().size(); b++) {
      for (int v = 0; v < grid.variations().size(); v++) {
        printComparison(result, b, v, out);
      }
    }
  }

  private static String label(SweepGrid grid, int b, int v) {
    VariationModel variation = grid.variations().get(v);
    return grid.bits().get(b) + "-bit, sigma " + SweepReport.number(variation.sigma()) + " "
        + variation.deviation().label();
  }

  private static String row(SweepResult result, int b, int v) {
    StringBuilder row = new StringBuilder(String.format("%-28s", label(result.grid(), b, v)));
    for (int z = 0; z < result.grid().zs().size(); z++) {
      row.append(String.format("%8.2f", 100 * result.mean(z, b, v)));
    }
    return row.toString();
  }

  private static void printComparison(SweepResult result, int b, int v, PrintStream out) {
    SweepGrid grid = result.grid();
    int none = grid.zs().indexOf(OptionalDouble.empty());
    int best = bestZ(result, b, v);
    double floatMean = 100 * result.meanFloatAccuracy();
    StringBuilder line = new StringBuilder(label(grid, b, v) + ": ");
    if (none >= 0) {
      line.append(String.format("no clipping %.2f%% (loss %.2f, std across models %.2f); ",
          100 * result.mean(none, b, v), floatMean - 100 * result.mean(none, b, v),
          100 * result.stdAcrossModels(none, b, v)));
    }
    line.append(String.format("best z %s %.2f%% (loss %.2f, std across models %.2f)",
        SigmaClip.format(grid.zs().get(best)), 100 * result.mean(best, b, v),
        floatMean - 100 * result.mean(best, b, v), 100 * result.stdAcrossModels(best, b, v)));
    out.println(line);
  }

  /** Returns the z index with the highest mean accuracy; ties go to the first in grid order. */
  public static int bestZ(SweepResult result, int b, int v) {
    int best = 0;
    for (int z = 1; z < result.grid().zs().size(); z++) {
      if (result.mean(z, b, v) > result.mean(best, b, v)) {
        best = z;
      }
    }
    return best;
  }
}
