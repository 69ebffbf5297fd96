package org.flowexplorer.core.experiment.neighbours;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.flowexplorer.core.experiment.Experiment;
import org.flowexplorer.core.experiment.ExperimentDefinition;
import org.flowexplorer.core.experiment.Param;
import org.flowexplorer.core.experiment.Progress;
import org.flowexplorer.core.experiment.RunOutcome;
import org.flowexplorer.core.experiment.Runs;
import org.flowexplorer.core.experiment.report.ChartStyle;
import org.flowexplorer.core.experiment.report.Figure;
import org.flowexplorer.core.experiment.report.Report;
import org.flowexplorer.core.experiment.report.ReportFile;
import org.flowexplorer.core.io.PresetLibrary;
import org.flowexplorer.core.math.ParallelRunner;
import org.flowexplorer.core.metric.Histogram;
import org.flowexplorer.core.metric.NearestNeighbours;
import org.flowexplorer.core.sim.RunConfig;
import org.flowexplorer.core.sim.SimulationFactory;
import org.knowm.xchart.XYChart;

/**
 * The SD-flow paper's Fig. 4 after a run of a preset: distances from the generated points to their
 * nearest target and from each target to its nearest other target, as overlaid densities on shared
 * bins (algorithms.md §6, nearest neighbours).
 */
public final class NnHistogramExperiment implements Experiment<NnHistogramExperiment.Result> {
    /** Bins of the histogram. */
    public static final int BINS = 40;

    public record Result(RunConfig config, RunOutcome outcome, NearestNeighbours nn) {
    }

    private final RunConfig config;
    private final int threads;

    public NnHistogramExperiment(RunConfig config, int threads) {
        this.config = config;
        this.threads = threads;
    }

    public static ExperimentDefinition definition() {
        return new ExperimentDefinition("nn-histogram", "The SD-flow paper's Fig. 4: run a preset, then histogram the "
                + "distances from generated points and from target points to their nearest other target point.",
                List.of("nn-histogram.png", "nn-histogram.svg", "nn-distances.csv"),
                List.of(Param.text("preset", "25gaussians-sd", "NAME", "Preset to run (built-in or saved)."),
                        Param.integer("steps", 1000, 0, 1_000_000, "T", "Steps."),
                        Param.integer("particles", 1000, 1, 50_000, "N", "N = M.")),
                (v, threads) -> new NnHistogramExperiment(new PresetLibrary(PresetLibrary.defaultUserDirectory())
                        .require(v.text("preset")).config().withSteps(v.integer("steps"))
                        .withSizes(v.integer("particles"), v.integer("particles")), threads));
    }

    @Override
    public Result run(Progress progress) {
        progress.start("run " + config.dataset(), config.steps());
        RunOutcome o = Runs.toEnd(config, threads, s -> progress.advance(1));
        try (ParallelRunner runner = new ParallelRunner(threads)) {
            return new Result(config, o, NearestNeighbours.compute(o.positions(), SimulationFactory.targets(config).points(),
                    runner));
        }
    }

    @Override
    public Report report(Result r) {
        NearestNeighbours nn = r.nn();
        List<List<Object>> rows = new ArrayList<>();
        for (double v : nn.particleToTarget()) {
            rows.add(List.of("generated", v));
        }
        if (nn.targetToTarget() != null) {
            for (double v : nn.targetToTarget()) {
                rows.add(List.of("target", v));
            }
        }
        double[] e = Histogram.edges(nn.particleToTarget(), nn.targetToTarget(), BINS);
        XYChart c = ChartStyle.xy(720, 440, String.format(Locale.ROOT, "Nearest neighbours in the target set: %s on %s, "
                + "%d steps", r.config().params().flow().displayName(), r.config().dataset(), r.outcome().steps()),
                "distance to the nearest (other) target", "density");
        ChartStyle.histogram(c, String.format(Locale.ROOT, "generated → nearest target (mean %.4f, median %.4f)",
                nn.particleToTargetMean(), nn.particleToTargetMedian()), e, Histogram.density(nn.particleToTarget(), e),
                ChartStyle.PARTICLES);
        String summary = String.format(Locale.ROOT, "generated -> nearest target: mean %.4g, median %.4g",
                nn.particleToTargetMean(), nn.particleToTargetMedian());
        if (nn.targetToTarget() != null) {
            ChartStyle.histogram(c, String.format(Locale.ROOT, "target → nearest other target (mean %.4f, median %.4f)",
                    nn.targetToTargetMean(), nn.targetToTargetMedian()), e, Histogram.density(nn.targetToTarget(), e),
                    ChartStyle.TARGETS);
            summary += String.format(Locale.ROOT, "; target -> nearest other target: mean %.4g, median %.4g",
                    nn.targetToTargetMean(), nn.targetToTargetMedian());
        }
        c.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.InsideNE);
        List<ReportFile> files = new ArrayList<>(Figure.of(c).files("nn-histogram"));
        files.add(ReportFile.csv("nn-distances.csv", List.of("set", "distance"), rows));
        return new Report(List.of(summary), files);
    }
}
