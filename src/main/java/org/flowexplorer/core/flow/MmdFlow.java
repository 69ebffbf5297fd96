package org.flowexplorer.core.flow;

import org.flowexplorer.core.math.GaussianKernelSums;
import org.flowexplorer.core.math.ParallelRunner;
import org.flowexplorer.core.math.PointSet;

/**
 * MMD gradient flow (Arbel et al. 2019), ALGORITHMS.md §2, kernel width h = σ:
 * <pre>
 *   v(x) = (1/M) Σ_j k(x, y_j)(y_j − x)/σ² − (1/N) Σ_k k(x, x_k)(x_k − x)/σ²,
 *   k(a, b) = exp(−‖a − b‖²/(2σ²))
 * </pre>
 * minus the gradient of the witness {@code f(x) = (1/N)Σ k(x,x_k) − (1/M)Σ k(x,y_j)}. The same
 * two sums as SD flow, but not normalised by the kernel densities: far-away particles barely move.
 * Noise injection (evaluating at x + βσu) is applied by the step, not here.
 */
public final class MmdFlow implements Flow {
    @Override
    public VelocityField field(PointSet sample, PointSet targets, double sigma, ParallelRunner runner) {
        return new Field(targets, sample, sigma);
    }

    @Override
    public double noiseRho() {
        return 0.0;
    }

    private static final class Field implements VelocityField {
        private final PointSet targets;
        private final PointSet sample;
        private final double invSigma2;

        Field(PointSet targets, PointSet sample, double sigma) {
            this.targets = targets;
            this.sample = sample;
            this.invSigma2 = 1.0 / (sigma * sigma);
        }

        @Override
        public int dim() {
            return targets.dim();
        }

        @Override
        public FieldScratch newScratch() {
            return new FieldScratch(1, dim());
        }

        @Override
        public void evaluate(double[] x, int xOff, double[] out, int outOff, FieldScratch s) {
            double half = 0.5 * invSigma2;
            GaussianKernelSums.kernelOffsetSum(x, xOff, targets, half, s.first, 0);
            GaussianKernelSums.kernelOffsetSum(x, xOff, sample, half, s.second, 0);
            double invM = 1.0 / targets.size();
            double invN = 1.0 / sample.size();
            for (int c = 0; c < dim(); c++) {
                out[outOff + c] = (s.first[c] * invM - s.second[c] * invN) * invSigma2;
            }
        }
    }
}
