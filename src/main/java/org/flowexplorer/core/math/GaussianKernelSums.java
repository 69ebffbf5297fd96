package org.flowexplorer.core.math;

/**
 * The numerical kernels every flow is built from: Gaussian-kernel weighted sums over a sample.
 *
 * <p>Squared distances are always computed from coordinate differences
 * {@code Σ_c (x_c − y_c)²}: the expanded form {@code ‖x‖² + ‖y‖² − 2x·y} loses all precision at
 * small σ and large coordinates (algorithms.md §1). Sums run in ascending index order, so a
 * result depends only on its inputs, never on threads.
 */
public final class GaussianKernelSums {
    /**
     * Softmax weights below {@code exp(-60)} ≈ 9e−27 of the largest one are skipped: they cannot
     * change a double sum of at most a few million terms and skipping them makes small σ cheap.
     */
    private static final double NEGLIGIBLE_LOG_WEIGHT = -60.0;

    private GaussianKernelSums() {
    }

    /** {@code ‖x − y_j‖²} from coordinate differences. */
    public static double squaredDistance(double[] x, int xOff, double[] y, int yOff, int d) {
        double s = 0.0;
        for (int c = 0; c < d; c++) {
            double t = x[xOff + c] - y[yOff + c];
            s += t * t;
        }
        return s;
    }

    /**
     * Kernel-weighted mean offset {@code m(x) − x = Σ_j w_j (y_j − x)} with softmax weights
     * <pre>
     *   a_j = −‖x − y_j‖² / (2σ²),   w_j = exp(a_j − max_l a_l) / Σ_l exp(a_l − max_l a_l)
     * </pre>
     * (log-sum-exp safe). Then {@code s(x) = (m(x) − x)/σ²} is the score of the Gaussian KDE.
     *
     * @param x       the evaluation point, not modified
     * @param sample  the sample {@code y_1..y_M}, not modified
     * @param invTwoSigma2 {@code 1/(2σ²)}
     * @param logw    workspace of length ≥ M, modified
     * @param out     receives the d coordinates of {@code m(x) − x} at {@code outOff}
     */
    public static void meanOffset(double[] x, int xOff, PointSet sample, double invTwoSigma2,
                                  double[] logw, double[] out, int outOff) {
        int m = sample.size();
        int d = sample.dim();
        double[] y = sample.coords();
        if (d == 2) {
            meanOffset2(x[xOff], x[xOff + 1], y, m, invTwoSigma2, logw, out, outOff);
            return;
        }
        double max = Double.NEGATIVE_INFINITY;
        for (int j = 0, yo = 0; j < m; j++, yo += d) {
            double a = -squaredDistance(x, xOff, y, yo, d) * invTwoSigma2;
            logw[j] = a;
            if (a > max) {
                max = a;
            }
        }
        for (int c = 0; c < d; c++) {
            out[outOff + c] = 0.0;
        }
        double total = 0.0;
        for (int j = 0, yo = 0; j < m; j++, yo += d) {
            double e = logw[j] - max;
            if (e < NEGLIGIBLE_LOG_WEIGHT) {
                continue;
            }
            double w = Math.exp(e);
            total += w;
            for (int c = 0; c < d; c++) {
                out[outOff + c] += w * (y[yo + c] - x[xOff + c]);
            }
        }
        for (int c = 0; c < d; c++) {
            out[outOff + c] /= total;
        }
    }

    /**
     * {@link #meanOffset} unrolled for d = 2 (the common case on screen); the same operations in the
     * same order, so results are bitwise equal to the general loop.
     */
    private static void meanOffset2(double x0, double x1, double[] y, int m, double invTwoSigma2,
                                    double[] logw, double[] out, int outOff) {
        double max = Double.NEGATIVE_INFINITY;
        for (int j = 0, yo = 0; j < m; j++, yo += 2) {
            double t0 = x0 - y[yo];
            double t1 = x1 - y[yo + 1];
            double a = -(0.0 + t0 * t0 + t1 * t1) * invTwoSigma2;
            logw[j] = a;
            max = a > max ? a : max;
        }
        double s0 = 0.0;
        double s1 = 0.0;
        double total = 0.0;
        for (int j = 0; j < m; j++) {
            double a = logw[j];
            if (a - max < NEGLIGIBLE_LOG_WEIGHT) {
                continue;
            }
            double w = Math.exp(a - max);
            total += w;
            s0 += w * (y[2 * j] - x0);
            s1 += w * (y[2 * j + 1] - x1);
        }
        out[outOff] = s0 / total;
        out[outOff + 1] = s1 / total;
    }

    /**
     * Unnormalised kernel sum {@code Σ_j k(x, y_j)(y_j − x)} with
     * {@code k(a,b) = exp(−‖a−b‖²/(2h²))}, as used by the MMD witness gradient. Kernel values
     * are at most 1, so no shift is needed; far-away terms underflow to 0 as they should.
     *
     * @param out receives the d coordinates at {@code outOff} (overwritten)
     */
    public static void kernelOffsetSum(double[] x, int xOff, PointSet sample, double invTwoH2,
                                       double[] out, int outOff) {
        int m = sample.size();
        int d = sample.dim();
        double[] y = sample.coords();
        for (int c = 0; c < d; c++) {
            out[outOff + c] = 0.0;
        }
        for (int j = 0, yo = 0; j < m; j++, yo += d) {
            double k = Math.exp(-squaredDistance(x, xOff, y, yo, d) * invTwoH2);
            if (k == 0.0) {
                continue;
            }
            for (int c = 0; c < d; c++) {
                out[outOff + c] += k * (y[yo + c] - x[xOff + c]);
            }
        }
    }
}
