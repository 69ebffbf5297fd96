package org.flowexplorer.core.experiment.model;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ejml.data.DMatrixRMaj;
import org.flowexplorer.core.experiment.Stats;
import org.flowexplorer.core.experiment.report.ChartStyle;
import org.flowexplorer.core.experiment.report.Figure;
import org.flowexplorer.core.experiment.report.Report;
import org.flowexplorer.core.experiment.report.ReportFile;
import org.flowexplorer.core.flow.QSelf;
import org.flowexplorer.core.metric.Histogram;
import org.knowm.xchart.XYChart;

/** The files of {@code reproduce model50}: model50.md, model50.csv, model50-fit.png/svg, model50-nn.png/svg/csv. */
final class ModelReport {
    private ModelReport() {
    }

    static Report of(ModelResult r) {
        List<ReportFile> files = new ArrayList<>();
        files.add(ReportFile.text("model50.md", markdown(r)));
        files.add(ReportFile.csv("model50.csv", List.of("step", "q_self", "mean_error", "relative_mean_error",
                "cov_error", "cov_slope", "trace_ratio"), historyRows(r)));
        files.addAll(fitFigure(r).files("model50-fit"));
        files.addAll(nnFigure(r).files("model50-nn"));
        files.add(ReportFile.csv("model50-nn.csv", List.of("set", "distance"), nnRows(r)));
        List<String> summary = new ArrayList<>();
        for (ModelFit f : r.fits()) {
            ModelErrors e = f.last();
            summary.add(String.format(Locale.ROOT, "q_self %s: after %d steps mean error %.4g (relative %.4g), covariance "
                            + "error %.4g, cov_slope %.4f, trace_ratio %.4f", f.qSelf().id(), e.step(), e.meanError(),
                    e.relativeMeanError(), e.covError(), e.covSlope(), e.traceRatio()));
        }
        summary.add(String.format(Locale.ROOT, "training set's own covariance error %.4g; wall time %.0f s",
                r.trainingCovError(), r.seconds()));
        return new Report(summary, files);
    }

    private static List<List<Object>> historyRows(ModelResult r) {
        List<List<Object>> rows = new ArrayList<>();
        for (ModelFit f : r.fits()) {
            for (ModelErrors e : f.history()) {
                rows.add(List.of(e.step(), f.qSelf().id(), e.meanError(), e.relativeMeanError(), e.covError(),
                        e.covSlope(), e.traceRatio()));
            }
        }
        return rows;
    }

    private static List<List<Object>> nnRows(ModelResult r) {
        List<List<Object>> rows = new ArrayList<>();
        for (int k = 0; k < r.fits().size(); k++) {
            for (double v : r.modelToTraining().get(k)) {
                rows.add(List.of("model_" + r.fits().get(k).qSelf().id(), v));
            }
        }
        for (double v : r.heldOutToTraining()) {
            rows.add(List.of("held_out", v));
        }
        for (double v : r.trainingToTraining()) {
            rows.add(List.of("training", v));
        }
        return rows;
    }

    /** Rows: mean, covariance; columns: one per fit. Truth on x, learned on y, with the diagonal. */
    static Figure fitFigure(ModelResult r) {
        List<XYChart> charts = new ArrayList<>();
        DMatrixRMaj bbt = ModelErrors.outer(r.target().b());
        for (boolean mean : new boolean[] {true, false}) {
            for (ModelFit f : r.fits()) {
                ModelErrors e = f.last();
                double[] truth = mean ? r.target().mu().data : bbt.data;
                double[] learned = mean ? f.muHat().data : ModelErrors.outer(f.bHat()).data;
                String title = mean
                        ? String.format(Locale.ROOT, "μ, q_self = %s: relative error %.3f", f.qSelf().id(),
                                e.relativeMeanError())
                        : String.format(Locale.ROOT, "BBᵀ, q_self = %s: error %.3f, slope %.3f", f.qSelf().id(),
                                e.covError(), e.covSlope());
                XYChart c = ChartStyle.xy(460, 420, title, mean ? "μ (true)" : "BBᵀ (true)",
                        mean ? "μ̂ (learned)" : "B̂B̂ᵀ (learned)");
                double lo = Math.min(min(truth), min(learned));
                double hi = Math.max(max(truth), max(learned));
                ChartStyle.line(c, "y = x", new double[] {lo, hi}, new double[] {lo, hi}, ChartStyle.GREY);
                ChartStyle.scatter(c, mean ? "entries of μ" : "entries of BBᵀ", truth, learned, ChartStyle.PARTICLES,
                        mean ? 6 : 3);
                charts.add(c);
            }
        }
        return new Figure(charts, r.fits().size());
    }

