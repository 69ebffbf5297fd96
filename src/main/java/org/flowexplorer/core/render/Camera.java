package org.flowexplorer.core.render;

import org.flowexplorer.core.math.PointSet;
import org.flowexplorer.core.sim.Snapshot;

/**
 * The camera: where it looks, how far it zooms and (3D) from which angle; an immutable value,
 * replaced on every pan, zoom or orbit.
 *
 * <p>A data point whose view-plane offset from the centre is (X, Y) lands on pixel
 * {@code (w/2 + X·scale, h/2 − Y·scale)} (y grows upwards in data space, downwards on screen).
 * For 2D data (X, Y) = (x − cx, y − cy) and the angles are ignored; for 3D data the offset is
 * rotated by {@link Projection} (yaw, then pitch) about the centre (cx, cy, cz). Pan and zoom move
 * the centre along the screen axes, so the 2D and 3D cases agree whenever yaw = pitch = 0. Keep
 * the angles at 0 for 2D data.
 *
 * @param cx    centre, first data coordinate
 * @param cy    centre, second data coordinate
 * @param scale pixels per data unit (&gt; 0)
 * @param yaw   rotation about the vertical axis, radians (3D only)
 * @param pitch rotation about the screen's horizontal axis, radians, within [−π/2, π/2] (3D only)
 * @param cz    centre, third data coordinate (3D only)
 */
public record Camera(double cx, double cy, double scale, double yaw, double pitch, double cz) {
    /** Fraction of the shorter frame side left empty on each side by {@link #fit}. */
    public static final double MARGIN = 0.06;
    /** Yaw of the oblique first look at 3D data (shared by the window and exports). */
    public static final double OBLIQUE_YAW = 0.3;
    /** Pitch of the oblique first look at 3D data: steep enough to show a Swiss roll's spiral. */
    public static final double OBLIQUE_PITCH = 1.35;
    /** The 3D first look shows at most this many times the targets' radius (see {@link #firstLook}). */
    public static final double FIRST_LOOK_3D_ROOM = 1.5;
    private static final double MIN_SCALE = 1e-9;
    private static final double MAX_SCALE = 1e12;

    public Camera {
        if (!Double.isFinite(cx) || !Double.isFinite(cy) || !Double.isFinite(cz)) {
            throw new IllegalArgumentException("view centre must be finite");
        }
        if (!(scale > 0) || !Double.isFinite(scale)) {
            throw new IllegalArgumentException("view scale must be positive and finite, got " + scale);
        }
        if (!Double.isFinite(yaw) || !Double.isFinite(pitch)) {
            throw new IllegalArgumentException("view angles must be finite");
        }
        pitch = Math.max(-Math.PI / 2, Math.min(Math.PI / 2, pitch));
    }

    /** A 2D view (or a 3D view centred at z = 0). */
    public Camera(double cx, double cy, double scale, double yaw, double pitch) {
        this(cx, cy, scale, yaw, pitch, 0);
    }

    /**
     * The view that shows every finite point with a margin: for 2D data the bounding box, for 3D
     * data the bounding sphere (whose projection is the same circle at every yaw and pitch, so
     * orbiting never clips the data). An empty or non-finite set gives a view of [−5, 5]².
     */
    public static Camera fit(PointSet points, int width, int height) {
        return fitAll(width, height, points);
    }

    /** {@link #fit} over the union of several point sets (e.g. targets and initial particles). */
    public static Camera fitAll(int width, int height, PointSet... sets) {
        Bounds b = new Bounds();
        for (PointSet s : sets) {
            if (s != null) {
                b.add(s);
            }
        }
        return b.view(width, height);
    }

