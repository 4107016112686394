package org.kullback.cli;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.kullback.distributions.Distribution;
import org.kullback.distributions.UnivariateContinuous;
import org.kullback.distributions.UnivariateDiscrete;

/** The PNG charts of {@code fit --plot}: the data's histogram with fitted densities on top. */
final class Plots {

    private static final int MAX_BINS = 80;
    private static final int CURVE_POINTS = 400;

    private Plots() {
    }

    /**
     * A density-scaled histogram (Freedman–Diaconis bin width, at most {@value #MAX_BINS} bins;
     * for integer data one bar per value) with each fitted density or probability mass function.
     */
    static void histogramWithDensities(double[] values, List<? extends Distribution> fits, Path png) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        boolean discrete = fits.stream().allMatch(UnivariateDiscrete.class::isInstance);
        XYChart chart = new XYChartBuilder().width(900).height(560)
                .title("Data and fitted " + (discrete ? "probabilities" : "densities"))
                .xAxisTitle("x").yAxisTitle(discrete ? "probability" : "density").build();
        chart.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.InsideNE);
        double[][] bars = discrete ? integerBars(sorted) : histogram(sorted);
        XYSeries data = chart.addSeries("data (n = " + values.length + ")", bars[0], bars[1]);
        data.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Area);
        data.setMarker(SeriesMarkers.NONE);
        data.setFillColor(new Color(130, 170, 220, 160));
        data.setLineColor(new Color(70, 110, 170));
        for (Distribution fit : fits) {
            double[][] curve = discrete ? pmf((UnivariateDiscrete) fit, sorted)
                    : density((UnivariateContinuous) fit, bars[0][0], bars[0][bars[0].length - 1]);
            XYSeries series = chart.addSeries(fit.toString(), curve[0], curve[1]);
            series.setMarker(discrete ? SeriesMarkers.CIRCLE : SeriesMarkers.NONE);
        }
        try {
            BitmapEncoder.saveBitmap(chart, png.toString(), BitmapEncoder.BitmapFormat.PNG);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Step outline of the histogram: x and height pairs at both edges of every bin. */
    private static double[][] histogram(double[] sorted) {
        int n = sorted.length;
        double lo = sorted[0];
        double hi = sorted[n - 1];
        double iqr = sorted[(int) (0.75 * (n - 1))] - sorted[(int) (0.25 * (n - 1))];
        double width = iqr > 0 ? 2 * iqr / Math.cbrt(n) : (hi - lo) / 10;
        int bins = hi > lo ? (int) Math.min(MAX_BINS, Math.max(1, Math.ceil((hi - lo) / width))) : 1;
        width = hi > lo ? (hi - lo) / bins : 1;
        long[] counts = new long[bins];
        for (double x : sorted) {
            counts[Math.min(bins - 1, (int) ((x - lo) / width))]++;
        }
        double[] xs = new double[2 * bins];
        double[] ys = new double[2 * bins];
        for (int b = 0; b < bins; b++) {
            xs[2 * b] = lo + b * width;
            xs[2 * b + 1] = lo + (b + 1) * width;
            ys[2 * b] = ys[2 * b + 1] = counts[b] / (n * width);
        }
        return new double[][] {xs, ys};
    }

    /** Bars of width 1 centred on each integer value, height the relative frequency. */
    private static double[][] integerBars(double[] sorted) {
        long lo = (long) sorted[0];
        int span = (int) Math.min(10_000, (long) sorted[sorted.length - 1] - lo + 1);
        double[] xs = new double[2 * span];
        double[] ys = new double[2 * span];
        long[] counts = new long[span];
        for (double x : sorted) {
            long k = (long) x - lo;
            if (k < span) {
                counts[(int) k]++;
            }
        }
        for (int k = 0; k < span; k++) {
            xs[2 * k] = lo + k - 0.5;
            xs[2 * k + 1] = lo + k + 0.5;
            ys[2 * k] = ys[2 * k + 1] = (double) counts[k] / sorted.length;
        }
        return new double[][] {xs, ys};
    }

    private static double[][] density(UnivariateContinuous fit, double lo, double hi) {
        double[] xs = new double[CURVE_POINTS];
        double[] ys = new double[CURVE_POINTS];
        for (int i = 0; i < CURVE_POINTS; i++) {
            xs[i] = lo + (hi - lo) * i / (CURVE_POINTS - 1);
            double y = fit.density(xs[i]);
            ys[i] = Double.isFinite(y) ? y : 0;
        }
        return new double[][] {xs, ys};
    }

    private static double[][] pmf(UnivariateDiscrete fit, double[] sorted) {
        long lo = (long) sorted[0];
        int span = (int) Math.min(10_000, (long) sorted[sorted.length - 1] - lo + 1);
        double[] xs = new double[span];
        double[] ys = new double[span];
        for (int k = 0; k < span; k++) {
            xs[k] = lo + k;
            ys[k] = fit.probability(lo + k);
        }
        return new double[][] {xs, ys};
    }
}
