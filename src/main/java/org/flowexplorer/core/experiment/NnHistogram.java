package org.flowexplorer.core.experiment;

import java.util.Locale;
import org.flowexplorer.core.metric.NearestNeighbours;

/**
 * The SD-flow paper's Fig. 4: distances from generated points (blue) and from target points (red)
 * to their nearest other target point, as overlaid histograms with a shared set of bins.
 */
public final class NnHistogram {
    private NnHistogram() {
    }

    /** CSV with one row per distance: set (generated or target), distance. */
    public static String csv(NearestNeighbours nn) {
        StringBuilder sb = new StringBuilder("set,distance\n");
        for (double v : nn.particleToTarget()) {
            sb.append("generated,").append(v).append('\n');
        }
        if (nn.targetToTarget() != null) {
            for (double v : nn.targetToTarget()) {
                sb.append("target,").append(v).append('\n');
            }
        }
        return sb.toString();
    }

    /** Bin edges covering both arrays up to their 99.5th percentile (either may be null). */
    public static double[] edges(double[] a, double[] b, int bins) {
        double hi = 0;
        for (double[] arr : new double[][] {a, b}) {
            if (arr == null || arr.length == 0) {
                continue;
            }
            double[] s = arr.clone();
            java.util.Arrays.sort(s);
            hi = Math.max(hi, s[Math.min(s.length - 1, (int) Math.floor(0.995 * (s.length - 1)))]);
        }
        if (!(hi > 0)) {
            hi = 1;
        }
        double[] e = new double[bins + 1];
        for (int k = 0; k <= bins; k++) {
            e[k] = hi * 1.02 * k / bins;
        }
        return e;
    }

    /**
     * Counts per bin of equal-width {@code edges}: value x goes to bin ⌊(x − e₀)/w⌋; values beyond
     * the last edge are counted in the last bin (so the counts sum to the number of values ≥ e₀).
     */
    public static double[] counts(double[] v, double[] edges) {
        int bins = edges.length - 1;
        double[] h = new double[bins];
        double w = edges[1] - edges[0];
        for (double x : v) {
            int k = (int) Math.floor((x - edges[0]) / w);
            if (k >= 0 && k < bins) {
                h[k]++;
            } else if (k >= bins) {
                h[bins - 1]++;
            }
        }
        return h;
    }

    /** Density-normalised histogram heights: counts / (n·w). */
    static double[] density(double[] v, double[] edges) {
        double[] h = counts(v, edges);
        double w = edges[1] - edges[0];
        for (int k = 0; k < h.length; k++) {
            h[k] /= v.length * w;
        }
        return h;
    }

    /** The overlaid histograms. */
    public static Raster plot(NearestNeighbours nn, String title) {
        Raster img = new Raster(640, 450);
        double[] a = nn.particleToTarget();
        double[] b = nn.targetToTarget();
        double[] e = edges(a, b, 40);
        double[] ha = density(a, e);
        double[] hb = b == null ? new double[ha.length] : density(b, e);
        double top = 0;
        for (int k = 0; k < ha.length; k++) {
            top = Math.max(top, Math.max(ha[k], hb[k]));
        }
        Panel p = new Panel(img, 60, 80, 540, 320, 0, e[e.length - 1], 0, top * 1.08);
        p.bars(e, hb, Raster.withAlpha(Raster.TARGET, 0.45));
        p.bars(e, ha, Raster.withAlpha(Raster.PARTICLE, 0.45));
        p.frame(null, true);
        img.boldText(10, 20, title, Raster.BLACK, 14);
        img.text(10, 40, String.format(Locale.ROOT, "blue: generated → nearest target (mean %.4g, median %.4g)\n"
                        + "red: target → nearest other target (mean %s, median %s)", nn.particleToTargetMean(),
                nn.particleToTargetMedian(), fmt(nn.targetToTargetMean()), fmt(nn.targetToTargetMedian())),
                Raster.BLACK, 11);
        img.text(300, 435, "distance to nearest neighbour in the target set (density)", Raster.GREY, 11);
        return img;
    }

    private static String fmt(Double v) {
        return v == null ? "n/a" : String.format(Locale.ROOT, "%.4g", v);
    }
}
