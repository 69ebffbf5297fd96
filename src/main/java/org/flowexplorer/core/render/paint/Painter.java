package org.flowexplorer.core.render.paint;

/**
 * Drawing primitives on a {@link FrameBuffer}: alpha blending over opaque pixels (the result stays
 * opaque), anti-aliased discs and clipped lines. Integer blending with an alpha in
 * 0..256 so results are identical on every machine. Coordinates outside the frame are clipped;
 * huge or non-finite coordinates draw nothing.
 */
public final class Painter {
    private final int[] px;
    private final int w;
    private final int h;

    public Painter(FrameBuffer fb) {
        this.px = fb.pixels();
        this.w = fb.width();
        this.h = fb.height();
    }

    /** Blends {@code rgb} over pixel index {@code i} with alpha {@code a256} ∈ [0, 256]. */
    public void blend(int i, int rgb, int a256) {
        if (a256 >= 256) {
            px[i] = rgb | 0xFF000000;
            return;
        }
        int bg = px[i];
        int br = (bg >> 16) & 255;
        int bgG = (bg >> 8) & 255;
        int bb = bg & 255;
        int r = br + ((((rgb >> 16) & 255) - br) * a256 >> 8);
        int g = bgG + ((((rgb >> 8) & 255) - bgG) * a256 >> 8);
        int b = bb + (((rgb & 255) - bb) * a256 >> 8);
        px[i] = 0xFF000000 | r << 16 | g << 8 | b;
    }

    /**
     * An anti-aliased disc of radius {@code r} centred at (cx, cy) in pixel coordinates (pixel
     * centres at integer + 0.5); coverage falls off linearly over one pixel at the rim.
     */
    void disc(double cx, double cy, double r, int rgb, double alpha) {
        if (!(cx > -r - 1 && cx < w + r + 1 && cy > -r - 1 && cy < h + r + 1)) {
            return; // also rejects NaN
        }
        int x0 = Math.max(0, (int) Math.floor(cx - r - 0.5));
        int x1 = Math.min(w - 1, (int) Math.floor(cx + r + 0.5));
        int y0 = Math.max(0, (int) Math.floor(cy - r - 0.5));
        int y1 = Math.min(h - 1, (int) Math.floor(cy + r + 0.5));
        double edge = r + 0.5;
        double inner2 = r > 0.5 ? (r - 0.5) * (r - 0.5) : -1;
        double outer2 = edge * edge;
        int full = (int) Math.round(alpha * 256);
        for (int y = y0; y <= y1; y++) {
            double dy = y + 0.5 - cy;
            double dy2 = dy * dy;
            int row = y * w;
            for (int x = x0; x <= x1; x++) {
                double dx = x + 0.5 - cx;
                double d2 = dx * dx + dy2;
                if (d2 >= outer2) {
                    continue;
                }
                if (d2 <= inner2) {
                    blend(row + x, rgb, full);
                } else {
                    double cov = edge - Math.sqrt(d2);
                    blend(row + x, rgb, (int) Math.round(alpha * Math.min(1, cov) * 256));
                }
            }
        }
    }

    /** A one-pixel line from (x0, y0) to (x1, y1), clipped to the frame, blended with {@code alpha}. */
    public void line(double x0, double y0, double x1, double y1, int rgb, double alpha) {
        double[] c = clip(x0, y0, x1, y1);
        if (c == null) {
            return;
        }
        double dx = c[2] - c[0];
        double dy = c[3] - c[1];
        int steps = (int) Math.ceil(Math.max(Math.abs(dx), Math.abs(dy)));
        int a = (int) Math.round(alpha * 256);
        if (steps == 0) {
            plot(c[0], c[1], rgb, a);
            return;
        }
        double sx = dx / steps;
        double sy = dy / steps;
        // skip the first point so that joined polyline segments do not blend their joints twice
        for (int s = 1; s <= steps; s++) {
            plot(c[0] + sx * s, c[1] + sy * s, rgb, a);
        }
    }

    private void plot(double x, double y, int rgb, int a) {
        int ix = (int) Math.floor(x);
        int iy = (int) Math.floor(y);
        if (ix >= 0 && ix < w && iy >= 0 && iy < h) {
            blend(iy * w + ix, rgb, a);
        }
    }

    /** Liang–Barsky clipping to [0, w] × [0, h]; null when the segment misses the frame. */
    private double[] clip(double x0, double y0, double x1, double y1) {
        if (!(Double.isFinite(x0) && Double.isFinite(y0) && Double.isFinite(x1) && Double.isFinite(y1))) {
            return null;
        }
        double t0 = 0;
        double t1 = 1;
        double dx = x1 - x0;
        double dy = y1 - y0;
        double[] p = {-dx, dx, -dy, dy};
        double[] q = {x0, w - x0, y0, h - y0};
        for (int k = 0; k < 4; k++) {
            if (p[k] == 0) {
                if (q[k] < 0) {
                    return null;
                }
                continue;
            }
            double t = q[k] / p[k];
            if (p[k] < 0) {
                t0 = Math.max(t0, t);
            } else {
                t1 = Math.min(t1, t);
            }
            if (t0 > t1) {
                return null;
            }
        }
        return new double[] {x0 + t0 * dx, y0 + t0 * dy, x0 + t1 * dx, y0 + t1 * dy};
    }
}
