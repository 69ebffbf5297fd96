package org.flowexplorer.core.render;

/**
 * The curl heat map under the targets and particles: each pixel of a 2D view takes the value of
 * the nearest point of the frame's {@link CurlGrid} (if the pixel lies inside the grid) and is
 * blended in {@code Palette.diverging(t)}, t = value / scale, with alpha {@value #ALPHA}·√min(1, |t|) — red
 * for counter-clockwise rotation (curl &gt; 0), blue for clockwise. The alpha goes to 0 with t, so
 * where the curl is 0 the background shows unchanged (white in the light theme). Draws
 * nothing without a grid or for 3D data (the grid lives in the x–y plane, which a rotated 3D
 * camera does not show flat).
 */
public final class FieldLayer implements Layer {
    /** Opacity of the heat map over the background. */
    public static final double ALPHA = 0.6;

    @Override
    public void draw(RenderContext ctx) {
        CurlGrid g = ctx.input().curl();
        if (g == null || ctx.threeD()) {
            return;
        }
        FrameBuffer fb = ctx.buffer();
        int w = fb.width();
        int h = fb.height();
        View v = ctx.view();
        double s = v.scale();
        double cellX = (g.xMax() - g.xMin()) / (g.nx() - 1);
        double cellY = (g.yMax() - g.yMin()) / (g.ny() - 1);
        int[] column = new int[w];
        for (int px = 0; px < w; px++) {
            double x = v.cx() + (px + 0.5 - w / 2.0) / s;
            column[px] = nearest(x, g.xMin(), cellX, g.nx());
        }
        Painter p = new Painter(fb);
        int[] alpha = new int[257];
        for (int k = 0; k <= 256; k++) {
            alpha[k] = (int) Math.round(ALPHA * 256 * Math.sqrt(k / 256.0));
        }
        double inv = 1.0 / g.scale();
        for (int py = 0; py < h; py++) {
            double y = v.cy() - (py + 0.5 - h / 2.0) / s;
            int j = nearest(y, g.yMin(), cellY, g.ny());
            if (j < 0) {
                continue;
            }
            int row = py * w;
            for (int px = 0; px < w; px++) {
                int i = column[px];
                if (i < 0) {
                    continue;
                }
                double val = g.value(i, j);
                double t = val * inv;
                if (Double.isFinite(t) && t != 0) {
                    int a = alpha[(int) Math.round(Math.min(1, Math.abs(t)) * 256)];
                    if (a > 0) {
                        p.blend(row + px, Palette.diverging(t), a);
                    }
                }
            }
        }
    }

    /** Index of the grid point nearest to {@code t}, or −1 beyond half a cell outside the grid. */
    private static int nearest(double t, double min, double cell, int n) {
        double k = (t - min) / cell;
        if (!(k >= -0.5) || !(k <= n - 0.5)) {
            return -1;
        }
        return (int) Math.max(0, Math.min(n - 1, Math.round(k)));
    }
}
