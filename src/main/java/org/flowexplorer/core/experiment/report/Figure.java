package org.flowexplorer.core.experiment.report;

import de.erichseifert.vectorgraphics2d.VectorGraphics2D;
import de.erichseifert.vectorgraphics2d.svg.SVGProcessor;
import de.erichseifert.vectorgraphics2d.util.PageSize;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.util.List;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * A figure of the reports: XChart charts (real axes, tick labels, legends, anti-aliased text)
 * laid out in a grid of equal cells, written as PNG (raster, {@value #PNG_SCALE}× for sharp
 * text) and as SVG (vector, for slides and papers) from the same drawing code.
 *
 * @param charts  the charts, row by row
 * @param columns charts per row
 */
public record Figure(List<? extends Chart<?, ?>> charts, int columns) {
    /** Pixel density of the PNG relative to the chart's nominal size. */
    public static final int PNG_SCALE = 2;

    public Figure {
        if (charts.isEmpty() || columns < 1) {
            throw new IllegalArgumentException("a figure needs at least one chart and one column");
        }
        charts = List.copyOf(charts);
    }

    /** One chart alone. */
    public static Figure of(Chart<?, ?> chart) {
        return new Figure(List.of(chart), 1);
    }

    private int cellWidth() {
        return charts.get(0).getWidth();
    }

    private int cellHeight() {
        return charts.get(0).getHeight();
    }

    private int rows() {
        return (charts.size() + columns - 1) / columns;
    }

    public int width() {
        return cellWidth() * Math.min(columns, charts.size());
    }

    public int height() {
        return cellHeight() * rows();
    }

    /** Draws every chart into its cell of {@code g}. */
    public void paint(Graphics2D g) {
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width(), height());
        for (int k = 0; k < charts.size(); k++) {
            AffineTransform saved = g.getTransform();
            g.translate((k % columns) * cellWidth(), (k / columns) * cellHeight());
            charts.get(k).paint(g, cellWidth(), cellHeight());
            g.setTransform(saved);
        }
    }

    /** The raster version. */
    public BufferedImage image() {
        BufferedImage img = new BufferedImage(width() * PNG_SCALE, height() * PNG_SCALE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.scale(PNG_SCALE, PNG_SCALE);
            paint(g);
        } finally {
            g.dispose();
        }
        return img;
    }

    /** {@code stem.png} only (for figures with many thousands of points, whose SVG would be huge). */
    public ReportFile png(String stem) {
        return ReportFile.png(stem + ".png", image());
    }

    /** {@code stem.png} and {@code stem.svg}. */
    public List<ReportFile> files(String stem) {
        ReportFile svg = new ReportFile(stem + ".svg", o -> {
            VectorGraphics2D g = new VectorGraphics2D();
            paint(g);
            new SVGProcessor().getDocument(g.getCommands(), new PageSize(0, 0, width(), height())).writeTo(o);
        });
        return List.of(ReportFile.png(stem + ".png", image()), svg);
    }
}
