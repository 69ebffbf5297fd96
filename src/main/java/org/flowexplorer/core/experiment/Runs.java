package org.flowexplorer.core.experiment;

import java.util.function.Consumer;
import org.flowexplorer.core.data.Dataset;
import org.flowexplorer.core.math.ParallelRunner;
import org.flowexplorer.core.math.PointSet;
import org.flowexplorer.core.metric.MetricsCalculator;
import org.flowexplorer.core.metric.ModeCoverage;
import org.flowexplorer.core.sim.RunConfig;
import org.flowexplorer.core.sim.Simulation;
import org.flowexplorer.core.sim.SimulationFactory;
import org.flowexplorer.core.sim.Snapshot;
import org.flowexplorer.core.sim.StepLoop;

/** Runs a simulation to its end and measures the final state (metrics only at the end). */
public final class Runs {
    private Runs() {
    }

    /** Runs {@code config} with {@code threads} kernel threads. */
    public static RunOutcome run(RunConfig config, int threads) {
        return run(config, threads, s -> { });
    }

    /** Runs {@code config}, calling {@code afterStep} after every step. */
    public static RunOutcome run(RunConfig config, int threads, Consumer<Snapshot> afterStep) {
        try (Simulation sim = SimulationFactory.create(config, threads)) {
            return finish(sim, config.steps(), threads, afterStep);
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
    public static RunOutcome finish(Simulation sim, int steps, int threads, Consumer<Snapshot> afterStep) {
        long start = System.nanoTime();
        Snapshot last = StepLoop.advance(sim, steps, afterStep::accept);
        double seconds = (System.nanoTime() - start) / 1e9;
        Dataset data = sim.dataset();
        try (ParallelRunner runner = new ParallelRunner(threads)) {
            MetricsCalculator m = new MetricsCalculator(data.points(), data.mixture(), runner);
            PointSet x = last.positions();
            ModeCoverage c = m.modeCoverage(x);
            return new RunOutcome(x, last.step(), m.mmd2(x), m.slicedW2(x), c == null ? -1 : c.modesCovered(),
                    c == null ? Double.NaN : c.inModeFraction(), last.pauseReason(), seconds);
        }
    }
}
