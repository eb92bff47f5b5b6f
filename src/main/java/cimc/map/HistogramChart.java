package cimc.map;

import cimc.hw.ConductanceGrid;
import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogarithmicAxis;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Draws {@code conductance_histogram.png}: the final true conductance of the programmed cells
 * per level, in quarter-code bins on a logarithmic count axis, with each level's verify window
 * shaded behind the bars.
 */
final class HistogramChart {
  static final String FILE = "conductance_histogram.png";
  private static final int WIDTH = 1200;
  private static final int HEIGHT = 600;

  private HistogramChart() {}

  static void write(ProgrammedDesign design, WriteVerify writeVerify, Path folder,
      FileSink sink) throws IOException {
    System.setProperty("java.awt.headless", "true");
    JFreeChart chart = chart(design, writeVerify);
    try (OutputStream out = sink.open(folder.resolve(FILE))) {
      ChartUtils.writeChartAsPNG(out, chart, WIDTH, HEIGHT);
    }
  }

  private static JFreeChart chart(ProgrammedDesign design, WriteVerify writeVerify) {
    ConductanceGrid grid = design.grid();
    XYSeriesCollection data = new XYSeriesCollection();
    double binWidth = grid.codeStep() / ProgramStats.BINS_PER_CODE;
    for (int k = 0; k < grid.levels(); k++) {
      XYSeries series = new XYSeries("level " + k);
      long[] bins = design.stats().histogram(k);
      for (int b = 0; b < bins.length; b++) {
        if (bins[b] > 0) {
          series.add(grid.gminMicrosiemens() + b * binWidth, bins[b]);
        }
      }
      data.addSeries(series);
    }
    data.setIntervalWidth(binWidth);
    JFreeChart chart = ChartFactory.createXYBarChart("Programmed conductance per level ("
        + design.stats().programmedCells() + " cells; shaded: verify windows)",
        "final conductance (uS)", false, "cells", data, PlotOrientation.VERTICAL, true, false,
        false);
    XYPlot plot = chart.getXYPlot();
    LogarithmicAxis counts = new LogarithmicAxis("cells (log scale)");
    counts.setAllowNegativesFlag(false);
    counts.setStrictValuesFlag(false);
    plot.setRangeAxis(counts);
    XYBarRenderer renderer = (XYBarRenderer) plot.getRenderer();
    renderer.setBarPainter(new StandardXYBarPainter());
    renderer.setShadowVisible(false);
    plot.setBackgroundPaint(Color.WHITE);
    for (int k = 0; k < grid.levels(); k++) {
      IntervalMarker window = new IntervalMarker(
          grid.conductance(writeVerify.windowLow(k)) - grid.codeStep() / 2,
          grid.conductance(writeVerify.windowHigh(k)) + grid.codeStep() / 2);
      window.setPaint(new Color(200, 200, 200, 120));
      plot.addDomainMarker(window, Layer.BACKGROUND);
    }
    return chart;
  }
}
