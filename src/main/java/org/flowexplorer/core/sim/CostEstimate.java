package org.flowexplorer.core.sim;

import java.util.SplittableRandom;
import org.flowexplorer.core.flow.FlowKind;
import org.flowexplorer.core.kernel.DenseSums;
import org.flowexplorer.core.kernel.GridSums;
import org.flowexplorer.core.kernel.KernelMode;
import org.flowexplorer.core.kernel.KernelStatus;
import org.flowexplorer.core.math.ParallelRunner;
import org.flowexplorer.core.math.PointSet;

/**
 * What a step will cost before a simulation is built, so that the window can say "about x ms per
 * step" (and whether grid mode will be on) before a reset with a large N instead of freezing.
 *
 * <p>Model (cost in one thread's CPU time, divided by the threads):
 * <pre>
 *   exact:  pairs(flow, N, M) · t_pair · s_d · f_flow        pairs = N·M + N² (Langevin: N·M)
 *   grid:   (N + M) · t_point + 20,000 · 600 · t_pair         binning/interpolation + the cell sums
 * </pre>
 * t_pair is measured by {@link #calibrate} (dense sums over 4096 × 4096 points with nothing
 * skipped; about 0.25 s); before that, 0.5 ns (the float vector kernel on the development machine,
 * AVX-512). s_d = 1 for d = 2, 1.3 for d = 3, 8 for d &gt; 3 (scalar kernel). f_flow = 1.3 for SVGD
 * (payload, pair median), else 1. The exact figure {@link Estimate#msPerStep()} assumes the
 * benchmark's measured share of pairs in reach (about half: whole leaves beyond e^−60 are
 * skipped); {@link Estimate#worstMsPerStep()} assumes none is skipped (a wide σ). t_point = 200 t_pair
 * (measured: 33 s of CPU for a 1000-step annealed grid run at N = M = 100,000).
 */
public final class CostEstimate {
    /** Share of pairs the dense kernels visit in the benchmark states (σ = 0.2 to 0.05). */
    public static final double TYPICAL_VISITED = 0.5;
    private static final double DEFAULT_PAIR_NS = 0.5;
    private final double pairNs;

    /**
     * One estimate.
     *
     * @param msPerStep      typical wall time of a step
     * @param worstMsPerStep the same when σ is so wide that nothing is skipped
     * @param kernel         exact or grid mode and its expected error
     */
    public record Estimate(double msPerStep, double worstMsPerStep, KernelStatus kernel) {
        /** Steps per second at the typical cost. */
        public double stepsPerSecond() {
            return 1000.0 / msPerStep;
        }
    }

    /** @param pairNs one thread's time per particle pair of the dense kernels, in nanoseconds */
    public CostEstimate(double pairNs) {
        if (!(pairNs > 0)) {
            throw new IllegalArgumentException("time per pair must be positive, got " + pairNs);
        }
        this.pairNs = pairNs;
    }

    /** The estimate before any calibration (the development machine's pair rate). */
    public static CostEstimate uncalibrated() {
        return new CostEstimate(DEFAULT_PAIR_NS);
    }

    /** Measures this machine's pair rate with the kernels the simulation will use (about 0.25 s). */
    public static CostEstimate calibrate() {
        return calibrate(4096, 6);
    }

    /** {@link #calibrate()} on n points, best of {@code reps}. */
    static CostEstimate calibrate(int n, int reps) {
        SplittableRandom rng = new SplittableRandom(1);
        double[] c = new double[2 * n];
        double[] t = new double[2 * n];
        for (int i = 0; i < c.length; i++) {
            c[i] = rng.nextGaussian();
            t[i] = rng.nextGaussian();
        }
        // two different sets, as particles against targets: a set against itself would go by the
        // pair sums, about 1.5 times faster per pair, and underestimate the particle–target sums
        PointSet pts = PointSet.wrap(2, c);
        PointSet targets = PointSet.wrap(2, t);
        double[] out = new double[2 * n];
        double best = Double.POSITIVE_INFINITY;
        try (ParallelRunner one = new ParallelRunner(1)) {
            DenseSums sums = DenseSums.detect(one);
            for (int r = 0; r < reps; r++) {
                long t0 = System.nanoTime();
                sums.meanOffsets(pts, targets, 0.02, false, out);   // σ = 5: every pair in reach
                best = Math.min(best, (System.nanoTime() - t0) / ((double) n * n));
            }
        }
        return new CostEstimate(best);
    }

    /** One thread's time per pair, in nanoseconds. */
    public double pairNanos() {
        return pairNs;
    }

    /** The cost of one step of {@code flow} with N particles, M targets in dimension d. */
    public Estimate estimate(FlowKind flow, int n, int m, int d, KernelMode mode, int threads) {
        double dim = d == 2 ? 1.0 : d == 3 ? 1.3 : 8.0;
        double flowFactor = flow == FlowKind.SVGD ? 1.3 : 1.0;
        if (mode.usesGrid(n, m, d)) {
            double cpuNs = (n + m) * 200 * pairNs + 20_000.0 * 600 * pairNs;
            double ms = cpuNs * dim * flowFactor / threads / 1e6;
            return new Estimate(ms, ms, new KernelStatus(true, "grid", GridSums.PRIOR_ERROR));
        }
        double worst = StepBenchmark.pairs(flow, n, m) * pairNs * dim * flowFactor / threads / 1e6;
        return new Estimate(worst * TYPICAL_VISITED, worst, KernelStatus.exact("dense"));
    }
}
