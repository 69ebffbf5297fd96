package org.flowexplorer.core.experiment.diffflow;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.flowexplorer.core.experiment.report.ChartStyle;
import org.flowexplorer.core.experiment.report.Figure;
import org.flowexplorer.core.experiment.report.Report;
import org.flowexplorer.core.experiment.report.ReportFile;
import org.flowexplorer.core.math.PointSet;
import org.flowexplorer.core.metric.Histogram;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;

/**
 * The files of {@code reproduce diffflow-marginals}. The gap between the members over the whole
 * run is reported first and as prominently as the agreement at the end; "within noise" means
 * within {@value #Z} standard errors of the difference of the seed means.
 */
final class DiffFlowReport {
    /** Standard errors that still count as agreement. */
    static final double Z = 3.0;
    private static final Color[] COLOURS = {ChartStyle.PARTICLES, ChartStyle.ORANGE, ChartStyle.GREEN};

    private DiffFlowReport() {
    }

    static Report of(DiffFlowResult r) {
        List<List<Object>> rows = new ArrayList<>();
        for (List<DiffFlowRun> l : r.runs()) {
            for (DiffFlowRun x : l) {
                for (int k = 0; k < x.steps().length; k++) {
                    rows.add(List.of(x.rho(), x.seed(), x.steps()[k], sigma(r, x.steps()[k]), x.slicedW2()[k]));
                }
            }
        }
        List<String> summary = new ArrayList<>();
        int end = r.steps().length - 1;
        int mid = r.midRun();
        for (int k = 1; k < DiffFlowMarginals.RHOS.length; k++) {
            int j = r.strongestGap(k);
            summary.add(String.format(Locale.ROOT, "rho %s vs 0: gap %+.4f at step %d (%.1f x seed noise), strongest "
                            + "%+.4f at step %d (%.1f x), at the end %+.4f (%.1f x)", DiffFlowMarginals.RHOS[k],
                    r.gap(k, mid), r.steps()[mid], ratio(r, k, mid), r.gap(k, j), r.steps()[j], ratio(r, k, j),
                    r.gap(k, end), ratio(r, k, end)));
        }
        List<ReportFile> files = new ArrayList<>();
        files.add(ReportFile.text("diffflow-marginals.md", markdown(r)));
        files.add(ReportFile.csv("diffflow-marginals.csv", List.of("rho", "seed", "step", "sigma", "sliced_w2"), rows));
        files.addAll(figure(r).files("diffflow-marginals"));
        return new Report(summary, files);
    }

    /** σ of the step taken from state {@code step}. */
    static double sigma(DiffFlowResult r, long step) {
        return DiffFlowMarginals.schedule(r.settings().steps()).sigmaAt(step);
    }

    static double ratio(DiffFlowResult r, int k, int j) {
        double n = r.gapNoise(k, j);
        return n == 0 ? Double.NaN : Math.abs(r.gap(k, j)) / n;
    }

    /** One bullet: member k's gap to ρ = 0 at recorded index j, against the seed noise. */
    private static void bullet(StringBuilder sb, DiffFlowResult r, int k, int j, String where) {
        long step = r.steps()[j];
        double gap = r.gap(k, j);
        double ratio = ratio(r, k, j);
        sb.append(String.format(Locale.ROOT, "- **ρ = %s, %s** (step %d, σ = %.3f): gap **%+.3f** (%s the targets than "
                        + "ρ = 0), %.1f× the seed noise: %s.%n", DiffFlowMarginals.RHOS[k], where, step, sigma(r, step), gap,
                gap < 0 ? "closer to" : "farther from", ratio,
                ratio > Z ? "**the marginals differ**" : "within the seed noise"));
    }

    static String markdown(DiffFlowResult r) {
        DiffFlowSettings s = r.settings();
        long[] steps = r.steps();
        int end = steps.length - 1;
        StringBuilder sb = new StringBuilder("# DiffFlow marginals: ρ = 0, 0.5, 1\n\n");
        var p = DiffFlowMarginals.config(s, 0, 0).params();
        sb.append(String.format(Locale.ROOT, "%s, N = M = %d, %d steps, η = %s, %s σ %s → %s (the defaults), seeds "
                        + "0..%d per ρ. Statistic: sliced W2 between the particles and the targets, recorded every %d "
                        + "steps. Seed noise of a gap = standard error of the difference of the two seed means; "
                        + "\"within noise\" = within %.0f of them.%n%n", DiffFlowMarginals.DATASET, s.particles(),
                s.steps(), p.eta(), p.schedule().kind().name().toLowerCase(Locale.ROOT), p.schedule().sigmaMax(),
                p.schedule().sigmaMin(), s.seeds() - 1, s.every(), Z));
        sb.append("In continuous time with exact scores the three members have the same marginals. Here:\n\n");
        int mid = r.midRun();
        for (int k = 1; k < DiffFlowMarginals.RHOS.length; k++) {
            int j = r.strongestGap(k);
            bullet(sb, r, k, mid, "at mid-run");
            bullet(sb, r, k, j, "strongest over the run (relative to the seed noise)");
            bullet(sb, r, k, end, "at the end");
        }
        sb.append("\n| ρ | sliced W2 at step ").append(steps[mid]).append(" (mean ± sd) | at the end (mean ± sd) | gap to ρ = 0 "
                + "at step ").append(steps[mid]).append(" (× seed noise) | strongest gap (step, × seed noise) | gap at the "
                + "end (× seed noise) |\n");
        sb.append("|---|---|---|---|---|---|\n");
        for (int k = 0; k < DiffFlowMarginals.RHOS.length; k++) {
            int j = r.strongestGap(k);
            sb.append(String.format(Locale.ROOT, "| %s | %.3f ± %.3f | %.3f ± %.3f | %+.3f (%.1f×) | %+.3f (%d, %.1f×) | "
                            + "%+.3f (%.1f×) |%n", DiffFlowMarginals.RHOS[k], r.mean(k, mid), r.sd(k, mid), r.mean(k, end),
                    r.sd(k, end), r.gap(k, mid), ratio(r, k, mid), r.gap(k, j), steps[j], ratio(r, k, j), r.gap(k, end),
                    ratio(r, k, end)));
        }
        sb.append("\nThe specification's explanation (algorithms.md §2): with KDE proxies ρ = 0 drives the blurred "
                + "particles q_σ to p_σ while ρ = 1 (Langevin on p_σ) drives the particles themselves to the blurred "
                + "p_σ, and the discrete steps differ; the members can only meet as σ → σ_min, where ρ = 1 still ends at "
                + "p_σ rather than at the sample. The sign of each gap above says which member is closer to the "
                + "targets at that step.\n\n");
        sb.append("`diffflow-marginals.csv`: sliced W2 of every run at every recorded step; the figure: sliced W2 over "
                + "time (mean and ±1 sd over seeds), the gap to ρ = 0 with its ±").append((int) Z).append(
                " seed-noise band, and x-coordinate densities of seed 0 at mid-run and at the end.\n");
        return sb.toString();
    }

