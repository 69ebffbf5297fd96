package org.flowexplorer.core.experiment;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.flowexplorer.core.data.Dataset;
import org.flowexplorer.core.flow.FlowKind;
import org.flowexplorer.core.flow.FlowSpec;
import org.flowexplorer.core.math.ParallelRunner;
import org.flowexplorer.core.math.PointSet;
import org.flowexplorer.core.metric.FieldDiagnostics;
import org.flowexplorer.core.schedule.NoiseSchedule;
import org.flowexplorer.core.schedule.ScheduleKind;
import org.flowexplorer.core.sim.FlowParameters;
import org.flowexplorer.core.sim.RunConfig;
import org.flowexplorer.core.sim.Simulation;
import org.flowexplorer.core.sim.SimulationFactory;

/**
 * The WGF paper's point made tangible (ALGORITHMS.md §2, curl term): Langevin on 25 Gaussians with
 * η = 0.2 (linear σ 1 → 0.05), once with κ = 0 and once with κ = 2. The κ = 2 drift is clearly not a
 * gradient field (relative curl &gt; 0.5) yet transports as well: its final MMD² lies within the
 * seed-to-seed noise of κ = 0. Noise level = standard error of the difference of the two means over
 * seeds, sqrt(sd₀²/n + sd₂²/n); "within noise" = |mean₂ − mean₀| ≤ 3 × that.
 */
public final class CurlLangevinExperiment {
    /** Multiple of the noise level that still counts as agreement. */
    public static final double Z = 3.0;
    /** Relative curl the κ = 2 field must exceed. */
    public static final double MIN_CURL = 0.5;

    public record Settings(int particles, int steps, int seeds, double eta, double kappa, int threads) {
        public Settings {
            if (particles < 2 || particles > 20_000) {
                throw new IllegalArgumentException("particles: must be between 2 and 20000, got " + particles);
            }
            if (steps < 1 || steps > 100_000) {
                throw new IllegalArgumentException("steps: must be between 1 and 100000, got " + steps);
            }
            if (seeds < 2 || seeds > 100) {
                throw new IllegalArgumentException("seeds: must be between 2 and 100 (the noise level needs two), got "
                        + seeds);
            }
            if (!(eta > 0)) {
                throw new IllegalArgumentException("eta: must be positive, got " + eta);
            }
            if (threads < 1) {
                throw new IllegalArgumentException("threads: must be at least 1");
            }
        }
    }

    /** One run: final metrics and the field diagnostics of the final state's field. */
    public record Run(double kappa, long seed, RunOutcome outcome, FieldDiagnostics diagnostics) {
    }

    public record Result(Settings settings, List<Run> plain, List<Run> curled) {
        public double[] mmd2(List<Run> runs) {
            return runs.stream().mapToDouble(r -> r.outcome().mmd2()).toArray();
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

        /** The smallest relative curl of the κ ≠ 0 fields over seeds. */
        public double minCurl() {
            return curled.stream().mapToDouble(r -> r.diagnostics().relativeCurl()).min().orElse(Double.NaN);
        }

        public double maxPlainCurl() {
            return plain.stream().mapToDouble(r -> r.diagnostics().relativeCurl()).max().orElse(Double.NaN);
        }
    }

    private CurlLangevinExperiment() {
    }

    public static RunConfig config(Settings s, double kappa, long seed) {
        FlowParameters p = FlowParameters.defaults(FlowKind.LANGEVIN).withEta(s.eta()).withCurl(kappa)
                .withSchedule(new NoiseSchedule(ScheduleKind.LINEAR, 1.0, 0.05, s.steps()));
        return new RunConfig("25gaussians", "offset", s.particles(), s.particles(), seed, s.steps(), p);
    }

    public static Result run(Settings s, Consumer<String> progress) {
        List<Run> plain = new java.util.ArrayList<>();
        List<Run> curled = new java.util.ArrayList<>();
        for (int k = 0; k < s.seeds(); k++) {
            plain.add(one(s, 0.0, k, progress));
            curled.add(one(s, s.kappa(), k, progress));
        }
        return new Result(s, List.copyOf(plain), List.copyOf(curled));
    }

