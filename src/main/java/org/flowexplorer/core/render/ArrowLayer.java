package org.flowexplorer.core.render;

import org.flowexplorer.core.math.PointSet;
import org.flowexplorer.core.math.Selection;
import org.flowexplorer.core.render.paint.Painter;
import org.flowexplorer.core.render.paint.Palette;

/**
 * Velocity arrows on at most {@link #MAX_ARROWS} particles (every k-th). The velocity is rotated
 * into the view and scaled to pixels; lengths are then normalised so that the 90th-percentile arrow
 * is 24 px (capped at twice that), because raw velocities scale like 1/σ² and
 * would be invisible early and enormous late in an anneal. Draws nothing without velocities.
 */
public final class ArrowLayer implements Layer {
    static final int MAX_ARROWS = 600;
    private static final double TYPICAL_PX = 24;
    private static final double HEAD_PX = 4;
    private static final double HEAD_COS = StrictMath.cos(Math.toRadians(25));
    private static final double HEAD_SIN = StrictMath.sin(Math.toRadians(25));

    @Override
    public void draw(RenderContext ctx) {
        PointSet v = ctx.input().snapshot().velocities();
        if (!ctx.options().arrows() || v == null || v.size() != ctx.n || ctx.n == 0) {
            return;
        }
        int n = ctx.n;
        int stride = Math.max(1, (n + MAX_ARROWS - 1) / MAX_ARROWS);
        int count = (n + stride - 1) / stride;
        double[] vx = new double[count];
        double[] vy = new double[count];
        double[] len = new double[count];
        double[] finite = new double[count];
        int m = 0;
        double[] rot = new double[3];
        double s = ctx.camera().scale();
        int d = v.dim();
        double[] c = v.coords();
        for (int k = 0; k < count; k++) {
            int i = k * stride;
            if (d >= 3) {
                ctx.projection().rotate(c[i * d], c[i * d + 1], c[i * d + 2], rot);
            } else {
                rot[0] = c[i * d];
                rot[1] = d == 2 ? c[i * d + 1] : 0;
            }
            vx[k] = rot[0] * s;
            vy[k] = -rot[1] * s;
            len[k] = Math.hypot(vx[k], vy[k]);
            if (Double.isFinite(len[k]) && len[k] > 0) {
                finite[m++] = len[k];
            }
        }
        if (m == 0) {
            return;
        }
        double ref = Selection.select(finite, m, (int) Math.round(0.9 * (m - 1)));
        double typical = TYPICAL_PX;
        Painter p = new Painter(ctx.buffer());
        int fg = Palette.foreground(ctx.options().darkBackground());
        for (int k = 0; k < count; k++) {
            if (!(len[k] > 0) || !Double.isFinite(len[k])) {
                continue;
            }
            int i = k * stride;
            double px = Math.min(2 * typical, typical * len[k] / ref);
            double ux = vx[k] / len[k];
            double uy = vy[k] / len[k];
            double tx = ctx.sx[i] + ux * px;
            double ty = ctx.sy[i] + uy * px;
            p.line(ctx.sx[i], ctx.sy[i], tx, ty, fg, 0.7);
            double head = Math.min(HEAD_PX, 0.5 * px);
            // the two barbs: the reversed direction rotated by ±25°
            p.line(tx, ty, tx - head * (ux * HEAD_COS - uy * HEAD_SIN), ty - head * (uy * HEAD_COS + ux * HEAD_SIN), fg, 0.7);
            p.line(tx, ty, tx - head * (ux * HEAD_COS + uy * HEAD_SIN), ty - head * (uy * HEAD_COS - ux * HEAD_SIN), fg, 0.7);
        }
    }
}
