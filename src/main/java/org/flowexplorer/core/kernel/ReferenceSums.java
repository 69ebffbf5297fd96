package org.flowexplorer.core.kernel;

import org.flowexplorer.core.math.GaussianKernelSums;
import org.flowexplorer.core.math.ParallelRunner;
import org.flowexplorer.core.math.PointSet;

/**
 * {@link KernelSums} on the scalar double reference {@link GaussianKernelSums}: every point on
 * its own, terms in ascending index order, {@code Math.exp}. What the {@code velocity} and
 * {@code metrics} commands use, and what the fast paths are tested against.
 */
public final class ReferenceSums implements KernelSums {
    private final ParallelRunner runner;

    public ReferenceSums(ParallelRunner runner) {
        this.runner = runner;
    }

    @Override
    public void meanOffsets(PointSet eval, PointSet sample, double k, boolean excludeSelf, double[] out) {
        if (excludeSelf && eval != sample) {
            throw new IllegalArgumentException("leaving a point out needs the sample itself as evaluation points");
        }
        int d = eval.dim();
        double[] x = eval.coords();
        runner.forRange(eval.size(), (from, to) -> {
            double[] logw = new double[Math.max(1, sample.size())];
            for (int i = from; i < to; i++) {
                GaussianKernelSums.meanOffset(x, i * d, sample, k, excludeSelf ? i : -1, logw, out, i * d);
            }
        });
    }

    @Override
    public void kernelSums(PointSet eval, PointSet sample, double k, double[] payload, double[] offsets,
                           double[] payloadSums) {
        int d = eval.dim();
        double[] x = eval.coords();
        runner.forRange(eval.size(), (from, to) -> {
            for (int i = from; i < to; i++) {
                GaussianKernelSums.kernelSums(x, i * d, sample, k, payload, offsets, i * d, payloadSums, i * d);
            }
        });
    }

    @Override
    public String describe() {
        return "reference scalar-double";
    }
}
