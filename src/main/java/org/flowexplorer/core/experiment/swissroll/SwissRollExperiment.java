package org.flowexplorer.core.experiment.swissroll;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.flowexplorer.core.data.Dataset;
import org.flowexplorer.core.data.DatasetCatalog;
import org.flowexplorer.core.experiment.Experiment;
import org.flowexplorer.core.experiment.Progress;
import org.flowexplorer.core.experiment.RunOutcome;
import org.flowexplorer.core.experiment.Runs;
import org.flowexplorer.core.experiment.report.ChartStyle;
import org.flowexplorer.core.experiment.report.Figure;
import org.flowexplorer.core.experiment.report.Report;
import org.flowexplorer.core.experiment.report.ReportFile;
import org.flowexplorer.core.flow.FlowKind;
import org.flowexplorer.core.math.PointSet;
import org.flowexplorer.core.schedule.NoiseSchedule;
import org.flowexplorer.core.schedule.ScheduleKind;
import org.flowexplorer.core.sim.FlowParameters;
import org.flowexplorer.core.sim.Simulation;
import org.knowm.xchart.XYChart;

/**
 * The SD-flow paper's Fig. 3: data-set interpolation in R^3 by SD flow (annealed: linear σ 1 → 0.05,
 * η = 0.5, no AdaGrad, full data). Forward: particles start as a Swiss-roll sample and flow to a
 * mystery3d sample (our stand-in for the paper's undefined "mystery" distribution); backward: the
 * reverse. Frames are orthographic projections from one fixed viewpoint:
 * <pre>  u = cos a·x − sin a·y,   v = cos e·z − sin e·(sin a·x + cos a·y)</pre>
 */
public final class SwissRollExperiment implements Experiment<SwissRollExperiment.Result> {
    /** One direction: the frames (step, positions) and the final metrics against its targets. */
    public record Strip(String from, String to, List<Long> steps, List<PointSet> frames, RunOutcome end) {
    }

    public record Result(SwissRollSettings settings, Strip forward, Strip backward) {
    }

    private final SwissRollSettings settings;

    public SwissRollExperiment(SwissRollSettings settings) {
        this.settings = settings;
    }

    /** The annealed SD-flow parameters over {@code steps}. */
    public static FlowParameters params(int steps) {
        return FlowParameters.defaults(FlowKind.SD).withSchedule(new NoiseSchedule(ScheduleKind.LINEAR, 1.0, 0.05, steps));
    }

    @Override
    public Result run(Progress progress) {
        SwissRollSettings s = settings;
        Dataset roll = DatasetCatalog.generate("swissroll3d", s.points(), s.seed());
        Dataset mystery = DatasetCatalog.generate("mystery3d", s.points(), s.seed() + 1);
        progress.start("Swiss roll <-> mystery", 2L * s.steps());
        return new Result(s, strip(roll, mystery, progress), strip(mystery, roll, progress));
    }

    private Strip strip(Dataset start, Dataset target, Progress progress) {
        SwissRollSettings s = settings;
        List<Long> at = new ArrayList<>();
        for (int k = 0; k < s.frames(); k++) {
            at.add(Math.round((double) s.steps() * k / (s.frames() - 1)));
        }
        List<PointSet> frames = new ArrayList<>();
        frames.add(start.points());
        try (Simulation sim = new Simulation(target, start.points(), params(s.steps()), s.seed(), s.threads())) {
            RunOutcome end = Runs.toEnd(sim, s.steps(), snap -> {
                progress.advance(1);
                if (at.contains(snap.step()) && snap.step() > 0) {
                    frames.add(snap.positions());
                }
            });
            while (frames.size() < at.size()) {
                frames.add(end.positions()); // the run paused early: repeat its last state
            }
            return new Strip(start.name(), target.name(), at, frames, end);
        }
    }

    @Override
    public Report report(Result r) {
        List<List<Object>> rows = new ArrayList<>();
        List<String> summary = new ArrayList<>();
        for (Strip s : List.of(r.forward(), r.backward())) {
            rows.add(List.of(s.from() + "->" + s.to(), s.end().steps(), s.end().mmd2(), s.end().slicedW2(),
                    s.end().completed() ? "no" : "yes"));
            summary.add(String.format(Locale.ROOT, "%s -> %s: %d steps, MMD^2 %.3g, sliced W2 %.3g", s.from(), s.to(),
                    s.end().steps(), s.end().mmd2(), s.end().slicedW2()));
        }
        return new Report(summary, List.of(frames(r).png("swissroll-frames"), ReportFile.csv("swissroll.csv",
                List.of("direction", "steps", "mmd2", "sliced_w2", "paused"), rows)));
    }

    /** Two strips of frames: forward on top, backward below. */
    static Figure frames(Result r) {
        SwissRollSettings s = r.settings();
        List<XYChart> charts = new ArrayList<>();
        for (Strip strip : List.of(r.forward(), r.backward())) {
            for (int k = 0; k < strip.frames().size(); k++) {
                String title = k == 0 ? strip.from() + " → " + strip.to() + ", step 0"
                        : k == strip.frames().size() - 1 ? String.format(Locale.ROOT, "step %d: MMD² %.1e",
                        strip.steps().get(k), strip.end().mmd2()) : "step " + strip.steps().get(k);
                XYChart c = ChartStyle.xy(230, 240, title, null, null);
                c.getStyler().setLegendVisible(false);
                c.getStyler().setAxisTicksVisible(false);
                c.getStyler().setChartTitleFont(new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.PLAIN, 10));
                c.getStyler().setXAxisMin(-3.2).setXAxisMax(3.2).setYAxisMin(-3.2).setYAxisMax(3.2);
                PointSet f = strip.frames().get(k);
                double[] u = new double[f.size()];
                double[] v = new double[f.size()];
                double a = Math.toRadians(s.azimuth());
                double e = Math.toRadians(s.elevation());
                for (int i = 0; i < f.size(); i++) {
                    double x = f.get(i, 0);
                    double y = f.get(i, 1);
                    u[i] = Math.cos(a) * x - Math.sin(a) * y;
                    v[i] = Math.cos(e) * f.get(i, 2) - Math.sin(e) * (Math.sin(a) * x + Math.cos(a) * y);
                }
                ChartStyle.scatter(c, "points", u, v, ChartStyle.PARTICLES, 2);
                charts.add(c);
            }
        }
        return new Figure(charts, s.frames());
    }
}
