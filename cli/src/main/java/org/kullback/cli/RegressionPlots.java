package org.kullback.cli;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The PNG chart of {@code regress --plot}: with one predictor, the data with the fitted curve (and
 * the ±σ band of a Gaussian model); with several, fitted values against observed ones.
 */
final class RegressionPlots {

    private RegressionPlots() {
    }

    static void write(double[][] x, double[] y, double[] fitted, double[] band, List<String> names,
            String response, Path png) {
        XYChart chart = new XYChartBuilder().width(900).height(560).build();
        chart.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.InsideNW);
        if (names.size() == 1) {
            double[] xs = Arrays.stream(x).mapToDouble(row -> row[0]).toArray();
            Integer[] order = IntStream.range(0, xs.length).boxed()
                    .sorted(Comparator.comparingDouble(i -> xs[i])).toArray(Integer[]::new);
            chart.setTitle(response + " against " + names.get(0));
            chart.setXAxisTitle(names.get(0));
            chart.setYAxisTitle(response);
            scatter(chart, "data", xs, y);
            line(chart, "fit", sorted(xs, order), sorted(fitted, order), new Color(200, 60, 40));
            if (band != null) {
                double[] upper = IntStream.range(0, xs.length).mapToDouble(i -> fitted[i] + band[i]).toArray();
                double[] lower = IntStream.range(0, xs.length).mapToDouble(i -> fitted[i] - band[i]).toArray();
                line(chart, "fit + sd", sorted(xs, order), sorted(upper, order), new Color(230, 150, 130));
                line(chart, "fit - sd", sorted(xs, order), sorted(lower, order), new Color(230, 150, 130));
            }
        } else {
            chart.setTitle("observed against fitted " + response);
            chart.setXAxisTitle("fitted");
            chart.setYAxisTitle("observed");
            scatter(chart, "data", fitted, y);
            double lo = Math.min(Arrays.stream(fitted).min().orElse(0), Arrays.stream(y).min().orElse(0));
            double hi = Math.max(Arrays.stream(fitted).max().orElse(1), Arrays.stream(y).max().orElse(1));
            line(chart, "observed = fitted", new double[] {lo, hi}, new double[] {lo, hi}, Color.GRAY);
        }
        try {
            BitmapEncoder.saveBitmap(chart, png.toString(), BitmapEncoder.BitmapFormat.PNG);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void scatter(XYChart chart, String name, double[] xs, double[] ys) {
        XYSeries series = chart.addSeries(name, xs, ys);
        series.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        series.setMarkerColor(new Color(70, 110, 170));
    }

    private static void line(XYChart chart, String name, double[] xs, double[] ys, Color color) {
        XYSeries series = chart.addSeries(name, xs, ys);
        series.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        series.setMarker(SeriesMarkers.NONE);
        series.setLineColor(color);
    }

    private static double[] sorted(double[] values, Integer[] order) {
        return Arrays.stream(order).mapToDouble(i -> values[i]).toArray();
    }
}
