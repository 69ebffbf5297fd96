package org.flowexplorer.core.render;

import org.flowexplorer.core.math.PointSet;
import org.flowexplorer.core.render.paint.FrameBuffer;
import org.flowexplorer.core.render.paint.Painter;
import org.flowexplorer.core.render.paint.Palette;

/**
 * The targets as a grey density that stays visible around the particles: each target spreads a
 * tent of mass {@code max(0, 1 − d/R)} over the pixels within {@code R = max(2, 1.8·r)} of it, with
 * r the particles' radius, so a target cloud is wider than the particle discs that settle on it.
 * A pixel of mass m is tinted with the theme's target grey at opacity
 * {@code MAX_ALPHA·(1 − e^(−GAIN·m))}: an isolated target is a soft dot, dense regions saturate
 * gently instead of turning solid. The grey has at least 3:1 contrast with either background.
 *
 * <p>The targets rarely move on screen while particles do, so the opacities of the last frame are
 * kept (pixel index and alpha of every tinted pixel) and blended again while the targets, camera,
 * frame size and radius are the same: a window with 10,000 targets then spends a blend per tinted
 * pixel per frame instead of 10,000 tents.
 */
public final class TargetLayer implements Layer {
    private static final double MAX_ALPHA = 0.62;
    private static final double GAIN = 1.6;
    /** Opacity by mass, tabulated (mass quantised to 1/64) so no exp is evaluated per pixel. */
    private static final int LUT_SIZE = 1024;
    private static final double LUT_STEP = 64.0;

    private final int[] alphaLut = new int[LUT_SIZE];
    private float[] mass = new float[0];
    private double[] x = new double[0];
    private double[] y = new double[0];
    /** The last frame's tinted pixels and their opacities, and what they were computed for. */
    private int[] tintedPixel = new int[0];
    private int[] tintedAlpha = new int[0];
    private int tinted;
    private PointSet keyTargets;
    private Camera keyCamera;
    private int keyWidth;
    private int keyHeight;
    private double keyRadius;

    public TargetLayer() {
        for (int i = 0; i < LUT_SIZE; i++) {
            alphaLut[i] = (int) Math.round(256 * MAX_ALPHA * (1 - StrictMath.exp(-GAIN * i / LUT_STEP)));
        }
    }

    /** The radius in pixels over which one target spreads, for particles of radius {@code pointRadius}. */
    public static double spread(double pointRadius) {
        return Math.max(2.5, 2.5 * pointRadius + 1.2);
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
        double r = spread(ctx.options().pointRadius());
        if (!(t == keyTargets && ctx.camera().equals(keyCamera) && w == keyWidth && h == keyHeight && r == keyRadius)) {
            tint(ctx, t, w, h, r);
            keyTargets = t;
            keyCamera = ctx.camera();
            keyWidth = w;
            keyHeight = h;
            keyRadius = r;
        }
        Painter p = new Painter(fb);
        int grey = Palette.target(ctx.options().darkBackground());
        for (int i = 0; i < tinted; i++) {
            p.blend(tintedPixel[i], grey, tintedAlpha[i]);
        }
    }

    /** Spreads every target's tent into the mass buffer and keeps the tinted pixels' opacities. */
    private void tint(RenderContext ctx, PointSet t, int w, int h, double r) {
        if (mass.length != w * h) {
            mass = new float[w * h];
        }
        if (x.length < t.size()) {
            x = new double[t.size()];
            y = new double[t.size()];
        }
        ctx.project(t, x, y, null);
        int reach = (int) Math.ceil(r);
        int minX = w;
        int minY = h;
        int maxX = -1;
        int maxY = -1;
        for (int i = 0; i < t.size(); i++) {
            double cx = x[i];
            double cy = y[i];
            if (!(cx > -r && cx < w + r && cy > -r && cy < h + r)) {
                continue; // off the frame, or NaN
            }
            int x0 = Math.max(0, (int) Math.floor(cx) - reach);
            int x1 = Math.min(w - 1, (int) Math.floor(cx) + reach);
            int y0 = Math.max(0, (int) Math.floor(cy) - reach);
            int y1 = Math.min(h - 1, (int) Math.floor(cy) + reach);
            for (int py = y0; py <= y1; py++) {
                double dy = py + 0.5 - cy;
                int row = py * w;
                for (int px = x0; px <= x1; px++) {
                    double dx = px + 0.5 - cx;
                    double tent = 1 - Math.sqrt(dx * dx + dy * dy) / r; // pixel centres at integer + 0.5
                    if (tent > 0) {
                        mass[row + px] += (float) tent;
                    }
                }
            }
            minX = Math.min(minX, x0);
            minY = Math.min(minY, y0);
            maxX = Math.max(maxX, x1);
            maxY = Math.max(maxY, y1);
        }
        tinted = 0;
        for (int yy = minY; yy <= maxY; yy++) {
            for (int xx = minX; xx <= maxX; xx++) {
                int i = yy * w + xx;
                float m = mass[i];
                if (m > 0) {
                    if (tinted == tintedPixel.length) {
                        tintedPixel = java.util.Arrays.copyOf(tintedPixel, Math.max(1024, 2 * tinted));
                        tintedAlpha = java.util.Arrays.copyOf(tintedAlpha, tintedPixel.length);
                    }
                    int q = (int) (m * LUT_STEP);
                    tintedPixel[tinted] = i;
                    tintedAlpha[tinted] = alphaLut[Math.min(LUT_SIZE - 1, q)];
                    tinted++;
                    mass[i] = 0; // leave the scratch buffer clean for the next computation
                }
            }
        }
    }
}