    /** Densities of the distances to the nearest (other) training point. */
    static Figure nnFigure(ModelResult r) {
        double[] all = concat(r.modelToTraining(), r.heldOutToTraining(), r.trainingToTraining());
        java.util.Arrays.sort(all);
        double lo = all[0];
        double hi = all[all.length - 1];
        double[] edges = Histogram.edges(lo, hi, 60);
        XYChart c = ChartStyle.xy(760, 440, "Distance to the nearest training point (R^" + r.settings().dim() + ", "
                + r.settings().train() + " training points)", "distance", "density");
        Color[] colours = {ChartStyle.PARTICLES, ChartStyle.ORANGE};
        for (int k = 0; k < r.fits().size(); k++) {
            double[] v = r.modelToTraining().get(k);
            ChartStyle.histogram(c, String.format(Locale.ROOT, "model samples, q_self = %s (mean %.3f)",
                    r.fits().get(k).qSelf().id(), Stats.mean(v)), edges, Histogram.density(v, edges), colours[k % 2]);
        }
        ChartStyle.histogram(c, String.format(Locale.ROOT, "held-out points (mean %.3f)",
                Stats.mean(r.heldOutToTraining())), edges, Histogram.density(r.heldOutToTraining(), edges),
                ChartStyle.GREEN);
        ChartStyle.histogram(c, String.format(Locale.ROOT, "training points, nearest other (mean %.3f)",
                Stats.mean(r.trainingToTraining())), edges, Histogram.density(r.trainingToTraining(), edges),
                ChartStyle.TARGETS);
        c.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.InsideNE);
        return Figure.of(c);
    }

    private static double[] concat(List<double[]> a, double[] b, double[] c) {
        List<double[]> parts = new ArrayList<>(a);
        parts.add(b);
        parts.add(c);
        return parts.stream().flatMapToDouble(java.util.Arrays::stream).toArray();
    }

    private static double min(double[] v) {
        return java.util.Arrays.stream(v).min().orElse(0);
    }

    private static double max(double[] v) {
        return java.util.Arrays.stream(v).max().orElse(1);
    }

    static String markdown(ModelResult r) {
        ModelSettings s = r.settings();
        StringBuilder sb = new StringBuilder("# Model optimisation in R^").append(s.dim()).append(" (SD-flow paper, Fig. 5)\n\n");
        sb.append(String.format(Locale.ROOT, "Target y = μ + Bz, μ ~ N(0, I), B = A/√d, d = %d, seed %d. Fixed training "
                        + "set of %d points and held-out set of %d, drawn once. Model x = μ̂ + B̂z from μ̂ = 0, B̂ = I; "
                        + "each step N = %d fresh z, a batch of M = %d training points, constant σ = %s, η = %s "
                        + "(ε = ησ² = %s), %d steps. Both fits use the same draws.%n%n", s.dim(), s.seed(), s.train(),
                s.heldOut(), s.n(), s.m(), s.sigma(), s.eta(), s.eta() * s.sigma() * s.sigma(), s.steps()));
        sb.append("| q_self | ‖μ̂ − μ‖ | ‖μ̂ − μ‖/‖μ‖ | covariance error ‖B̂B̂ᵀ − BBᵀ‖_F/‖BBᵀ‖_F | slope of B̂B̂ᵀ on BBᵀ "
                + "| tr(B̂B̂ᵀ)/tr(BBᵀ) |\n|---|---|---|---|---|---|\n");
        for (ModelFit f : r.fits()) {
            ModelErrors e = f.last();
            sb.append(String.format(Locale.ROOT, "| %s%s | %.4f | %.4f | %.4f | %.4f | %.4f |%n", f.qSelf().id(),
                    f.qSelf() == QSelf.EXCLUDE ? " (default)" : "", e.meanError(), e.relativeMeanError(), e.covError(),
                    e.covSlope(), e.traceRatio()));
        }
        sb.append(String.format(Locale.ROOT, "%nThe training set's own sample covariance differs from BBᵀ by %.4f "
                + "(relative, Frobenius): no fit to this data set can be expected to do much better. Slope: "
                + "least squares with intercept over all %d entries.%n%n", r.trainingCovError(), s.dim() * s.dim()));
        sb.append("**Overfitting check** (paper's right panel): distance to the nearest training point.\n\n");
        sb.append("| points | count | mean | median |\n|---|---|---|---|\n");
        for (int k = 0; k < r.fits().size(); k++) {
            row(sb, "fresh model samples, q_self = " + r.fits().get(k).qSelf().id(), r.modelToTraining().get(k));
        }
        row(sb, "held-out points (not trained on)", r.heldOutToTraining());
        row(sb, "training points (nearest other)", r.trainingToTraining());
        double held = Stats.mean(r.heldOutToTraining());
        sb.append(String.format(Locale.ROOT, "%nHeld-out points are %.4f from the training set on average. ", held));
        for (int k = 0; k < r.fits().size(); k++) {
            ModelFit f = r.fits().get(k);
            double m = Stats.mean(r.modelToTraining().get(k));
            double change = 100 * (m / held - 1);
            sb.append(String.format(Locale.ROOT, "Samples of the %s fit are %.1f%% %s", f.qSelf().id(), Math.abs(change),
                    change < 0 ? "closer" : "farther"));
            sb.append(Math.abs(change) < 2 ? " (about as close as unseen data: no sign of memorising the training set). "
                    : change < 0 ? String.format(Locale.ROOT, "; its covariance is shrunk (trace ratio %.2f), and a "
                    + "narrower Gaussian puts its samples nearer the data's centre, so this alone does not show "
                    + "memorisation (the model has only μ̂ and B̂). ", f.last().traceRatio()) : ". ");
        }
        sb.append("\n\n");
        sb.append("`model50.csv`: errors every ").append(s.every()).append(" steps for both fits; `model50-fit.png/svg`: "
                + "μ̂ vs μ (top) and the entries of B̂B̂ᵀ vs BBᵀ (bottom), one column per fit; `model50-nn.png/svg` and "
                + "`model50-nn.csv`: the distances above.\n");
        return sb.toString();
    }

    private static void row(StringBuilder sb, String name, double[] v) {
        double[] s = v.clone();
        java.util.Arrays.sort(s);
        double median = s.length % 2 == 1 ? s[s.length / 2] : 0.5 * (s[s.length / 2 - 1] + s[s.length / 2]);
        sb.append(String.format(Locale.ROOT, "| %s | %d | %.4f | %.4f |%n", name, v.length, Stats.mean(v), median));
    }
}
