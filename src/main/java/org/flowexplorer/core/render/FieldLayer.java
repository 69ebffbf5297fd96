package org.flowexplorer.core.render;

import org.flowexplorer.core.render.paint.FrameBuffer;
import org.flowexplorer.core.render.paint.Painter;
import org.flowexplorer.core.render.paint.Palette;

/**
 * The curl heat map under the targets and particles: each pixel of a 2D view takes the bilinear
 * interpolation of the frame's {@link CurlGrid} (clamped at the border; pixels more than half a
 * cell outside the grid are left alone) and is
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
        Camera v = ctx.camera();
        double s = v.scale();
        double cellX = (g.xMax() - g.xMin()) / (g.nx() - 1);
        double cellY = (g.yMax() - g.yMin()) / (g.ny() - 1);
        int[] column = new int[w];
        double[] tx = new double[w];
        for (int px = 0; px < w; px++) {
            double x = v.cx() + (px + 0.5 - w / 2.0) / s;
            column[px] = cell(x, g.xMin(), cellX, g.nx(), tx, px);
        }
        double[] ty = new double[1];
        Painter p = new Painter(fb);
        int[] alpha = new int[257];
        for (int k = 0; k <= 256; k++) {
            alpha[k] = (int) Math.round(ALPHA * 256 * Math.sqrt(k / 256.0));
        }
        double inv = 1.0 / g.scale();
        int nx = g.nx();
        for (int py = 0; py < h; py++) {
            double y = v.cy() - (py + 0.5 - h / 2.0) / s;
            int j = cell(y, g.yMin(), cellY, g.ny(), ty, 0);
            if (j < 0) {
                continue;
            }
            double fy = ty[0];
            int j1 = Math.min(j + 1, g.ny() - 1);
            int row = py * w;
            for (int px = 0; px < w; px++) {
                int i = column[px];
                if (i < 0) {
                    continue;
                }
                int i1 = Math.min(i + 1, nx - 1);
                double fx = tx[px];
                double lower = g.value(i, j) + fx * (g.value(i1, j) - g.value(i, j));
                double upper = g.value(i, j1) + fx * (g.value(i1, j1) - g.value(i, j1));
                double t = (lower + fy * (upper - lower)) * inv;
                if (Double.isFinite(t) && t != 0) {
                    int a = alpha[(int) Math.round(Math.min(1, Math.abs(t)) * 256)];
                    if (a > 0) {
                        p.blend(row + px, Palette.diverging(t), a);
                    }
                }
            }
        }
    }

    /**
     * The grid cell of coordinate {@code t}: returns the lower index k and stores the fraction
     * within [k, k+1] in {@code frac[at]} (clamped to the grid), or −1 beyond half a cell outside.
     */
    private static int cell(double t, double min, double cellSize, int n, double[] frac, int at) {
        double k = (t - min) / cellSize;
        if (!(k >= -0.5) || !(k <= n - 0.5)) {
            return -1;
        }
        double c = Math.max(0, Math.min(n - 1, k));
        int lo = (int) Math.min(n - 2, Math.floor(c));
        frac[at] = c - lo;
        return lo;
    }
}