    private static Run one(Settings s, double kappa, long seed, Consumer<String> progress) {
        RunConfig c = config(s, kappa, seed);
        try (Simulation sim = SimulationFactory.create(c, s.threads());
             ParallelRunner runner = new ParallelRunner(s.threads())) {
            RunOutcome o = Runs.finish(sim, s.steps(), s.threads(), x -> { });
            Dataset data = sim.dataset();
            PointSet x = o.positions();
            double sigma = sim.latest().get().sigma();
            FieldDiagnostics d = FieldDiagnostics.compute(x,
                    new FlowSpec(FlowKind.LANGEVIN, 0, null, null, kappa).create().field(x, data.points(), sigma, runner),
                    sigma, runner);
            progress.accept(String.format(Locale.ROOT, "kappa %s seed %d: MMD² %.3g, %d modes, relative curl %.3g (%.1f s)",
                    kappa, seed, o.mmd2(), o.modesCovered(), d.relativeCurl(), o.seconds()));
            return new Run(kappa, seed, o, d);
        }
    }

    public static String csv(Result r) {
        StringBuilder sb = new StringBuilder("kappa,seed,mmd2,sliced_w2,modes_covered,in_mode_fraction,relative_curl,"
                + "circulation\n");
        for (List<Run> l : List.of(r.plain(), r.curled())) {
            for (Run x : l) {
                sb.append(x.kappa()).append(',').append(x.seed()).append(',').append(x.outcome().mmd2()).append(',')
                        .append(x.outcome().slicedW2()).append(',').append(x.outcome().modesCovered()).append(',')
                        .append(x.outcome().inModeFraction()).append(',').append(x.diagnostics().relativeCurl())
                        .append(',').append(x.diagnostics().circulation()).append('\n');
            }
        }
        return sb.toString();
    }

    public static String markdown(Result r) {
        Settings s = r.settings();
        double[] a = r.mmd2(r.plain());
        double[] b = r.mmd2(r.curled());
        StringBuilder sb = new StringBuilder("# Langevin with a curl term: κ = 0 vs κ = ").append(s.kappa()).append("\n\n");
        sb.append(String.format(Locale.ROOT, "25 Gaussians, N = M = %d, %d steps, η = %s, linear σ 1 → 0.05, seeds "
                + "0..%d (same targets and start per seed for both κ).%n%n", s.particles(), s.steps(), s.eta(),
                s.seeds() - 1));
        sb.append("| κ | final MMD² mean | sd over seeds | relative curl (final field, min–max) |\n|---|---|---|---|\n");
        sb.append(String.format(Locale.ROOT, "| 0 | %.3e | %.2e | %.2e – %.2e |%n", Stats.mean(a), Stats.sd(a),
                r.plain().stream().mapToDouble(x -> x.diagnostics().relativeCurl()).min().orElse(0), r.maxPlainCurl()));
        sb.append(String.format(Locale.ROOT, "| %s | %.3e | %.2e | %.3f – %.3f |%n%n", s.kappa(), Stats.mean(b),
                Stats.sd(b), r.minCurl(),
                r.curled().stream().mapToDouble(x -> x.diagnostics().relativeCurl()).max().orElse(0)));
        sb.append(String.format(Locale.ROOT, "Noise level (standard error of the difference of the means, "
                + "sqrt(sd₀²/n + sd₂²/n)): %.2e. Difference of means: %.2e = %.2f × noise. **Within noise (≤ %.0f×): %s.** "
                + "Relative curl of the κ = %s field > %.1f: **%s**.%n", r.noise(), r.difference(),
                r.noise() == 0 ? Double.NaN : r.difference() / r.noise(), Z, r.withinNoise() ? "yes" : "no", s.kappa(),
                MIN_CURL, r.minCurl() > MIN_CURL ? "yes" : "no"));
        return sb.toString();
    }

    /** Final states of seed 0 side by side. */
    public static Raster plot(Result r) {
        Raster img = new Raster(2 * 300 + 40, 360);
        img.boldText(10, 20, "Langevin, η = " + r.settings().eta() + ": κ = 0 (left) vs κ = " + r.settings().kappa()
                + " (right), seed 0", Raster.BLACK, 14);
        int k = 0;
        for (Run x : List.of(r.plain().get(0), r.curled().get(0))) {
            Panel p = Panel.square(img, 20 + k * 310, 50, 290, 4.5);
            p.scatter(x.outcome().positions().coords(), 2, 0, 1, 1.0, Raster.withAlpha(Raster.PARTICLE, 0.6));
            p.frame(String.format(Locale.ROOT, "κ = %s: MMD² %.2e, rel. curl %.2f", x.kappa(), x.outcome().mmd2(),
                    x.diagnostics().relativeCurl()), false);
            k++;
        }
        return img;
    }

    public static void write(Result r, Path dir) throws IOException {
        ReportFiles.write(dir, "curl-langevin", csv(r), markdown(r), plot(r));
    }
}
