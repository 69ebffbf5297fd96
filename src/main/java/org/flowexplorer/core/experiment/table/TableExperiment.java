package org.flowexplorer.core.experiment.table;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.flowexplorer.core.data.Dataset;
import org.flowexplorer.core.data.DatasetCatalog;
import org.flowexplorer.core.experiment.Experiment;
import org.flowexplorer.core.experiment.Progress;
import org.flowexplorer.core.experiment.RunOutcome;
import org.flowexplorer.core.experiment.RunPool;
import org.flowexplorer.core.experiment.Runs;
import org.flowexplorer.core.experiment.report.Report;
import org.flowexplorer.core.flow.FlowKind;
import org.flowexplorer.core.sim.RunConfig;

/**
 * The SD-flow paper's convergence tables (25 and 30 Gaussians): every {@link PaperCondition} is
 * run with several seeds from the offset base distribution and judged by a
 * {@link ConvergenceCriterion} whose occupancy threshold is measured for the run's N, M and K.
 * Runs are independent jobs on {@code threads} threads (one kernel thread each; results do not
 * depend on the thread count).
 */
public final class TableExperiment implements Experiment<TableResult> {
    private final TableSettings settings;

    public TableExperiment(TableSettings settings) {
        this.settings = settings;
    }

    /** The configuration of one run. */
    public static RunConfig config(TableSettings s, PaperCondition c, long seed) {
        return new RunConfig(s.dataset(), "offset", s.particles(), s.particles(), seed, s.steps(), c.params(s.steps()));
    }

    @Override
    public TableResult run(Progress progress) {
        long start = System.nanoTime();
        TableSettings s = settings;
        Dataset targets0 = DatasetCatalog.generate(s.dataset(), s.particles(), 0);
        if (targets0.mixture() == null) {
            throw new IllegalArgumentException("dataset: " + s.dataset() + " is not a mixture; the tables need modes");
        }
        int modes = targets0.mixture().modes();
        ConvergenceCriterion criterion = ConvergenceCriterion.of(s.particles(), s.particles(), modes);
        int jobs = s.conditions().size() * s.seeds();
        Integer[] order = new Integer[jobs];
        for (int k = 0; k < jobs; k++) {
            order[k] = k;
        }
        // longest first, so that the last runs to finish are short ones
        java.util.Arrays.sort(order, Comparator.comparingDouble(k -> -cost(s.conditions().get(k / s.seeds()))));
        int[] orderInts = java.util.Arrays.stream(order).mapToInt(Integer::intValue).toArray();
        int concurrent = Math.min(s.threads(), jobs);
        int kernelThreads = Math.max(1, s.threads() / concurrent);
        progress.start(s.dataset() + " table", (long) jobs * s.steps());
        RunCache cache = new RunCache(s.cache());
        java.util.concurrent.atomic.AtomicInteger kept = new java.util.concurrent.atomic.AtomicInteger();
        List<RunOutcome> outcomes = RunPool.map(orderInts, concurrent, k -> {
            PaperCondition c = s.conditions().get(k / s.seeds());
            long seed = k % s.seeds();
            RunOutcome r = cache.load(s, c, seed, config(s, c, seed), kernelThreads);
            if (r == null) {
                r = Runs.toEnd(config(s, c, seed), kernelThreads, snap -> progress.advance(1));
                cache.store(s, c, seed, r);
                progress.advance(s.steps() - r.steps());
            } else {
                kept.incrementAndGet();
                progress.advance(s.steps());
            }
            List<String> fail = criterion.failures(r);
            progress.note(String.format(Locale.ROOT, "%s, seed %d: %d/%d modes, in-mode %.3f, TV %.3f, outliers %.3f, "
                    + "MMD² %.3g, sliced W2 %.3f -> %s (%.1f s)", c.label(), seed, r.modesCovered(), modes,
                    r.inModeFraction(), r.occupancyTv(), r.outlierFraction(), r.mmd2(), r.slicedW2(),
                    fail.isEmpty() ? "converged" : String.join(", ", fail), r.seconds()));
            return r;
        });
        List<TableRow> rows = new ArrayList<>();
        for (int c = 0; c < s.conditions().size(); c++) {
            PaperCondition pc = s.conditions().get(c);
            rows.add(new TableRow(pc, outcomes.subList(c * s.seeds(), (c + 1) * s.seeds()), criterion,
                    PaperFigure.of(s.dataset(), pc)));
        }
        return new TableResult(s, rows, criterion, targets0, (System.nanoTime() - start) / 1e9, kept.get());
    }

    /** Relative cost of a run: moving particles × (targets + sample) per step, SVGD's extra pass. */
    static double cost(PaperCondition c) {
        double movers = c.batchedParticles() ? PaperCondition.BATCH : 1000;
        double targets = c.subsampledTargets() ? PaperCondition.BATCH : 1000;
        return movers * (targets + movers) * (c.flow() == FlowKind.SVGD ? 1.5 : 1.0);
    }

    @Override
    public Report report(TableResult result) {
        return TableReport.of(result);
    }
}
