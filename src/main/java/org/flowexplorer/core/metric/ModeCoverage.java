package org.flowexplorer.core.metric;

import org.flowexplorer.core.data.Mixture;
import org.flowexplorer.core.math.ParallelRunner;
import org.flowexplorer.core.math.PointSet;

/**
 * Mode coverage of a Gaussian mixture (algorithms.md §6). Each particle belongs to its nearest
 * mean (the lowest index on a tie) and is <em>in mode</em> if
 * <pre>
 *   ‖x_i − μ_nearest‖ ≤ 3·std.
 * </pre>
 * A mode is <em>covered</em> if it holds at least ⌈0.1·N/K⌉ in-mode particles (K modes). The
 * threshold is computed in exact integer arithmetic, ⌈N/(10K)⌉ = (N + 10K − 1) / (10K), so the
 * count is exact by construction. (An exhaustive check over K ≤ 200, N ≤ 200 000 found no case
 * where {@code Math.ceil(0.1 * N / K)} differs, but the integer form needs no such argument.)
 *
 * @param modesCovered   the number of covered modes, 0..K
 * @param inModeFraction the fraction of particles that are in mode, in [0, 1]
 */
public record ModeCoverage(int modesCovered, double inModeFraction) {

    /** Mode coverage of {@code particles} with respect to the mixture's means and std. */
    public static ModeCoverage compute(PointSet particles, Mixture mixture, ParallelRunner runner) {
        PointSet means = mixture.means();
        MmdSquared.checkCompatible(particles, means);
        int n = particles.size();
        int kModes = means.size();
        double radius = 3.0 * mixture.std();
        int[] modeOf = new int[n];             // nearest mean of an in-mode particle, else −1
        double[] distance = new double[n];
        NearestMean.assign(particles, means, runner, modeOf, distance);
        for (int i = 0; i < n; i++) {
            if (distance[i] > radius) {
                modeOf[i] = -1;
            }
        }
        int[] counts = new int[kModes];
        int inMode = 0;
        for (int i = 0; i < n; i++) {
            if (modeOf[i] >= 0) {
                counts[modeOf[i]]++;
                inMode++;
            }
        }
        long threshold = coverageThreshold(n, kModes);
        int covered = 0;
        for (int c : counts) {
            if (c >= threshold) {
                covered++;
            }
        }
        return new ModeCoverage(covered, (double) inMode / n);
    }

    /** ⌈0.1·N/K⌉ = ⌈N/(10K)⌉ in exact integer arithmetic. */
    public static long coverageThreshold(int n, int modes) {
        if (n < 0 || modes < 1) {
            throw new IllegalArgumentException("need N ≥ 0 and K ≥ 1, got N=" + n + ", K=" + modes);
        }
        long den = 10L * modes;
        return (n + den - 1) / den;
    }
}
