package org.flowexplorer.core.render;

import org.flowexplorer.core.math.PointSet;

/**
 * The targets as a faint grey density: each target splats a unit of mass bilinearly onto the four
 * nearest pixels; a pixel of mass m is tinted grey with opacity {@code MAX_ALPHA·(1 − e^(−GAIN·m))},
 * so sparse targets read as faint dots and dense regions saturate gently instead of turning solid.
 */
public final class TargetLayer implements Layer {
    private static final double MAX_ALPHA = 0.7;
    private static final double GAIN = 1.6;
    /** Opacity by mass, tabulated (mass quantised to 1/64) so no exp is evaluated per pixel. */
    private static final int LUT_SIZE = 1024;
    private static final double LUT_STEP = 64.0;

    private final int[] alphaLut = new int[LUT_SIZE];
    private float[] mass = new float[0];
    private double[] x = new double[0];
    private double[] y = new double[0];

    public TargetLayer() {
        for (int i = 0; i < LUT_SIZE; i++) {
            alphaLut[i] = (int) Math.round(256 * MAX_ALPHA * (1 - StrictMath.exp(-GAIN * i / LUT_STEP)));
        }
    }

    @Override
    public void draw(RenderContext ctx) {
        if (!ctx.options().showTargets()) {
            return;
        }
        PointSet t = ctx.input().snapshot().targets().points();
        FrameBuffer fb = ctx.buffer();
        int w = fb.width();
        int h = fb.height();
        if (mass.length != w * h) {
            mass = new float[w * h];
        }
        if (x.length < t.size()) {
            x = new double[t.size()];
            y = new double[t.size()];
        }
        ctx.project(t, x, y, null);
        int minX = w;
        int minY = h;
        int maxX = -1;
        int maxY = -1;
        for (int i = 0; i < t.size(); i++) {
            // pixel centres sit at integer + 0.5
            double fx = x[i] - 0.5;
            double fy = y[i] - 0.5;
            if (!(fx > -1 && fx < w && fy > -1 && fy < h)) {
                continue;
            }
            int ix = (int) Math.floor(fx);
            int iy = (int) Math.floor(fy);
            float ax = (float) (fx - ix);
            float ay = (float) (fy - iy);
            splat(ix, iy, (1 - ax) * (1 - ay), w, h);
            splat(ix + 1, iy, ax * (1 - ay), w, h);
            splat(ix, iy + 1, (1 - ax) * ay, w, h);
            splat(ix + 1, iy + 1, ax * ay, w, h);
            minX = Math.min(minX, Math.max(0, ix));
            minY = Math.min(minY, Math.max(0, iy));
            maxX = Math.max(maxX, Math.min(w - 1, ix + 1));
            maxY = Math.max(maxY, Math.min(h - 1, iy + 1));
        }
        Painter p = new Painter(fb);
        int grey = Palette.target(ctx.options().darkBackground());
        for (int yy = minY; yy <= maxY; yy++) {
            for (int xx = minX; xx <= maxX; xx++) {
                int i = yy * w + xx;
                float m = mass[i];
                if (m > 0) {
                    int q = (int) (m * LUT_STEP);
                    p.blend(i, grey, alphaLut[Math.min(LUT_SIZE - 1, q)]);
                    mass[i] = 0; // leave the scratch buffer clean for the next frame
                }
            }
        }
    }

    private void splat(int px, int py, float weight, int w, int h) {
        if (px >= 0 && px < w && py >= 0 && py < h) {
            mass[py * w + px] += weight;
        }
    }
}