    /**
     * The first look at a run, in a {@code w} × {@code h} frame whose top {@code band} pixels are
     * kept free (for the HUD; 0 for none). The window, compare mode and every export start here.
     * 2D data: fitted to the targets and the particles ({@link #fitAll}). 3D data: seen from
     * {@link #oblique()}, centred on the targets' bounding sphere and zoomed so that the shape fills
     * most of the frame ({@value #FIRST_LOOK_3D_ROOM}× its radius at most, enough for particles
     * starting nearby): the particles come to the shape, so the shape is what to look at.
     */
    public static Camera firstLook(Snapshot s, int w, int h, int band) {
        int b = Math.max(0, Math.min(band, h - 2));
        Camera c;
        if (s.positions().dim() >= 3) {
            Camera t = fitAll(w, h - b, s.targets().points());
            double room = Math.min(w, h - b) * (1 - 2 * MARGIN);
            double rt = room / (2 * t.scale);
            double reach = Math.max(rt, Math.min(FIRST_LOOK_3D_ROOM * rt, farthest(s.positions(), t)));
            c = new Camera(t.cx, t.cy, room / (2 * reach), 0, 0, t.cz).oblique();
        } else {
            c = fitAll(w, h - b, s.targets().points(), s.positions());
        }
        // the data was fitted to a frame b pixels shorter: move it down into the part below the band
        return b == 0 ? c : c.panned(0, b / 2.0);
    }

    /** Distance from the centre of {@code c} to the farthest finite point of {@code p} (first 3 coordinates). */
    private static double farthest(PointSet p, Camera c) {
        double[] mid = {c.cx, c.cy, c.cz};
        int d = p.dim();
        double[] x = p.coords();
        double best = 0;
        for (int i = 0; i < p.size(); i++) {
            double q = 0;
            for (int k = 0; k < Math.min(3, d); k++) {
                double e = x[i * d + k] - mid[k];
                q += e * e;
            }
            if (Double.isFinite(q)) {
                best = Math.max(best, q);
            }
        }
        return Math.sqrt(best);
    }

    /** This view turned to the oblique first look at 3D data ({@link #OBLIQUE_YAW}, {@link #OBLIQUE_PITCH}). */
    public Camera oblique() {
        return new Camera(cx, cy, scale, OBLIQUE_YAW, OBLIQUE_PITCH, cz);
    }

    /** The view moved so that the picture follows a mouse drag of (dx, dy) pixels. */
    public Camera panned(double dxPixels, double dyPixels) {
        return shiftedInViewPlane(-dxPixels / scale, dyPixels / scale);
    }

    /**
     * The view zoomed by {@code factor} (&gt; 1 zooms in) keeping the data point under pixel
     * (anchorPx, anchorPy) of a {@code w} × {@code h} frame where it is.
     */
    public Camera zoomed(double factor, double anchorPx, double anchorPy, int w, int h) {
        if (!(factor > 0) || !Double.isFinite(factor)) {
            return this;
        }
        double newScale = Math.max(MIN_SCALE, Math.min(MAX_SCALE, scale * factor));
        double f = newScale / scale;
        double bigX = (anchorPx - w / 2.0) / scale;
        double bigY = -(anchorPy - h / 2.0) / scale;
        double keep = 1 - 1 / f;
        Camera moved = shiftedInViewPlane(bigX * keep, bigY * keep);
        return new Camera(moved.cx, moved.cy, newScale, yaw, pitch, moved.cz);
    }

    /** The view orbited by the given angles (radians); the pitch is clamped to [−π/2, π/2]. */
    public Camera orbited(double dYaw, double dPitch) {
        double y = StrictMath.IEEEremainder(yaw + dYaw, 2 * Math.PI);
        return new Camera(cx, cy, scale, y, pitch + dPitch, cz);
    }

    /** The pixel {sx, sy} of the 2D data point (x, y). */
    public double[] toScreen(double x, double y, int w, int h) {
        return new double[] {w / 2.0 + (x - cx) * scale, h / 2.0 - (y - cy) * scale};
    }

    /** The pixel {sx, sy, depth} of the 3D data point (x, y, z) (see {@link Projection}). */
    public double[] toScreen(double x, double y, double z, int w, int h) {
        return new Projection(this, w, h).project(x, y, z, new double[3]);
    }

