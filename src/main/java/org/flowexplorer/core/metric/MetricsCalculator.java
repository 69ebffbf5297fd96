package org.flowexplorer.core.metric;

import org.flowexplorer.core.data.Mixture;
import org.flowexplorer.core.math.ParallelRunner;
import org.flowexplorer.core.math.PointSet;
import org.flowexplorer.core.math.VectorField;

/**
 * Entry point for the metrics of algorithms.md §6. An instance is bound to one target set (and
 * its mixture, if any) and precomputes what depends on the targets only — the MMD² target self
 * term {@code mean_{j,l} k(y_j, y_l)} and the sorted target projections of sliced W2 — so that a
 * simulation can evaluate the cheap metrics (MMD², sliced W2, mode coverage) every few steps
 * without repeating that work. The static {@code compute} methods are for one-off reports.
 *
 * <p>Immutable and thread safe; the runner is borrowed, not owned (never closed here). Every
 * result is bitwise identical for any thread count of the runner.
 */
public final class MetricsCalculator {
    /** The most particles or targets the MMD² of a {@link #forRun} calculator looks at. */
    public static final int RUN_MMD_POINTS = StridedMmd.MAX_POINTS;
    private final PointSet targets;
    private final Mixture mixture;
    private final ParallelRunner runner;
    private final MmdTargetTerm mmdTargetTerm;
    private final StridedMmd stridedMmd;
    private final SortedProjections targetProjections;

    /**
     * @param targets       the targets y_1..y_M (at least one)
     * @param mixtureOrNull the mixture the targets were drawn from, or null (no mode metrics)
     * @param runner        threads for the kernel sums
     */
    public MetricsCalculator(PointSet targets, Mixture mixtureOrNull, ParallelRunner runner) {
        this(targets, mixtureOrNull, runner, false);
    }

    /**
     * A calculator for the metrics a run records every few steps: as the constructor, except that
     * MMD² over more than 2·10⁷ particle pairs is summed by the fast dense kernels (within 1e−6
     * relative of each term), and with more than 20,000 particles or targets on evenly strided
     * subsets of 20,000 ({@link StridedMmd}), because the exact O((N + M)²) sums would cost far more
     * than the steps. Sliced W2 and the mode metrics always use every point.
     */
    public static MetricsCalculator forRun(PointSet targets, Mixture mixtureOrNull, ParallelRunner runner) {
        return new MetricsCalculator(targets, mixtureOrNull, runner, true);
    }

    private MetricsCalculator(PointSet targets, Mixture mixtureOrNull, ParallelRunner runner, boolean thinLarge) {
        if (targets == null || runner == null) {
            throw new IllegalArgumentException("targets and runner are required");
        }
        if (mixtureOrNull != null && mixtureOrNull.means().dim() != targets.dim()) {
            throw new IllegalArgumentException("mixture means have dimension " + mixtureOrNull.means().dim()
                    + " but targets have dimension " + targets.dim());
        }
        this.targets = targets;
        this.mixture = mixtureOrNull;
        this.runner = runner;
        this.stridedMmd = thinLarge ? new StridedMmd(targets, runner) : null;
        this.mmdTargetTerm = thinLarge && targets.size() > StridedMmd.MAX_POINTS ? null
                : MmdTargetTerm.of(targets, runner);
        this.targetProjections = SortedProjections.of(targets, runner);
    }

    /** All metrics except the field diagnostics. */
    public static MetricsReport compute(PointSet particles, PointSet targets, Mixture mixtureOrNull,
                                        ParallelRunner runner) {
        return new MetricsCalculator(targets, mixtureOrNull, runner).report(particles);
    }

    /**
     * All metrics including relative curl and circulation of {@code field} (built with this
     * particle set and these targets held fixed) at noise level {@code sigma}. Requires d ≥ 2.
     */
    public static MetricsReport compute(PointSet particles, PointSet targets, Mixture mixtureOrNull,
                                        VectorField field, double sigma, ParallelRunner runner) {
        return new MetricsCalculator(targets, mixtureOrNull, runner).report(particles, field, sigma);
    }

    /** All metrics except the field diagnostics. */
    public MetricsReport report(PointSet particles) {
        ModeCoverage modes = modeCoverage(particles);
        NearestNeighbours nn = nearestNeighbours(particles);
        MomentErrors moments = momentErrors(particles);
        return new MetricsReport(mmd2(particles), slicedW2(particles),
                modes == null ? null : modes.modesCovered(),
                modes == null ? null : modes.inModeFraction(),
                nn.particleToTargetMean(), nn.particleToTargetMedian(),
                nn.targetToTargetMean(), nn.targetToTargetMedian(),
                moments.meanError(), moments.covError(), null);
    }

    /** All metrics including the field diagnostics of {@code field} at noise level σ. */
    public MetricsReport report(PointSet particles, VectorField field, double sigma) {
        return report(particles).withFieldDiagnostics(fieldDiagnostics(particles, field, sigma));
    }

    /** MMD² against the targets, reusing the cached target self term (see {@link #forRun}). */
    public double mmd2(PointSet particles) {
        if (stridedMmd != null && StridedMmd.needed(particles.size(), targets.size())) {
            return stridedMmd.compute(particles);
        }
        return MmdSquared.compute(particles, mmdTargetTerm, runner);
    }

    /** How many of {@code n} particles {@link #mmd2} looks at (fewer only for a {@link #forRun} calculator). */
    public int mmdParticles(int n) {
        return stridedMmd != null && StridedMmd.needed(n, targets.size()) ? Math.min(n, StridedMmd.MAX_POINTS) : n;
    }

    /** Sliced W2 against the targets, reusing the cached sorted target projections. */
    public double slicedW2(PointSet particles) {
        MmdSquared.checkCompatible(particles, targets);
        return SlicedWasserstein.compute(particles, targetProjections, runner);
    }

    /** Mode coverage, or null when there is no mixture. */
    public ModeCoverage modeCoverage(PointSet particles) {
        return mixture == null ? null : ModeCoverage.compute(particles, mixture, runner);
    }

    /** Nearest-neighbour distances (raw arrays and their statistics). */
    public NearestNeighbours nearestNeighbours(PointSet particles) {
        return NearestNeighbours.compute(particles, targets, runner);
    }

    /** Mean and covariance errors. */
    public MomentErrors momentErrors(PointSet particles) {
        return MomentErrors.compute(particles, targets);
    }

    /** Relative curl and circulation of {@code field} probed at the first particles. */
    public FieldDiagnostics fieldDiagnostics(PointSet particles, VectorField field, double sigma) {
        return FieldDiagnostics.compute(particles, field, sigma, runner);
    }

    public PointSet targets() {
        return targets;
    }

    /** The mixture, or null. */
    public Mixture mixture() {
        return mixture;
    }
}
