package org.flowexplorer.core.experiment.curl;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.flowexplorer.core.experiment.Stats;
import org.flowexplorer.core.experiment.curl.CurlLangevinExperiment.Result;
import org.flowexplorer.core.experiment.curl.CurlLangevinExperiment.Run;
import org.flowexplorer.core.experiment.report.ChartStyle;
import org.flowexplorer.core.experiment.report.Figure;
import org.flowexplorer.core.experiment.report.Report;
import org.flowexplorer.core.experiment.report.ReportFile;
import org.flowexplorer.core.math.PointSet;
import org.knowm.xchart.XYChart;

/** The files of {@code reproduce curl-langevin}: curl-langevin.md, .csv and the final states of seed 0 (.png, .svg). */
final class CurlLangevinReport {
    private CurlLangevinReport() {
    }

    static Report of(Result r) {
        CurlLangevinSettings s = r.settings();
        List<List<Object>> rows = new ArrayList<>();
        for (List<Run> l : List.of(r.plain(), r.curled())) {
            for (Run x : l) {
                rows.add(List.of(x.kappa(), x.seed(), x.outcome().mmd2(), x.outcome().slicedW2(),
                        x.outcome().modesCovered(), x.outcome().inModeFraction(), x.diagnostics().relativeCurl(),
                        x.diagnostics().circulation()));
            }
        }
        double[] a = Result.mmd2(r.plain());
        double[] b = Result.mmd2(r.curled());
        String line = String.format(Locale.ROOT, "kappa 0: MMD^2 %.3e; kappa %s: MMD^2 %.3e; difference %.2e = %.2f x "
                        + "noise %.2e: within noise %s; relative curl of the kappa %s field %.3f-%.3f", Stats.mean(a),
                s.kappa(), Stats.mean(b), r.difference(), r.difference() / r.noise(), r.noise(),
                r.withinNoise() ? "yes" : "no", s.kappa(), min(Result.curl(r.curled())), max(Result.curl(r.curled())));
        List<ReportFile> files = new ArrayList<>();
        files.add(ReportFile.text("curl-langevin.md", markdown(r)));
        files.add(ReportFile.csv("curl-langevin.csv", List.of("kappa", "seed", "mmd2", "sliced_w2", "modes_covered",
                "in_mode_fraction", "relative_curl", "circulation"), rows));
        files.addAll(figure(r).files("curl-langevin"));
        return new Report(List.of(line), files);
    }

    private static double min(double[] v) {
        return java.util.Arrays.stream(v).min().orElse(Double.NaN);
    }

    private static double max(double[] v) {
        return java.util.Arrays.stream(v).max().orElse(Double.NaN);
    }

    static String markdown(Result r) {
        CurlLangevinSettings s = r.settings();
        double[] a = Result.mmd2(r.plain());
        double[] b = Result.mmd2(r.curled());
        StringBuilder sb = new StringBuilder("# Langevin with a curl term: κ = 0 vs κ = ").append(s.kappa()).append("\n\n");
        sb.append(String.format(Locale.ROOT, "25 Gaussians, N = M = %d, %d steps, η = %s, linear σ 1 → 0.05, seeds 0..%d "
                + "(same targets and start per seed for both κ). Stability needs η(1 + κ²) < 2: here %.2f.%n%n",
                s.particles(), s.steps(), s.eta(), s.seeds() - 1, s.eta() * (1 + s.kappa() * s.kappa())));
        sb.append("| κ | final MMD² mean | sd over seeds | relative curl of the final field (min – max) |\n"
                + "|---|---|---|---|\n");
        sb.append(String.format(Locale.ROOT, "| 0 | %.3e | %.2e | %.2e – %.2e |%n", Stats.mean(a), Stats.sd(a),
                min(Result.curl(r.plain())), max(Result.curl(r.plain()))));
        sb.append(String.format(Locale.ROOT, "| %s | %.3e | %.2e | %.3f – %.3f |%n%n", s.kappa(), Stats.mean(b),
                Stats.sd(b), min(Result.curl(r.curled())), max(Result.curl(r.curled()))));
        sb.append(String.format(Locale.ROOT, "Noise level (standard error of the difference of the means, sqrt(sd₀²/n + "
                        + "sd_κ²/n)): %.2e. Difference of the means: %+.2e = %.2f × noise. **Within noise (≤ %.0f×): %s.**%n",
                r.noise(), r.difference(), r.difference() / r.noise(), CurlLangevinExperiment.Z,
                r.withinNoise() ? "yes" : "no"));
        return sb.toString();
    }

    static Figure figure(Result r) {
        List<XYChart> charts = new ArrayList<>();
        for (Run x : List.of(r.plain().get(0), r.curled().get(0))) {
            XYChart c = ChartStyle.xy(460, 460, String.format(Locale.ROOT, "κ = %s: MMD² %.2e, relative curl %.2f",
                    x.kappa(), x.outcome().mmd2(), x.diagnostics().relativeCurl()), "x", "y");
            c.getStyler().setLegendVisible(false);
            c.getStyler().setXAxisMin(-4.5).setXAxisMax(4.5).setYAxisMin(-4.5).setYAxisMax(4.5);
            PointSet p = x.outcome().positions();
            double[] xs = new double[p.size()];
            double[] ys = new double[p.size()];
            for (int i = 0; i < p.size(); i++) {
                xs[i] = p.get(i, 0);
                ys[i] = p.get(i, 1);
            }
            ChartStyle.scatter(c, "particles", xs, ys, ChartStyle.PARTICLES, 3);
            charts.add(c);
        }
        return new Figure(charts, 2);
    }
}
