package org.flowexplorer.core.replay;

import java.util.Arrays;
import java.util.List;
import org.flowexplorer.core.math.PointSet;

/**
 * 16-bit fixed-point encoding of point coordinates, one range per coordinate axis over every
 * point set encoded with it: with {@code lo_c = min x_c}, {@code s_c = (max x_c − lo_c) / 65535},
 * <pre>
 *   q = round((x − lo_c) / s_c)  ∈ {0 … 65535}       (stored little-endian, 2 bytes)
 *   x' = lo_c + q · s_c                               (what the player decodes)
 *   |x' − x| ≤ s_c / 2                                (the stated quantisation error)
 * </pre>
 * An axis on which every value is equal gets {@code s_c = 0} and decodes exactly.
 */
public final class FixedPoint16 {
    /** Largest code: 2^16 − 1. */
    public static final int LEVELS = 65535;
    private final double[] lo;
    private final double[] scale;

    private FixedPoint16(double[] lo, double[] scale) {
        this.lo = lo;
        this.scale = scale;
    }

    /** The encoding whose ranges cover every coordinate of {@code sets} (all of dimension {@code dim}, finite). */
    public static FixedPoint16 covering(int dim, List<PointSet> sets) {
        double[] min = new double[dim];
        double[] max = new double[dim];
        Arrays.fill(min, Double.POSITIVE_INFINITY);
        Arrays.fill(max, Double.NEGATIVE_INFINITY);
        for (PointSet s : sets) {
            if (s.dim() != dim) {
                throw new IllegalArgumentException("dimension " + s.dim() + " differs from " + dim);
            }
            double[] c = s.coords();
            for (int i = 0; i < c.length; i++) {
                if (!Double.isFinite(c[i])) {
                    throw new IllegalArgumentException("cannot encode a non-finite coordinate");
                }
                min[i % dim] = Math.min(min[i % dim], c[i]);
                max[i % dim] = Math.max(max[i % dim], c[i]);
            }
        }
        double[] scale = new double[dim];
        for (int c = 0; c < dim; c++) {
            if (min[c] > max[c]) { // no points at all
                min[c] = 0;
                max[c] = 0;
            }
            scale[c] = (max[c] - min[c]) / LEVELS;
        }
        return new FixedPoint16(min, scale);
    }

    /** Lower end of each axis' range. */
    public double[] lo() {
        return lo.clone();
    }

    /** Size of one code step on each axis. */
    public double[] scale() {
        return scale.clone();
    }

    /** The largest error of a decoded coordinate: half the largest code step. */
    public double maxError() {
        double m = 0;
        for (double s : scale) {
            m = Math.max(m, s / 2);
        }
        return m;
    }

    /** Appends the codes of every coordinate of {@code points} to {@code out} at {@code offset}; returns the new offset. */
    public int encode(PointSet points, byte[] out, int offset) {
        double[] c = points.coords();
        int d = lo.length;
        int o = offset;
        for (int i = 0; i < c.length; i++) {
            int q = code(c[i], i % d);
            out[o++] = (byte) q;
            out[o++] = (byte) (q >>> 8);
        }
        return o;
    }

    /** The code of value {@code x} on axis {@code axis}. */
    int code(double x, int axis) {
        if (scale[axis] == 0) {
            return 0;
        }
        long q = Math.round((x - lo[axis]) / scale[axis]);
        return (int) Math.max(0, Math.min(LEVELS, q));
    }

    /** The value code {@code q} decodes to on axis {@code axis} (the player's formula). */
    public double decode(int q, int axis) {
        return lo[axis] + q * scale[axis];
    }
}
