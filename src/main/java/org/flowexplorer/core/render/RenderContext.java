package org.flowexplorer.core.render;

import java.util.Arrays;
import org.flowexplorer.core.math.PointSet;
import org.flowexplorer.core.render.paint.FrameBuffer;

/**
 * The state shared by the layers of one frame: the input, view, options and target buffer, plus
 * the particles' screen positions, depths, colours and back-to-front draw order, computed once per
 * frame by the {@link Rasterizer}. Scratch arrays are reused between frames, so a context (and its
 * rasterizer) belongs to one thread.
 */
public final class RenderContext {
    private FrameInput input;
    private Camera camera;
    private RenderOptions options;
    private FrameBuffer buffer;
    private Projection projection;
    private boolean threeD;
    private double depthRadius;

    /** Particle screen x, y, depth (data units, + towards the viewer) and colour; length ≥ n. */
    double[] sx = new double[0];
    double[] sy = new double[0];
    double[] depth = new double[0];
    int[] color = new int[0];
    /** Particle indices back to front (3D) or in index order (2D). */
    int[] order = new int[0];
    int n;

    RenderContext() {
    }

    void reset(FrameInput in, Camera v, RenderOptions o, FrameBuffer fb) {
        this.input = in;
        this.camera = v;
        this.options = o;
        this.buffer = fb;
        this.projection = v.projection(fb.width(), fb.height());
        PointSet pos = in.snapshot().positions();
        this.threeD = pos.dim() >= 3;
        // depth is normalised by the half-extent of the frame in data units
        this.depthRadius = Math.min(fb.width(), fb.height()) / (2 * v.scale());
        this.n = pos.size();
        if (sx.length < n) {
            sx = new double[n];
            sy = new double[n];
            depth = new double[n];
            color = new int[n];
            order = new int[n];
        }
    }

    public FrameInput input() {
        return input;
    }

    public Camera camera() {
        return camera;
    }

    public RenderOptions options() {
        return options;
    }

    public FrameBuffer buffer() {
        return buffer;
    }

    /** The camera of this frame. */
    public Projection projection() {
        return projection;
    }

    /** True when the data has three or more dimensions (the first three are shown, rotated). */
    public boolean threeD() {
        return threeD;
    }

    /**
     * Projects every point of {@code ps} into {@code x}, {@code y} (pixels) and, if not null,
     * {@code z} (depth); 1D data lies on y = 0, 2D data ignores the view angles.
     */
    void project(PointSet ps, double[] x, double[] y, double[] z) {
        int d = ps.dim();
        double[] c = ps.coords();
        double[] out = new double[3];
        double halfW = buffer.width() / 2.0;
        double halfH = buffer.height() / 2.0;
        double s = camera.scale();
        for (int i = 0; i < ps.size(); i++) {
            int o = i * d;
            if (d >= 3) {
                projection.project(c[o], c[o + 1], c[o + 2], out);
                x[i] = out[0];
                y[i] = out[1];
                if (z != null) {
                    z[i] = out[2];
                }
            } else {
                x[i] = halfW + (c[o] - camera.cx()) * s;
                y[i] = halfH - ((d == 2 ? c[o + 1] : 0) - camera.cy()) * s;
                if (z != null) {
                    z[i] = 0;
                }
            }
        }
    }

    /** Nearness of a depth in [0, 1]: 0 far, 1 near, 0.5 at the centre plane (and always in 2D). */
    double nearness(double z) {
        if (!threeD || !(depthRadius > 0)) {
            return 0.5;
        }
        double t = 0.5 + 0.5 * z / depthRadius;
        return t < 0 ? 0 : t > 1 ? 1 : t;
    }

    /** Sorts {@link #order} back to front by depth (ties by index), or index order in 2D. */
    void sortByDepth() {
        if (!threeD) {
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            return;
        }
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            float f = Double.isNaN(depth[i]) ? Float.NEGATIVE_INFINITY : (float) depth[i];
            int bits = Float.floatToIntBits(f);
            int sortable = bits ^ ((bits >> 31) & 0x7FFFFFFF); // order-preserving for signed floats
            keys[i] = ((long) sortable << 32) | i;
        }
        Arrays.sort(keys);
        for (int i = 0; i < n; i++) {
            order[i] = (int) keys[i];
        }
    }
}
