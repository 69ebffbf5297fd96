package org.flowexplorer.core.experiment.diffflow;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.flowexplorer.core.data.DatasetCatalog;
import org.flowexplorer.core.experiment.Experiment;
import org.flowexplorer.core.experiment.Progress;
import org.flowexplorer.core.experiment.RunOutcome;
import org.flowexplorer.core.experiment.RunPool;
import org.flowexplorer.core.experiment.Runs;
import org.flowexplorer.core.experiment.report.Report;
import org.flowexplorer.core.flow.FlowKind;
import org.flowexplorer.core.math.ParallelRunner;
import org.flowexplorer.core.math.PointSet;
import org.flowexplorer.core.metric.SlicedWasserstein;
import org.flowexplorer.core.schedule.NoiseSchedule;
import org.flowexplorer.core.sim.FlowParameters;
import org.flowexplorer.core.sim.RunConfig;
import org.flowexplorer.core.sim.SimulationFactory;

/**
 * DiffFlow's marginal-preserving family (algorithms.md §2): ρ = 0 (SD flow), 0.5 and 1 (Langevin
 * on p_σ) have the same marginals in continuous time with exact scores. With KDE proxies and
 * discrete steps they do not while σ is large: ρ = 0 drives q_σ to p_σ (q itself already sharp),
 * ρ = 1 drives q to p_σ (blurred). The experiment records sliced W2 to the targets over the whole
 * run for each ρ and seed (25 Gaussians, the §3 defaults: cosine σ 1 → 0.05, η = 0.5), so the
 * report can show the gap over time against the seed spread, not only the end.
 */
public final class DiffFlowMarginals implements Experiment<DiffFlowResult> {
    /** The three members of the family. */
    public static final double[] RHOS = {0.0, 0.5, 1.0};
    /** The dataset. */
    public static final String DATASET = "25gaussians";

    private final DiffFlowSettings settings;

    public DiffFlowMarginals(DiffFlowSettings settings) {
        this.settings = settings;
    }

    /** The §3 defaults with DiffFlow at ρ over the run's steps. */
    public static RunConfig config(DiffFlowSettings s, double rho, long seed) {
        FlowParameters p = FlowParameters.defaults(FlowKind.DIFFFLOW).withRho(rho).withSchedule(schedule(s.steps()));
        return new RunConfig(DATASET, "offset", s.particles(), s.particles(), seed, s.steps(), p);
    }

    /** Cosine σ 1 → 0.05 over the run (the §3 default schedule). */
    public static NoiseSchedule schedule(int steps) {
        NoiseSchedule d = NoiseSchedule.defaults();
        return new NoiseSchedule(d.kind(), d.sigmaMax(), d.sigmaMin(), steps);
    }

    @Override
    public DiffFlowResult run(Progress progress) {
        DiffFlowSettings s = settings;
        int jobs = RHOS.length * s.seeds();
        progress.start("DiffFlow marginals", (long) jobs * s.steps());
        int concurrent = Math.min(s.threads(), jobs);
        List<DiffFlowRun> runs = RunPool.map(RunPool.inOrder(jobs), concurrent, k -> {
            DiffFlowRun r = one(RHOS[k / s.seeds()], k % s.seeds(), Math.max(1, s.threads() / concurrent), progress);
            progress.note(String.format(Locale.ROOT, "rho %s seed %d: sliced W2 %.4f at step %d, %.4f at the end", r.rho(),
                    r.seed(), r.slicedW2()[r.slicedW2().length / 2], r.steps()[r.steps().length / 2],
                    r.slicedW2()[r.slicedW2().length - 1]));
            return r;
        });
        List<List<DiffFlowRun>> byRho = new ArrayList<>();
        for (int r = 0; r < RHOS.length; r++) {
            byRho.add(runs.subList(r * s.seeds(), (r + 1) * s.seeds()));
        }
        return new DiffFlowResult(s, byRho, DatasetCatalog.generate(DATASET, s.particles(), 0).points());
    }

    private DiffFlowRun one(double rho, long seed, int threads, Progress progress) {
        DiffFlowSettings s = settings;
        RunConfig c = config(s, rho, seed);
        PointSet targets = SimulationFactory.targets(c).points();
        List<Long> steps = new ArrayList<>();
        List<Double> sw = new ArrayList<>();
        PointSet[] mid = new PointSet[1];
        try (ParallelRunner runner = new ParallelRunner(threads)) {
            steps.add(0L);
            sw.add(SlicedWasserstein.compute(SimulationFactory.initialParticles(c, targets.dim()), targets, runner));
            RunOutcome o = Runs.toEnd(c, threads, snap -> {
                progress.advance(1);
                if (snap.step() % s.every() == 0 || snap.step() == s.steps()) {
                    steps.add(snap.step());
                    sw.add(SlicedWasserstein.compute(snap.positions(), targets, runner));
                }
                if (snap.step() == s.steps() / 2) {
                    mid[0] = snap.positions();
                }
            });
            return new DiffFlowRun(rho, seed, steps.stream().mapToLong(Long::longValue).toArray(),
                    sw.stream().mapToDouble(Double::doubleValue).toArray(), mid[0] == null ? o.positions() : mid[0],
                    o.positions());
        }
    }

    @Override
    public Report report(DiffFlowResult result) {
        return DiffFlowReport.of(result);
    }
}
