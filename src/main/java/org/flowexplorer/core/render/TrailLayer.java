package org.flowexplorer.core.render;

import java.util.ArrayList;
import java.util.List;
import org.flowexplorer.core.math.PointSet;
import org.flowexplorer.core.render.paint.Painter;

/**
 * Each particle's recent path as a polyline through the trail history (oldest first) to its current
 * position, in the particle's colour, fading with age. History entries whose size or dimension
 * differs from the current particles are skipped; with very many particles only every k-th
 * particle gets a trail so that a frame stays within {@link #MAX_SEGMENTS} segments.
 */
public final class TrailLayer implements Layer {
    // a bound that keeps a 1280x800 frame near 20 ms on 2 cores (measured by FrameTimeHarnessTest)
    static final int MAX_SEGMENTS = 60_000;
    private static final double OLDEST_ALPHA = 0.08;
    private static final double NEWEST_ALPHA = 0.55;

    @Override
    public void draw(RenderContext ctx) {
        if (!ctx.options().trails() || ctx.input().trails().isEmpty() || ctx.n == 0) {
            return;
        }
        PointSet now = ctx.input().snapshot().positions();
        List<double[][]> pts = new ArrayList<>();
        for (PointSet past : ctx.input().trails()) {
            if (past.size() != now.size() || past.dim() != now.dim()) {
                continue;
            }
            double[] x = new double[past.size()];
            double[] y = new double[past.size()];
            ctx.project(past, x, y, null);
            pts.add(new double[][] {x, y});
        }
        int segments = pts.size();
        if (segments == 0) {
            return;
        }
        int n = ctx.n;
        int stride = (int) Math.max(1, ((long) n * segments + MAX_SEGMENTS - 1) / MAX_SEGMENTS);
        Painter p = new Painter(ctx.buffer());
        for (int i = 0; i < n; i += stride) {
            for (int s = 0; s < segments; s++) {
                double[][] a = pts.get(s);
                double x1 = s + 1 < segments ? pts.get(s + 1)[0][i] : ctx.sx[i];
                double y1 = s + 1 < segments ? pts.get(s + 1)[1][i] : ctx.sy[i];
                double age = segments == 1 ? 1 : s / (double) (segments - 1);
                p.line(a[0][i], a[1][i], x1, y1, ctx.color[i], OLDEST_ALPHA + (NEWEST_ALPHA - OLDEST_ALPHA) * age);
            }
        }
    }
}
