package org.flowexplorer.core.flow;

import org.flowexplorer.core.math.GaussianKernelSums;
import org.flowexplorer.core.math.ParallelRunner;
import org.flowexplorer.core.math.PointSet;
import org.flowexplorer.core.math.Selection;

/**
 * Stein variational gradient descent (Liu &amp; Wang 2016), ALGORITHMS.md §2:
 * <pre>
 *   φ(x) = (1/N) Σ_k k_h(x_k, x) [ s_p(x_k) + (x − x_k)/h² ],   k_h(a,b) = exp(−‖a−b‖²/(2h²))
 *   h² = 0.5 · med / ln(N + 1)      (median heuristic; h² = σ² if N = 1 or med = 0)
 * </pre>
 * where {@code med} is the median of ‖x_i − x_k‖² over the N(N−1)/2 pairs i &lt; k and s_p is the
 * KDE score of the targets at the current σ. The first term drives particles up the target
 * density, the second repels them from each other. SVGD's field is not a gradient (non-zero curl).
 */
public final class SvgdFlow implements Flow {
    @Override
    public VelocityField field(PointSet sample, PointSet targets, double sigma, ParallelRunner runner) {
        int n = sample.size();
        int d = sample.dim();
        double[] scores = new double[n * d];
        double invSigma2 = 1.0 / (sigma * sigma);
        double invTwoSigma2 = 0.5 * invSigma2;
        double[] x = sample.coords();
        runner.forRange(n, (from, to) -> {
            double[] logw = new double[targets.size()];
            for (int i = from; i < to; i++) {
                GaussianKernelSums.meanOffset(x, i * d, targets, invTwoSigma2, logw, scores, i * d);
                for (int c = 0; c < d; c++) {
                    scores[i * d + c] *= invSigma2;
                }
            }
        });
        return new Field(sample, scores, bandwidthSquared(sample, sigma, runner));
    }

    @Override
    public double noiseRho() {
        return 0.0;
    }

    /** h² by the median heuristic over the pairs i &lt; k (σ² if N = 1 or the median is 0). */
    public static double bandwidthSquared(PointSet sample, double sigma, ParallelRunner runner) {
        int n = sample.size();
        if (n < 2) {
            return sigma * sigma;
        }
        int d = sample.dim();
        double[] x = sample.coords();
        long pairs = (long) n * (n - 1) / 2;
        if (pairs > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("too many particles for the SVGD median heuristic: " + n);
        }
        double[] dist = new double[(int) pairs];
        runner.forRange(n, (from, to) -> {
            for (int i = from; i < to; i++) {
                // pairs (i, k) with k > i start at offset i*n − i(i+1)/2
                int base = (int) ((long) i * n - (long) i * (i + 1) / 2);
                for (int k = i + 1; k < n; k++) {
                    dist[base + k - i - 1] = GaussianKernelSums.squaredDistance(x, i * d, x, k * d, d);
                }
            }
        });
        double med = Selection.median(dist, dist.length);
        if (med == 0.0) {
            return sigma * sigma;
        }
        return 0.5 * med / Math.log(n + 1.0);
    }

    private static final class Field implements VelocityField {
        private final PointSet sample;
        private final double[] scores;
        private final double h2;

        Field(PointSet sample, double[] scores, double h2) {
            this.sample = sample;
            this.scores = scores;
            this.h2 = h2;
        }

        @Override
        public int dim() {
            return sample.dim();
        }

        @Override
        public FieldScratch newScratch() {
            return new FieldScratch(1, dim());
        }

        @Override
        public void evaluate(double[] x, int xOff, double[] out, int outOff, FieldScratch s) {
            int d = dim();
            int n = sample.size();
            double[] xs = sample.coords();
            double invTwoH2 = 0.5 / h2;
            double invH2 = 1.0 / h2;
            double[] acc = s.first;
            java.util.Arrays.fill(acc, 0.0);
            for (int k = 0, ko = 0; k < n; k++, ko += d) {
                double kern = Math.exp(-GaussianKernelSums.squaredDistance(x, xOff, xs, ko, d) * invTwoH2);
                if (kern == 0.0) {
                    continue;
                }
                for (int c = 0; c < d; c++) {
                    acc[c] += kern * (scores[ko + c] + (x[xOff + c] - xs[ko + c]) * invH2);
                }
            }
            for (int c = 0; c < d; c++) {
                out[outOff + c] = acc[c] / n;
            }
        }
    }
}
