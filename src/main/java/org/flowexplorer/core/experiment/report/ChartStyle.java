package org.flowexplorer.core.experiment.report;

import java.awt.Color;
import java.awt.Font;
import org.flowexplorer.core.render.paint.Palette;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.knowm.xchart.XYSeries;

/**
 * The look shared by every report chart: white background, light grid, legend inside the plot,
 * and the explorer's colour-blind-safe palette (Okabe–Ito) with particles blue and targets
 * vermillion, as on screen.
 */
public final class ChartStyle {
    /** Particles (Okabe–Ito blue). */
    public static final Color PARTICLES = new Color(Palette.categorical(4) & 0xFFFFFF);
    /** Targets (Okabe–Ito vermillion). */
    public static final Color TARGETS = new Color(Palette.categorical(5) & 0xFFFFFF);
    /** Third series (Okabe–Ito bluish green). */
    public static final Color GREEN = new Color(Palette.categorical(2) & 0xFFFFFF);
    /** Fourth series (Okabe–Ito orange). */
    public static final Color ORANGE = new Color(Palette.categorical(0) & 0xFFFFFF);
    /** Reference lines. */
    public static final Color GREY = new Color(0x777777);
    /** Series colours in order. */
    public static final Color[] SERIES = {PARTICLES, ORANGE, GREEN, TARGETS};

    private ChartStyle() {
    }

    /** An XY chart of the given size with titles and the report look. */
    public static XYChart xy(int width, int height, String title, String xTitle, String yTitle) {
        XYChart c = new XYChartBuilder().width(width).height(height).title(title).xAxisTitle(xTitle)
                .yAxisTitle(yTitle).build();
        Styler s = c.getStyler();
        s.setChartBackgroundColor(Color.WHITE);
        s.setPlotBackgroundColor(Color.WHITE);
        s.setPlotBorderColor(new Color(0x999999));
        s.setChartTitleBoxVisible(false);
        s.setLegendPosition(Styler.LegendPosition.InsideNW);
        s.setLegendBorderColor(new Color(0xCCCCCC));
        s.setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 13));
        s.setLegendFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        s.setSeriesColors(SERIES);
        c.getStyler().setAxisTitleFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        c.getStyler().setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        c.getStyler().setPlotGridLinesColor(new Color(0xE6E6E6));
        c.getStyler().setMarkerSize(4);
        return c;
    }

    /** Adds a scatter series (markers only). */
    public static XYSeries scatter(XYChart c, String name, double[] x, double[] y, Color color, int size) {
        XYSeries s = c.addSeries(name, x, y);
        s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        s.setMarker(SeriesMarkers.CIRCLE);
        s.setMarkerColor(color);
        c.getStyler().setMarkerSize(size);
        return s;
    }

    /**
     * Adds a histogram as a step line: bin k spans [edges[k], edges[k+1]) at height heights[k].
     */
    public static XYSeries histogram(XYChart c, String name, double[] edges, double[] heights, Color color) {
        double[] x = edges.clone();
        double[] y = new double[edges.length];
        System.arraycopy(heights, 0, y, 0, heights.length);
        y[y.length - 1] = heights[heights.length - 1];
        XYSeries s = c.addSeries(name, x, y);
        s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Step);
        s.setMarker(SeriesMarkers.NONE);
        s.setLineColor(color);
        s.setLineWidth(1.6f);
        c.getStyler().setXAxisDecimalPattern("#0.##");
        return s;
    }

    /** Adds a line series without markers. */
    public static XYSeries line(XYChart c, String name, double[] x, double[] y, Color color) {
        XYSeries s = c.addSeries(name, x, y);
        s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        s.setMarker(SeriesMarkers.NONE);
        s.setLineColor(color);
        return s;
    }
}