    /** The 2D data point {x, y} under pixel (px, py), for 2D views (angles ignored). */
    public double[] toData(double px, double py, int w, int h) {
        return new double[] {cx + (px - w / 2.0) / scale, cy - (py - h / 2.0) / scale};
    }

    /** The 3D data point {x, y, z} under pixel (px, py) on the view plane through the centre. */
    public double[] toData3(double px, double py, int w, int h) {
        double[] d = new Projection(this, w, h).unrotate((px - w / 2.0) / scale, -(py - h / 2.0) / scale, 0, new double[3]);
        return new double[] {cx + d[0], cy + d[1], cz + d[2]};
    }

    /** The camera for a {@code w} × {@code h} frame. */
    public Projection projection(int w, int h) {
        return new Projection(this, w, h);
    }

    private Camera shiftedInViewPlane(double bigX, double bigY) {
        double[] d = new Projection(this, 1, 1).unrotate(bigX, bigY, 0, new double[3]);
        return new Camera(cx + d[0], cy + d[1], scale, yaw, pitch, cz + d[2]);
    }

    /** Bounding box and sphere of finite points, accumulated over several sets. */
    private static final class Bounds {
        private final double[] lo = {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY};
        private final double[] hi = {Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY};
        private final java.util.List<PointSet> seen = new java.util.ArrayList<>();
        private int dim = 1;
        private long count;

        void add(PointSet s) {
            seen.add(s);
            dim = Math.max(dim, s.dim());
            int d = Math.min(3, s.dim());
            double[] c = s.coords();
            for (int i = 0; i < s.size(); i++) {
                if (!finite(c, i * s.dim(), d)) {
                    continue;
                }
                count++;
                for (int k = 0; k < d; k++) {
                    double v = c[i * s.dim() + k];
                    lo[k] = Math.min(lo[k], v);
                    hi[k] = Math.max(hi[k], v);
                }
            }
        }

        Camera view(int w, int h) {
            double usable = 1 - 2 * MARGIN;
            if (count == 0) {
                return new Camera(0, 0, Math.min(w, h) * usable / 10.0, 0, 0, 0);
            }
            double[] mid = new double[3];
            for (int k = 0; k < 3; k++) {
                mid[k] = lo[k] <= hi[k] ? 0.5 * (lo[k] + hi[k]) : 0;
            }
            if (dim >= 3) {
                double r = radius(mid);
                double size = r > 0 ? 2 * r : 1;
                return new Camera(mid[0], mid[1], Math.min(w, h) * usable / size, 0, 0, mid[2]);
            }
            double spanX = hi[0] - lo[0];
            double spanY = dim >= 2 ? hi[1] - lo[1] : 0;
            double sx = spanX > 0 ? w * usable / spanX : Double.POSITIVE_INFINITY;
            double sy = spanY > 0 ? h * usable / spanY : Double.POSITIVE_INFINITY;
            double s = Math.min(sx, sy);
            if (!Double.isFinite(s)) {
                s = Math.min(w, h) * usable; // a single point: one data unit across
            }
            return new Camera(mid[0], mid[1], Math.max(MIN_SCALE, Math.min(MAX_SCALE, s)), 0, 0, 0);
        }

        private double radius(double[] mid) {
            double r2 = 0;
            for (PointSet s : seen) {
                int d = Math.min(3, s.dim());
                double[] c = s.coords();
                for (int i = 0; i < s.size(); i++) {
                    if (!finite(c, i * s.dim(), d)) {
                        continue;
                    }
                    double q = 0;
                    for (int k = 0; k < d; k++) {
                        double e = c[i * s.dim() + k] - mid[k];
                        q += e * e;
                    }
                    r2 = Math.max(r2, q);
                }
            }
            return Math.sqrt(r2);
        }

        private static boolean finite(double[] c, int off, int d) {
            for (int k = 0; k < d; k++) {
                if (!Double.isFinite(c[off + k])) {
                    return false;
                }
            }
            return true;
        }
    }
}
