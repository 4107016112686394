package org.kullback.examples;

import java.awt.BasicStroke;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** The charts of the examples: one look for all of them, written as PNG files. */
final class Charts {

    /** Where {@code main} writes its chart when no directory is given (the tour's default). */
    static final Path DEFAULT_DIRECTORY = Path.of("kullback-tour");

    private static final int WIDTH = 900;
    private static final int HEIGHT = 560;
    private static final BasicStroke DASHED = new BasicStroke(2f, BasicStroke.CAP_BUTT,
            BasicStroke.JOIN_MITER, 10f, new float[] {8f, 6f}, 0f);

    private Charts() {
    }

    /** An empty line chart with the given titles. */
    static XYChart lines(String title, String xAxisTitle, String yAxisTitle) {
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(title)
                .xAxisTitle(xAxisTitle).yAxisTitle(yAxisTitle).build();
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
        chart.getStyler().setMarkerSize(6);
        chart.getStyler().setLegendLayout(Styler.LegendLayout.Horizontal);
        return chart;
    }

    /** Adds a line without markers. */
    static XYSeries line(XYChart chart, String name, double[] x, double[] y) {
        XYSeries series = chart.addSeries(name, x, y);
        series.setMarker(SeriesMarkers.NONE);
        return series;
    }

    /** Adds a dashed line without markers. */
    static XYSeries dashed(XYChart chart, String name, double[] x, double[] y) {
        XYSeries series = line(chart, name, x, y);
        series.setLineStyle(DASHED);
        return series;
    }

    /** Adds points without a connecting line. */
    static XYSeries points(XYChart chart, String name, double[] x, double[] y) {
        XYSeries series = chart.addSeries(name, x, y);
        series.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        series.setMarker(SeriesMarkers.CIRCLE);
        return series;
    }

    /**
     * Writes {@code chart} to {@code directory/name.png}, creating the directory, and returns the
     * file. Charts are drawn off-screen, so AWT is put in headless mode unless the caller chose.
     */
    static Path save(XYChart chart, Path directory, String name) {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
        Path file = directory.resolve(name + ".png");
        try {
            Files.createDirectories(directory);
            BitmapEncoder.saveBitmap(chart, file.toString(), BitmapEncoder.BitmapFormat.PNG);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write chart " + file, e);
        }
        return file;
    }

    /** The directory named by the first command-line argument, or {@link #DEFAULT_DIRECTORY}. */
    static Path directory(String[] args) {
        return args.length > 0 ? Path.of(args[0]) : DEFAULT_DIRECTORY;
    }
}
