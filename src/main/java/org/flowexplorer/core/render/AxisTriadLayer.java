package org.flowexplorer.core.render;

import org.flowexplorer.core.render.paint.FrameBuffer;
import org.flowexplorer.core.render.paint.Palette;
import org.flowexplorer.core.render.paint.TextPainter;

/**
 * For 3D data, a small axis triad in the bottom-left corner: the x, y and z directions of the data
 * as the camera sees them ({@link Projection#rotate}), each a line labelled with its letter, drawn
 * far axis first. It turns with every orbit, so the orientation of a 3D shape can be read at a
 * glance; 2D frames get none. Colours: x vermillion, y bluish green, z blue (sky blue on dark).
 */
public final class AxisTriadLayer implements Layer {
    /** Arm length in pixels for a {@code w} × {@code h} frame: 1/16 of the shorter side, 16 to 64 px. */
    public static double armLength(int w, int h) {
        return Math.max(16, Math.min(64, Math.min(w, h) / 16.0));
    }

    @Override
    public void draw(RenderContext ctx) {
        if (!ctx.threeD()) {
            return;
        }
        FrameBuffer fb = ctx.buffer();
        boolean dark = ctx.options().darkBackground();
        double arm = armLength(fb.width(), fb.height());
        double ox = 1.5 * arm;
        double oy = fb.height() - 1.5 * arm;
        int[] colours = {Palette.categorical(5), Palette.categorical(2), dark ? Palette.categorical(1) : Palette.categorical(4)};
        String[] names = {"x", "y", "z"};
        double[][] tips = new double[3][];
        double[] rot = new double[3];
        for (int k = 0; k < 3; k++) {
            ctx.projection().rotate(k == 0 ? 1 : 0, k == 1 ? 1 : 0, k == 2 ? 1 : 0, rot);
            tips[k] = new double[] {rot[0], -rot[1], rot[2]};
        }
        Integer[] order = {0, 1, 2};
        java.util.Arrays.sort(order, (a, b) -> Double.compare(tips[a][2], tips[b][2])); // far (negative depth) first
        float size = (float) Math.max(10, 0.42 * arm);
        try (TextPainter t = new TextPainter(fb)) {
            t.panel(ox - 1.3 * arm, oy - 1.3 * arm, 2.6 * arm, 2.6 * arm, 0.3 * arm, Palette.background(dark), 0.55);
            for (int k : order) {
                double tx = ox + tips[k][0] * arm;
                double ty = oy + tips[k][1] * arm;
                t.line(ox, oy, tx, ty, Math.max(1.5, arm / 18), colours[k]);
                double lx = ox + tips[k][0] * (arm + 0.55 * size);
                double ly = oy + tips[k][1] * (arm + 0.55 * size);
                t.text(names[k], lx - 0.3 * size, ly + 0.35 * size, size, true, colours[k]);
            }
        }
    }
}
