package org.flowexplorer.core.sim;

import java.util.ArrayList;
import java.util.List;
import org.flowexplorer.core.data.Dataset;
import org.flowexplorer.core.math.ParallelRunner;
import org.flowexplorer.core.metric.MetricsCalculator;
import org.flowexplorer.core.metric.ModeCoverage;

/**
 * Runs a configuration to its step count without a window, recording metrics every
 * {@code metricsEvery} steps (and always at step 0 and the last step; above 20,000 particles or
 * targets MMD² on strided subsets, see {@link MetricsCalculator#forRun}). Used by the CLI's
 * {@code run} and by the paper reproductions.
 */
public final class HeadlessRun {
    /** Called after every step (for progress bars and frame export). */
    @FunctionalInterface
    public interface StepListener {
        void afterStep(Snapshot snapshot);

        /** Called once with the initial state (step 0) before the first step; does nothing by default. */
        default void atStart(Snapshot initial) {
        }
    }

    /**
     * The outcome of a run.
     *
     * @param last    the final snapshot (the last good state if the run paused)
     * @param metrics the recorded metrics rows
     */
    public record Result(Snapshot last, List<MetricsRow> metrics) {
        /** True if the run stopped early on a rejected step. */
        public boolean paused() {
            return last.paused();
        }
    }

    private final int threads;
    private final int metricsEvery;

    /**
     * @param threads      kernel threads
     * @param metricsEvery record metrics every this many steps (≥ 1)
     */
    public HeadlessRun(int threads, int metricsEvery) {
        if (metricsEvery < 1) {
            throw new IllegalArgumentException("metrics-every must be at least 1, got " + metricsEvery);
        }
        this.threads = threads;
        this.metricsEvery = metricsEvery;
    }

    public Result run(RunConfig config, StepListener listener) {
        try (Simulation sim = SimulationFactory.create(config, threads);
             ParallelRunner metricThreads = new ParallelRunner(threads)) {
            Dataset data = sim.dataset();
            MetricsCalculator metrics = MetricsCalculator.forRun(data.points(), data.mixture(), metricThreads);
            List<MetricsRow> rows = new ArrayList<>();
            rows.add(row(metrics, sim.latest().get(), null));
            listener.atStart(sim.latest().get());
            Snapshot last = StepLoop.advance(sim, config, config.steps(), snap -> {
                listener.afterStep(snap);
                if (snap.step() % metricsEvery == 0 || snap.step() == config.steps()) {
                    rows.add(row(metrics, snap, snap.msPerStep()));
                }
            });
            if (last.paused() && rows.get(rows.size() - 1).step() != last.step()) {
                rows.add(row(metrics, last, null));
            }
            return new Result(last, rows);
        }
    }

    /** The metrics row of one snapshot. */
    public static MetricsRow row(MetricsCalculator metrics, Snapshot snap, Double ms) {
        Integer covered = null;
        Double inMode = null;
        if (metrics.mixture() != null) {
            ModeCoverage c = metrics.modeCoverage(snap.positions());
            covered = c.modesCovered();
            inMode = c.inModeFraction();
        }
        return new MetricsRow(snap.step(), snap.sigma(), metrics.mmd2(snap.positions()),
                metrics.slicedW2(snap.positions()), covered, inMode, ms);
    }
}
