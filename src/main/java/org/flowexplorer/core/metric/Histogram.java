package org.flowexplorer.core.metric;

import java.util.Arrays;

/**
 * Equal-width histograms of distances (the SD-flow paper's Fig. 4 and the window's NN chart):
 * shared bin edges for two samples and the counts or densities of each.
 */
public final class Histogram {
    private Histogram() {
    }

    /** {@code bins + 1} edges from 0 to 1.02 × the larger 99.5th percentile of the two arrays (either may be null). */
    public static double[] edges(double[] a, double[] b, int bins) {
        double hi = 0;
        for (double[] arr : new double[][] {a, b}) {
            if (arr == null || arr.length == 0) {
                continue;
            }
            double[] s = arr.clone();
            Arrays.sort(s);
            hi = Math.max(hi, s[Math.min(s.length - 1, (int) Math.floor(0.995 * (s.length - 1)))]);
        }
        return edges(0, hi > 0 ? hi * 1.02 : 1, bins);
    }

    /** {@code bins + 1} equal-width edges from lo to hi. */
    public static double[] edges(double lo, double hi, int bins) {
        double[] e = new double[bins + 1];
        for (int k = 0; k <= bins; k++) {
            e[k] = lo + (hi - lo) * k / bins;
        }
        return e;
    }

    /**
     * Counts per bin of equal-width {@code edges}: value x goes to bin ⌊(x − e₀)/w⌋; values beyond
     * the last edge are counted in the last bin, values below the first are dropped.
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

    /** Density-normalised heights: counts / (n·w). */
    public static double[] density(double[] v, double[] edges) {
        double[] h = counts(v, edges);
        double w = edges[1] - edges[0];
        for (int k = 0; k < h.length; k++) {
            h[k] /= v.length * w;
        }
        return h;
    }
}
