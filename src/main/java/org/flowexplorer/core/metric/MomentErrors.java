package org.flowexplorer.core.metric;

import org.flowexplorer.core.math.PointSet;

/**
 * Errors of the first two moments (algorithms.md §6):
 * <pre>
 *   mean_error = ‖mean(x) − mean(y)‖
 *   cov_error  = ‖cov(x) − cov(y)‖_F,   cov(x) = (1/(N−1)) Σ_i (x_i − x̄)(x_i − x̄)ᵀ  (unbiased)
 * </pre>
 * Covariances use the two-pass form (centre first), which stays accurate for data far from the
 * origin. {@code covError} is null if N &lt; 2 or M &lt; 2. Sums run in ascending index order.
 *
 * @param meanError ‖mean(x) − mean(y)‖
 * @param covError  ‖cov(x) − cov(y)‖_F, or null if N or M &lt; 2
 */
public record MomentErrors(double meanError, Double covError) {

    /** Moment errors of particles x against targets y. */
    public static MomentErrors compute(PointSet particles, PointSet targets) {
        MmdSquared.checkCompatible(particles, targets);
        int d = particles.dim();
        double[] mx = mean(particles);
        double[] my = mean(targets);
        double s = 0.0;
        for (int c = 0; c < d; c++) {
            double t = mx[c] - my[c];
            s += t * t;
        }
        double meanError = Math.sqrt(s);
        if (particles.size() < 2 || targets.size() < 2) {
            return new MomentErrors(meanError, null);
        }
        double[] cx = covariance(particles, mx);
        double[] cy = covariance(targets, my);
        double f = 0.0;
        for (int e = 0; e < d * d; e++) {
            double t = cx[e] - cy[e];
            f += t * t;
        }
        return new MomentErrors(meanError, Math.sqrt(f));
    }

    /** The sample mean, one coordinate per entry. */
    static double[] mean(PointSet p) {
        int n = p.size();
        int d = p.dim();
        double[] x = p.coords();
        double[] m = new double[d];
        for (int i = 0, off = 0; i < n; i++, off += d) {
            for (int c = 0; c < d; c++) {
                m[c] += x[off + c];
            }
        }
        for (int c = 0; c < d; c++) {
            m[c] /= n;
        }
        return m;
    }

    /** The unbiased covariance as a row-major d×d array (n ≥ 2). */
    static double[] covariance(PointSet p, double[] mean) {
        int n = p.size();
        int d = p.dim();
        double[] x = p.coords();
        double[] cov = new double[d * d];
        double[] centred = new double[d];
        for (int i = 0, off = 0; i < n; i++, off += d) {
            for (int c = 0; c < d; c++) {
                centred[c] = x[off + c] - mean[c];
            }
            for (int a = 0; a < d; a++) {
                for (int b = a; b < d; b++) {
                    cov[a * d + b] += centred[a] * centred[b];
                }
            }
        }
        for (int a = 0; a < d; a++) {
            for (int b = a; b < d; b++) {
                double v = cov[a * d + b] / (n - 1);
                cov[a * d + b] = v;
                cov[b * d + a] = v;
            }
        }
        return cov;
    }
}
