package org.flowexplorer.core.flow;

import java.util.SplittableRandom;
import org.flowexplorer.core.kernel.KernelSums;
import org.flowexplorer.core.math.GaussianKernelSums;
import org.flowexplorer.core.math.ParallelRunner;
import org.flowexplorer.core.math.PointSet;
import org.flowexplorer.core.math.RandomStreams.Purpose;

/**
 * MMD gradient flow (Arbel et al. 2019), algorithms.md §2–3, kernel width h = σ:
 * <pre>
 *   v(x) = (1/M) Σ_j k(x, y_j)(y_j − x)/σ² − (1/N) Σ_k k(x, x_k)(x_k − x)/σ²,
 *   k(a, b) = exp(−‖a − b‖²/(2σ²))
 * </pre>
 * minus the gradient of the witness {@code f(x) = (1/N)Σ k(x,x_k) − (1/M)Σ k(x,y_j)}. The same
 * two sums as SD flow, but not normalised by the kernel densities: far-away particles barely move.
 *
 * <p>Noise injection (Arbel et al.): in a step, particle i's velocity is evaluated at the probe
 * {@code x_i + β σ u_i}, u_i ~ N(0, I) from the stream (MMD_NOISE, step, i), and applied at x_i; the
 * repulsion sample stays the clean particles. The pointwise {@link #field} has no noise.
 */
public final class MmdFlow implements Flow {
    private final double beta;

    /** @param beta noise injection β ≥ 0 (0: none) */
    public MmdFlow(double beta) {
        this.beta = beta;
    }

    /** Without noise injection. */
    public MmdFlow() {
        this(0.0);
    }

    @Override
    public VelocityField field(PointSet sample, PointSet targets, double sigma, ParallelRunner runner) {
        return new Field(sample, targets, sigma);
    }

    @Override
    public void velocities(StepInput in, KernelSums sums, double[] out) {
        PointSet sample = in.sample();
        int d = sample.dim();
        double invSigma2 = 1.0 / (in.sigma() * in.sigma());
        double k = 0.5 * invSigma2;
        PointSet at = beta > 0 ? probes(in, d) : sample;
        double[] repulsion = in.buffers().array(StepBuffers.FIRST, out.length);
        sums.kernelSums(at, in.targets(), k, null, out, null);
        sums.kernelSums(at, sample, k, null, repulsion, null);
        double invM = 1.0 / in.targets().size();
        double invN = 1.0 / sample.size();
        for (int i = 0; i < out.length; i++) {
            out[i] = (out[i] * invM - repulsion[i] * invN) * invSigma2;
        }
    }

    /** The probe points x_i + βσu_i of this step. */
    private PointSet probes(StepInput in, int d) {
        double[] x = in.sample().coords();
        double[] probe = in.buffers().array(StepBuffers.PROBES, x.length);
        double scale = beta * in.sigma();
        for (int i = 0; i < in.sample().size(); i++) {
            SplittableRandom u = in.random().stream(Purpose.MMD_NOISE, in.step(), in.particle(i));
            for (int c = 0; c < d; c++) {
                probe[i * d + c] = x[i * d + c] + scale * u.nextGaussian();
            }
        }
        return PointSet.wrap(d, probe);
    }

    @Override
    public double noiseRho() {
        return 0.0;
    }

    private static final class Field implements VelocityField {
        private final PointSet sample;
        private final PointSet targets;
        private final double invSigma2;

        Field(PointSet sample, PointSet targets, double sigma) {
            this.sample = sample;
            this.targets = targets;
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
            double invTwoSigma2 = 0.5 * invSigma2;
            GaussianKernelSums.kernelSums(x, xOff, targets, invTwoSigma2, null, s.first, 0, null, 0);
            GaussianKernelSums.kernelSums(x, xOff, sample, invTwoSigma2, null, s.second, 0, null, 0);
            double invM = 1.0 / targets.size();
            double invN = 1.0 / sample.size();
            for (int c = 0; c < dim(); c++) {
                out[outOff + c] = (s.first[c] * invM - s.second[c] * invN) * invSigma2;
            }
        }
    }
}
