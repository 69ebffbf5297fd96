package org.flowexplorer.core.experiment;

import java.util.function.Consumer;
import org.flowexplorer.core.data.Dataset;
import org.flowexplorer.core.math.ParallelRunner;
import org.flowexplorer.core.math.PointSet;
import org.flowexplorer.core.metric.MetricsCalculator;
import org.flowexplorer.core.metric.ModeBalance;
import org.flowexplorer.core.metric.ModeCoverage;
import org.flowexplorer.core.sim.RunConfig;
import org.flowexplorer.core.sim.Simulation;
import org.flowexplorer.core.sim.SimulationFactory;
import org.flowexplorer.core.sim.Snapshot;
import org.flowexplorer.core.sim.StepLoop;

/**
 * The one entry point through which every experiment runs a simulation: {@link #toEnd} steps it
 * until its step count or the first rejected step, calling a listener after each step, and
 * measures the final state. The steps are taken by the one step loop, {@link StepLoop}, which
 * also applies a configuration's recorded changes.
 */
public final class Runs {
    private Runs() {
    }

    /** Runs {@code config} to its end with {@code threads} kernel threads. */
    public static RunOutcome toEnd(RunConfig config, int threads, Consumer<Snapshot> afterStep) {
        try (Simulation sim = SimulationFactory.create(config, threads)) {
            long start = System.nanoTime();
            Snapshot last = StepLoop.advance(sim, config, config.steps(), afterStep::accept);
            return measure(sim.dataset(), last.positions(), last.step(), last.pauseReason(),
                    (System.nanoTime() - start) / 1e9, sim.threads());
        }
    }

    /**
     * The snapshot after {@code steps} steps of {@code config}, its recorded changes included
     * (earlier if a step is rejected).
     */
    public static Snapshot advance(RunConfig config, long steps, int threads) {
        try (Simulation sim = SimulationFactory.create(config, threads)) {
            return StepLoop.advance(sim, config, steps, s -> { });
        }
    }

    /** Steps {@code sim} up to {@code steps} times and measures the result. */
    public static RunOutcome toEnd(Simulation sim, long steps, Consumer<Snapshot> afterStep) {
        long start = System.nanoTime();
        Snapshot last = StepLoop.advance(sim, steps, afterStep::accept);
        double seconds = (System.nanoTime() - start) / 1e9;
        return measure(sim.dataset(), last.positions(), last.step(), last.pauseReason(), seconds, sim.threads());
    }

    /** The outcome of a run that ended at {@code x} against {@code data} (metrics computed here). */
    public static RunOutcome measure(Dataset data, PointSet x, long steps, String pauseReason, double seconds,
                                     int threads) {
        try (ParallelRunner runner = new ParallelRunner(threads)) {
            MetricsCalculator m = new MetricsCalculator(data.points(), data.mixture(), runner);
            if (data.mixture() == null) {
                return new RunOutcome(x, steps, m.mmd2(x), m.slicedW2(x), -1, Double.NaN, Double.NaN, Double.NaN,
                        pauseReason, seconds);
            }
            ModeCoverage c = m.modeCoverage(x);
            ModeBalance b = ModeBalance.compute(x, data.points(), data.mixture(), runner);
            return new RunOutcome(x, steps, m.mmd2(x), m.slicedW2(x), c.modesCovered(), c.inModeFraction(),
                    b.occupancyTv(), b.outlierFraction(), pauseReason, seconds);
        }
    }
}
