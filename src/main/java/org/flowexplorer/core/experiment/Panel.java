package org.flowexplorer.core.experiment;

import java.util.Locale;

/**
 * A rectangle of a {@link Raster} with data coordinates: x to the right in [xMin, xMax], y up in
 * [yMin, yMax]. Draws scatter plots, histograms, lines and a frame with range labels.
 */
public final class Panel {
    private final Raster raster;
    private final int left;
    private final int top;
    private final int w;
    private final int h;
    private final double xMin;
    private final double xMax;
    private final double yMin;
    private final double yMax;

    public Panel(Raster raster, int left, int top, int w, int h, double xMin, double xMax, double yMin, double yMax) {
        if (!(xMax > xMin) || !(yMax > yMin)) {
            throw new IllegalArgumentException("empty data range");
        }
        this.raster = raster;
        this.left = left;
        this.top = top;
        this.w = w;
        this.h = h;
        this.xMin = xMin;
        this.xMax = xMax;
        this.yMin = yMin;
        this.yMax = yMax;
    }

    /** A square-pixel panel around [−r, r]² (for 2D scatter plots). */
    public static Panel square(Raster raster, int left, int top, int size, double r) {
        return new Panel(raster, left, top, size, size, -r, r, -r, r);
    }

    public double px(double x) {
        return left + (x - xMin) / (xMax - xMin) * w;
    }

    public double py(double y) {
        return top + h - (y - yMin) / (yMax - yMin) * h;
    }

    private boolean inside(double x, double y) {
        return x >= xMin && x <= xMax && y >= yMin && y <= yMax;
    }

    /** Points given as a flat row-major array of dimension d, coordinates cx and cy. */
    public void scatter(double[] coords, int d, int cx, int cy, double radius, int color) {
        int n = coords.length / d;
        for (int i = 0; i < n; i++) {
            double x = coords[i * d + cx];
            double y = coords[i * d + cy];
            if (inside(x, y)) {
                raster.dot(px(x), py(y), radius, color);
            }
        }
    }

    /** Points given by two arrays. */
    public void scatter(double[] xs, double[] ys, double radius, int color) {
        for (int i = 0; i < xs.length; i++) {
            if (inside(xs[i], ys[i])) {
                raster.dot(px(xs[i]), py(ys[i]), radius, color);
            }
        }
    }

    /** A line in data coordinates, clipped to the panel by sampling. */
    public void line(double x0, double y0, double x1, double y1, int color) {
        int n = (int) Math.ceil(Math.max(Math.abs(px(x1) - px(x0)), Math.abs(py(y1) - py(y0)))) + 1;
        for (int k = 0; k <= n; k++) {
            double t = (double) k / n;
            double x = x0 + t * (x1 - x0);
            double y = y0 + t * (y1 - y0);
            if (inside(x, y)) {
                raster.blend((int) Math.floor(px(x)), (int) Math.floor(py(y)), color);
            }
        }
    }

    /** A polyline through (xs[k], ys[k]); non-finite points break it. */
    public void polyline(double[] xs, double[] ys, int color) {
        for (int k = 1; k < xs.length; k++) {
            if (Double.isFinite(ys[k - 1]) && Double.isFinite(ys[k])) {
                line(xs[k - 1], ys[k - 1], xs[k], ys[k], color);
                line(xs[k - 1], ys[k - 1] + (yMax - yMin) / h, xs[k], ys[k] + (yMax - yMin) / h, color);
            }
        }
    }

    /** Histogram bars: bin k spans [edges[k], edges[k+1]) with height counts[k]. */
    public void bars(double[] edges, double[] heights, int color) {
        for (int k = 0; k < heights.length; k++) {
            double y = Math.min(heights[k], yMax);
            if (y <= yMin) {
                continue;
            }
            int x0 = (int) Math.round(px(Math.max(edges[k], xMin)));
            int x1 = (int) Math.round(px(Math.min(edges[k + 1], xMax)));
            int y0 = (int) Math.round(py(y));
            int y1 = (int) Math.round(py(Math.max(yMin, 0)));
            raster.fillRect(x0, y0, Math.max(1, x1 - x0), Math.max(1, y1 - y0), color);
        }
    }

    /** A frame, the title above it, and the data ranges at the corners. */
    public void frame(String title, boolean rangeLabels) {
        raster.rectOutline(left, top, w, h, Raster.GREY);
        if (title != null) {
            raster.text(left + 2, top - 5, title, Raster.BLACK, 12);
        }
        if (rangeLabels) {
            raster.text(left, top + h + 13, fmt(xMin), Raster.GREY, 10);
            raster.text(left + w - 6 * fmt(xMax).length(), top + h + 13, fmt(xMax), Raster.GREY, 10);
            raster.text(left - 6 * fmt(yMin).length() - 3, top + h, fmt(yMin), Raster.GREY, 10);
            raster.text(left - 6 * fmt(yMax).length() - 3, top + 10, fmt(yMax), Raster.GREY, 10);
        }
    }

    static String fmt(double v) {
        if (v == 0) {
            return "0";
        }
        double a = Math.abs(v);
        if (a < 1e6 && v == Math.rint(v)) {
            return Long.toString((long) v);
        }
        if (a >= 0.01 && a < 1e4) {
            String s = String.format(Locale.ROOT, "%.3g", v);
            if (s.contains(".")) {
                s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
            }
            return s;
        }
        return String.format(Locale.ROOT, "%.2g", v);
    }
}
