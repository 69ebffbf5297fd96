package org.flowexplorer.core.render;

import org.flowexplorer.core.data.Mixture;
import org.flowexplorer.core.math.PointSet;
import org.flowexplorer.core.math.Selection;
import org.flowexplorer.core.render.paint.Palette;
import org.flowexplorer.core.sim.Snapshot;

/** Computes each particle's base colour for a {@link ColorMode}. */
final class ParticleColors {
    /** Speeds are normalised by this quantile, so one runaway particle does not darken the rest. */
    private static final double SPEED_QUANTILE = 0.95;

    private ParticleColors() {
    }

    static void fill(RenderContext ctx) {
        Snapshot s = ctx.input().snapshot();
        boolean dark = ctx.options().darkBackground();
        int n = ctx.n;
        int[] out = ctx.color;
        int uniform = ctx.options().uniformColor();
        switch (ctx.options().colorMode()) {
            case SPEED -> {
                if (!bySpeed(s.velocities(), n, out)) {
                    java.util.Arrays.fill(out, 0, n, uniform);
                }
            }
            case NEAREST_MODE -> {
                Mixture m = s.targets().mixture();
                if (m == null || m.means().dim() != s.positions().dim()) {
                    java.util.Arrays.fill(out, 0, n, uniform);
                } else {
                    byNearestMode(s.positions(), m.means(), dark, out);
                }
            }
            case PARTICLE_INDEX -> {
                for (int i = 0; i < n; i++) {
                    out[i] = Palette.viridis(n == 1 ? 0 : i / (double) (n - 1));
                }
            }
            default -> java.util.Arrays.fill(out, 0, n, uniform);
        }
    }

    /** Index of the mean nearest to each particle (squared distance over all coordinates, ties to the lower index). */
    static int nearestMode(double[] c, int off, PointSet means) {
        int d = means.dim();
        double[] mc = means.coords();
        int best = 0;
        double bestD = Double.POSITIVE_INFINITY;
        for (int k = 0; k < means.size(); k++) {
            double q = 0;
            for (int j = 0; j < d; j++) {
                double e = c[off + j] - mc[k * d + j];
                q += e * e;
            }
            if (q < bestD) {
                bestD = q;
                best = k;
            }
        }
        return best;
    }

    private static void byNearestMode(PointSet pos, PointSet means, boolean dark, int[] out) {
        int d = pos.dim();
        double[] c = pos.coords();
        for (int i = 0; i < pos.size(); i++) {
            out[i] = Palette.categorical(nearestMode(c, i * d, means), dark);
        }
    }

    private static boolean bySpeed(PointSet v, int n, int[] out) {
        if (v == null || v.size() != n || n == 0) {
            return false;
        }
        int d = v.dim();
        double[] c = v.coords();
        double[] speed = new double[n];
        double[] finite = new double[n];
        int m = 0;
        for (int i = 0; i < n; i++) {
            double q = 0;
            for (int j = 0; j < d; j++) {
                q += c[i * d + j] * c[i * d + j];
            }
            speed[i] = Math.sqrt(q);
            if (Double.isFinite(speed[i])) {
                finite[m++] = speed[i];
            }
        }
        double ref = m == 0 ? 0 : Selection.select(finite, m, (int) Math.round(SPEED_QUANTILE * (m - 1)));
        for (int i = 0; i < n; i++) {
            out[i] = Palette.viridis(ref > 0 ? speed[i] / ref : 0);
        }
        return true;
    }
}
