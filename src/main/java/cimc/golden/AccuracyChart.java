package cimc.golden;

import cimc.io.AtomicOutput;
import java.awt.BasicStroke;
import java.awt.Color;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Plots test accuracy against ADC bits: per model, the mean golden-model accuracy over draws and
 * the ADC-free float simulation as a dashed line.
 */
public final class AccuracyChart {
  private AccuracyChart() {}

  /** Writes an 800 x 500 PNG of the results to {@code file}. */
  public static void write(List<SimulationResult> results, Path file) {
    XYSeriesCollection data = new XYSeriesCollection();
    Map<String, Map<Integer, double[]>> byModel = new LinkedHashMap<>();
    Map<String, Double> floats = new LinkedHashMap<>();
    for (SimulationResult r : results) {
      double[] sum = byModel.computeIfAbsent(r.model(), m -> new java.util.TreeMap<>())
          .computeIfAbsent(r.adcBits(), b -> new double[2]);
      sum[0] += r.goldenAccuracy();
      sum[1]++;
      floats.put(r.model(), r.floatAccuracy());
    }
    for (var model : byModel.entrySet()) {
      XYSeries golden = new XYSeries(model.getKey() + " golden");
      XYSeries reference = new XYSeries(model.getKey() + " float (no ADC)");
      for (var point : model.getValue().entrySet()) {
        golden.add(point.getKey().doubleValue(), 100 * point.getValue()[0] / point.getValue()[1]);
        reference.add(point.getKey().doubleValue(), 100 * floats.get(model.getKey()));
      }
      data.addSeries(golden);
      data.addSeries(reference);
    }
    JFreeChart chart = ChartFactory.createXYLineChart("Test accuracy against ADC resolution",
        "ADC bits", "MNIST test accuracy (%)", data, PlotOrientation.VERTICAL, true, false, false);
    XYPlot plot = chart.getXYPlot();
    plot.setBackgroundPaint(Color.WHITE);
    plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
    plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
    ((NumberAxis) plot.getDomainAxis()).setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    ((NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(false);
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
    Color[] palette = {new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c),
        new Color(0x9467bd), new Color(0xff7f0e)};
    for (int s = 0; s < data.getSeriesCount(); s++) {
      renderer.setSeriesPaint(s, palette[(s / 2) % palette.length]);
      if (s % 2 == 1) {
        renderer.setSeriesStroke(s, new BasicStroke(1.5f, BasicStroke.CAP_BUTT,
            BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
        renderer.setSeriesShapesVisible(s, false);
      }
    }
    plot.setRenderer(renderer);
    AtomicOutput.writeFile(file, t -> ChartUtils.saveChartAsPNG(t.toFile(), chart, 800, 500));
  }
}
