package org.flowexplorer.core.experiment.curl;

import java.util.List;
import java.util.Locale;
import org.flowexplorer.core.experiment.Experiment;
import org.flowexplorer.core.experiment.Progress;
import org.flowexplorer.core.experiment.RunOutcome;
import org.flowexplorer.core.experiment.RunPool;
import org.flowexplorer.core.experiment.Runs;
import org.flowexplorer.core.experiment.Stats;
import org.flowexplorer.core.experiment.report.Report;
import org.flowexplorer.core.flow.FlowKind;
import org.flowexplorer.core.flow.FlowSpec;
import org.flowexplorer.core.math.ParallelRunner;
import org.flowexplorer.core.metric.FieldDiagnostics;
import org.flowexplorer.core.schedule.NoiseSchedule;
import org.flowexplorer.core.schedule.ScheduleKind;
import org.flowexplorer.core.sim.FlowParameters;
import org.flowexplorer.core.sim.MeasuredField;
import org.flowexplorer.core.sim.RunConfig;
import org.flowexplorer.core.sim.SimulationFactory;

/**
 * The WGF paper's point made tangible (algorithms.md §2, curl term): Langevin on 25 Gaussians
 * (linear σ 1 → 0.05) once with κ = 0 and once with κ ≠ 0, same targets and start per seed. The
 * curled drift is not a gradient field (relative curl of its final field well above 0) yet its
 * final MMD² lies within the seed-to-seed noise of κ = 0: noise = standard error of the difference
 * of the two means, sqrt(sd₀²/n + sd_κ²/n); within noise = |mean_κ − mean₀| ≤ {@value #Z} × noise.
 */
public final class CurlLangevinExperiment implements Experiment<CurlLangevinExperiment.Result> {
    /** Multiple of the noise level that still counts as agreement. */
    public static final double Z = 3.0;

    /** One run: its outcome and the field diagnostics of its final field. */
    public record Run(double kappa, long seed, RunOutcome outcome, FieldDiagnostics diagnostics) {
    }

    /** Both arms, index = seed. */
    public record Result(CurlLangevinSettings settings, List<Run> plain, List<Run> curled) {
        public static double[] mmd2(List<Run> runs) {
            return runs.stream().mapToDouble(r -> r.outcome().mmd2()).toArray();
        }

        public static double[] curl(List<Run> runs) {
            return runs.stream().mapToDouble(r -> r.diagnostics().relativeCurl()).toArray();
        }

        public double noise() {
            return Stats.seDiff(mmd2(plain), mmd2(curled));
        }

        public double difference() {
            return Stats.mean(mmd2(curled)) - Stats.mean(mmd2(plain));
        }

        public boolean withinNoise() {
            return Math.abs(difference()) <= Z * noise();
        }
    }

    private final CurlLangevinSettings settings;

    public CurlLangevinExperiment(CurlLangevinSettings settings) {
        this.settings = settings;
    }

    public static RunConfig config(CurlLangevinSettings s, double kappa, long seed) {
        FlowParameters p = FlowParameters.defaults(FlowKind.LANGEVIN).withEta(s.eta()).withCurl(kappa)
                .withSchedule(new NoiseSchedule(ScheduleKind.LINEAR, 1.0, 0.05, s.steps()));
        return new RunConfig("25gaussians", "offset", s.particles(), s.particles(), seed, s.steps(), p);
    }

    @Override
    public Result run(Progress progress) {
        CurlLangevinSettings s = settings;
        int jobs = 2 * s.seeds();
        int concurrent = Math.min(s.threads(), jobs);
        progress.start("Langevin with curl", (long) jobs * s.steps());
        List<Run> runs = RunPool.map(RunPool.inOrder(jobs), concurrent,
                k -> one(k < s.seeds() ? 0.0 : s.kappa(), k % s.seeds(), Math.max(1, s.threads() / concurrent), progress));
        return new Result(s, runs.subList(0, s.seeds()), runs.subList(s.seeds(), jobs));
    }

    private Run one(double kappa, long seed, int threads, Progress progress) {
        RunConfig c = config(settings, kappa, seed);
        RunOutcome o = Runs.toEnd(c, threads, snap -> progress.advance(1));
        double sigma = c.params().schedule().sigmaAt(o.steps());
        try (ParallelRunner runner = new ParallelRunner(threads)) {
            var field = new FlowSpec(FlowKind.LANGEVIN, 0, null, null, kappa).create()
                    .field(o.positions(), SimulationFactory.targets(c).points(), sigma, runner);
            FieldDiagnostics d = FieldDiagnostics.compute(o.positions(), MeasuredField.of(field), sigma, runner);
            progress.note(String.format(Locale.ROOT, "kappa %s seed %d: MMD² %.3g, %d modes, relative curl %.3g", kappa,
                    seed, o.mmd2(), o.modesCovered(), d.relativeCurl()));
            return new Run(kappa, seed, o, d);
        }
    }

    @Override
    public Report report(Result result) {
        return CurlLangevinReport.of(result);
    }
}
