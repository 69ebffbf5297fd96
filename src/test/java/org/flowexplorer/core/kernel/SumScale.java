package org.flowexplorer.core.kernel;

import org.flowexplorer.core.math.PointSet;

/**
 * The condition scale of a kernel sum at one point, written out independently of the engine: the
 * sum of the absolute values of its terms (Higham's measure for the accuracy of a sum). For a mean
 * offset {@code Σ w_j (y_j − x)} it is {@code Σ w_j ‖y_j − x‖} (softmax weights); for a kernel sum
 * {@code Σ k_j ‖y_j − x‖} and {@code Σ k_j ‖p_j‖}. Errors of the fast kernels are measured relative
 * to it: a sum whose terms cancel cannot be expected to be known better than this.
 */
final class SumScale {
    private SumScale() {
    }

    static double meanOffset(double[] x, int off, PointSet s, double k, int skip) {
        int d = s.dim();
        double max = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < s.size(); j++) {
            if (j != skip) {
                max = Math.max(max, -k * dist2(x, off, s, j));
            }
        }
        double w = 0;
        double l1 = 0;
        for (int j = 0; j < s.size(); j++) {
            if (j == skip) {
                continue;
            }
            double e = Math.exp(-k * dist2(x, off, s, j) - max);
            w += e;
            l1 += e * Math.sqrt(dist2(x, off, s, j));
        }
        return w == 0 ? 0 : l1 / w;
    }

    static double kernelOffsets(double[] x, int off, PointSet s, double k) {
        double l1 = 0;
        for (int j = 0; j < s.size(); j++) {
            double r2 = dist2(x, off, s, j);
            l1 += Math.exp(-k * r2) * Math.sqrt(r2);
        }
        return l1;
    }

    static double kernelPayload(double[] x, int off, PointSet s, double k, double[] payload) {
        int d = s.dim();
        double l1 = 0;
        for (int j = 0; j < s.size(); j++) {
            double p = 0;
            for (int c = 0; c < d; c++) {
                p += payload[j * d + c] * payload[j * d + c];
            }
            l1 += Math.exp(-k * dist2(x, off, s, j)) * Math.sqrt(p);
        }
        return l1;
    }

    static double dist2(double[] x, int off, PointSet s, int j) {
        double r = 0;
        for (int c = 0; c < s.dim(); c++) {
            double t = x[off + c] - s.get(j, c);
            r += t * t;
        }
        return r;
    }

    /** ‖a_i − b_i‖ for the d coordinates of point i. */
    static double diff(double[] a, double[] b, int i, int d) {
        double r = 0;
        for (int c = 0; c < d; c++) {
            double t = a[i * d + c] - b[i * d + c];
            r += t * t;
        }
        return Math.sqrt(r);
    }
}
