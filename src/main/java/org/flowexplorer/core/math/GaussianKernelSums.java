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
     * (log-sum-exp safe). Then {@code s(x) = (m(x) − x)/σ²} is the score of the Gaussian KDE. With
     * {@code skip ≥ 0} the sum leaves out point {@code skip} (q_self = exclude, algorithms.md §1); if
     * no point is left the offset is 0.
     *
     * @param x            the evaluation point, not modified
     * @param sample       the sample {@code y_1..y_M}, not modified
     * @param invTwoSigma2 {@code 1/(2σ²)}
     * @param skip         index of a sample point to leave out, or −1
     * @param logw         workspace of length ≥ M, modified
     * @param out          receives the d coordinates of {@code m(x) − x} at {@code outOff}
     */
    public static void meanOffset(double[] x, int xOff, PointSet sample, double invTwoSigma2, int skip,
                                  double[] logw, double[] out, int outOff) {
        int m = sample.size();
        int d = sample.dim();
        double[] y = sample.coords();
        double max = Double.NEGATIVE_INFINITY;
        for (int j = 0, yo = 0; j < m; j++, yo += d) {
            double a = j == skip ? Double.NEGATIVE_INFINITY : -squaredDistance(x, xOff, y, yo, d) * invTwoSigma2;
            logw[j] = a;
            if (a > max) {
                max = a;
            }
        }
        for (int c = 0; c < d; c++) {
            out[outOff + c] = 0.0;
        }
        if (max == Double.NEGATIVE_INFINITY && (m == 0 || (m == 1 && skip == 0))) {
            return;
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
     * Unnormalised kernel sums with {@code k(a,b) = exp(−‖a−b‖²/(2h²))}, as used by the MMD
     * witness gradient and by SVGD:
     * <pre>
     *   O(x) = Σ_j k(x, y_j)(y_j − x),     P(x) = Σ_j k(x, y_j) p_j
     * </pre>
     * Kernel values are at most 1, so no shift is needed; far-away terms underflow to 0 as they should.
     *
     * @param payload d values per sample point (row-major, like the sample), or null for no P
     * @param out     receives O at {@code outOff} (overwritten)
     * @param outP    receives P at {@code outPOff} (overwritten) when the payload is given
     */
    public static void kernelSums(double[] x, int xOff, PointSet sample, double invTwoH2, double[] payload,
                                  double[] out, int outOff, double[] outP, int outPOff) {
        int m = sample.size();
        int d = sample.dim();
        double[] y = sample.coords();
        for (int c = 0; c < d; c++) {
            out[outOff + c] = 0.0;
            if (payload != null) {
                outP[outPOff + c] = 0.0;
            }
        }
        for (int j = 0, yo = 0; j < m; j++, yo += d) {
            double k = Math.exp(-squaredDistance(x, xOff, y, yo, d) * invTwoH2);
            if (k == 0.0) {
                continue;
            }
            for (int c = 0; c < d; c++) {
                out[outOff + c] += k * (y[yo + c] - x[xOff + c]);
            }
            if (payload != null) {
                for (int c = 0; c < d; c++) {
                    outP[outPOff + c] += k * payload[yo + c];
                }
            }
        }
    }
}