    static Figure figure(DiffFlowResult r) {
        long[] st = r.steps();
        double[] x = new double[st.length];
        for (int j = 0; j < st.length; j++) {
            x[j] = st[j];
        }
        XYChart curves = ChartStyle.xy(560, 400, "Sliced W2 to the targets (mean, ±1 sd over seeds)", "step",
                "sliced W2");
        XYChart gaps = ChartStyle.xy(560, 400, "Gap to ρ = 0 (band: ±" + (int) Z + " seed noise)", "step",
                "sliced W2 − sliced W2 of ρ = 0");
        ChartStyle.line(gaps, "0", new double[] {0, st[st.length - 1]}, new double[] {0, 0}, ChartStyle.GREY);
        for (int k = 0; k < DiffFlowMarginals.RHOS.length; k++) {
            double[] m = new double[st.length];
            double[] lo = new double[st.length];
            double[] hi = new double[st.length];
            double[] g = new double[st.length];
            double[] glo = new double[st.length];
            double[] ghi = new double[st.length];
            for (int j = 0; j < st.length; j++) {
                m[j] = r.mean(k, j);
                lo[j] = m[j] - r.sd(k, j);
                hi[j] = m[j] + r.sd(k, j);
                g[j] = r.gap(k, j);
                glo[j] = g[j] - Z * r.gapNoise(k, j);
                ghi[j] = g[j] + Z * r.gapNoise(k, j);
            }
            String name = "ρ = " + DiffFlowMarginals.RHOS[k];
            ChartStyle.line(curves, name, x, m, COLOURS[k]);
            dashed(ChartStyle.line(curves, name + " − sd", x, lo, COLOURS[k]));
            dashed(ChartStyle.line(curves, name + " + sd", x, hi, COLOURS[k]));
            if (k > 0) {
                ChartStyle.line(gaps, name, x, g, COLOURS[k]);
                dashed(ChartStyle.line(gaps, name + " band", x, glo, COLOURS[k]));
                dashed(ChartStyle.line(gaps, name + " band ", x, ghi, COLOURS[k]));
            }
        }
        curves.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.InsideNE);
        gaps.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.InsideNE);
        return new Figure(List.of(curves, gaps,
                histogram(r, true, String.format(Locale.ROOT, "x density, seed 0, step %d (σ = %.2f)",
                        r.settings().steps() / 2, sigma(r, r.settings().steps() / 2))),
                histogram(r, false, String.format(Locale.ROOT, "x density, seed 0, end (σ = %.2f)",
                        sigma(r, r.settings().steps())))), 2);
    }

    private static void dashed(XYSeries s) {
        s.setLineStyle(new BasicStroke(0.8f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {4f, 3f}, 0f));
        s.setShowInLegend(false);
    }

    private static XYChart histogram(DiffFlowResult r, boolean mid, String title) {
        double[] edges = Histogram.edges(-4.6, 4.6, 92);
        XYChart c = ChartStyle.xy(560, 360, title, "x", "density");
        ChartStyle.histogram(c, "targets", edges, Histogram.density(xs(r.targets0()), edges), ChartStyle.TARGETS);
        for (int k = 0; k < DiffFlowMarginals.RHOS.length; k++) {
            DiffFlowRun x = r.runs().get(k).get(0);
            ChartStyle.histogram(c, "ρ = " + x.rho(), edges, Histogram.density(xs(mid ? x.atMid() : x.atEnd()), edges),
                    COLOURS[k]);
        }
        c.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.InsideNE);
        return c;
    }

    private static double[] xs(PointSet p) {
        double[] out = new double[p.size()];
        for (int i = 0; i < p.size(); i++) {
            out[i] = p.get(i, 0);
        }
        return out;
    }
}
