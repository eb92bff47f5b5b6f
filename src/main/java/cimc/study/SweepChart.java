package cimc.study;

import cimc.quant.SigmaClip;
import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.StatisticalLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;

/**
 * Draws accuracy against z as a PNG with JFreeChart. There is one curve per variation level, and
 * per bit width when there are several. Error bars are ± one sample standard deviation over all
 * models and draws, and a dashed horizontal line marks the mean float accuracy. The z axis is
 * categorical, in grid order, so that "none" can sit beside the numbers.
 */
public final class SweepChart {
  public static final int WIDTH = 1000;
  public static final int HEIGHT = 640;
  private static final Color[] PALETTE = {new Color(0x1f77b4), new Color(0xd62728),
      new Color(0x2ca02c), new Color(0x9467bd), new Color(0xff7f0e), new Color(0x8c564b),
      new Color(0x17becf), new Color(0xe377c2)};

  private SweepChart() {}

  /** Writes the chart of {@code result} to {@code file}. */
  public static void write(SweepResult result, Path file) throws IOException {
    System.setProperty("java.awt.headless", "true");
    ChartUtils.saveChartAsPNG(file.toFile(), chart(result), WIDTH, HEIGHT);
  }

  static JFreeChart chart(SweepResult result) {
    SweepGrid grid = result.grid();
    DefaultStatisticalCategoryDataset data = new DefaultStatisticalCategoryDataset();
    boolean severalBits = grid.bits().size() > 1;
    for (int b = 0; b < grid.bits().size(); b++) {
      for (int v = 0; v < grid.variations().size(); v++) {
        VariationModel variation = grid.variations().get(v);
        String series = "sigma " + SweepReport.number(variation.sigma()) + " ("
            + variation.deviation().label() + ")"
            + (severalBits ? ", " + grid.bits().get(b) + " bits" : "");
        for (int z = 0; z < grid.zs().size(); z++) {
          data.add(100 * result.mean(z, b, v), 100 * result.std(z, b, v), series,
              SigmaClip.format(grid.zs().get(z)));
        }
      }
    }
    NumberAxis accuracy = new NumberAxis("test accuracy (%), mean ± 1 std over "
        + result.modelCount() + " models x " + grid.draws() + " draws");
    accuracy.setAutoRangeIncludesZero(false);
    StatisticalLineAndShapeRenderer renderer = new StatisticalLineAndShapeRenderer(true, true);
    for (int series = 0; series < data.getRowCount(); series++) {
      renderer.setSeriesPaint(series, PALETTE[series % PALETTE.length]);
      renderer.setSeriesStroke(series, new BasicStroke(2f));
    }
    renderer.setErrorIndicatorPaint(null);
    CategoryPlot plot = new CategoryPlot(data, new CategoryAxis("clipping width z (σ)"),
        accuracy, renderer);
    plot.addRangeMarker(floatMarker(result));
    plot.setBackgroundPaint(Color.WHITE);
    plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
    String title = "Accuracy after σ-clipping and PTQ"
        + (severalBits ? "" : ", " + grid.bits().get(0) + "-bit weights")
        + (grid.perNeuron() ? ", per-neuron clipping" : "");
    JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
    chart.setBackgroundPaint(Color.WHITE);
    return chart;
  }

  private static ValueMarker floatMarker(SweepResult result) {
    double mean = 100 * result.meanFloatAccuracy();
    ValueMarker marker = new ValueMarker(mean, Color.DARK_GRAY, new BasicStroke(1.5f,
        BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
    marker.setLabel(String.format(java.util.Locale.ROOT, "float %.2f%%", mean));
    marker.setLabelAnchor(RectangleAnchor.BOTTOM_RIGHT);
    marker.setLabelTextAnchor(TextAnchor.TOP_RIGHT);
    return marker;
  }
}
