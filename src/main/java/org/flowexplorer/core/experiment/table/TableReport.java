package org.flowexplorer.core.experiment.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.flowexplorer.core.data.Mixture;
import org.flowexplorer.core.experiment.RunOutcome;
import org.flowexplorer.core.experiment.report.Figure;
import org.flowexplorer.core.experiment.report.Report;
import org.flowexplorer.core.experiment.report.ReportFile;
import org.flowexplorer.core.flow.FlowKind;
import org.flowexplorer.core.metric.ModeBalance;
import org.flowexplorer.core.metric.OccupancySpread;
import org.flowexplorer.core.sim.FlowParameters;

/** The files of a convergence table: table.md, table.csv (one row per condition), runs.csv (per seed), final-states.png. */
final class TableReport {
    private TableReport() {
    }

    static Report of(TableResult r) {
        List<ReportFile> files = new ArrayList<>();
        files.add(ReportFile.text("table.md", markdown(r)));
        files.add(ReportFile.csv("table.csv", TABLE_HEADER, tableRows(r)));
        files.add(ReportFile.csv("runs.csv", RUNS_HEADER, runRows(r)));
        files.add(FinalStatesFigure.of(r).png("final-states"));
        Figure occupancy = OccupancyFigure.of(r);
        if (occupancy != null) {
            files.addAll(occupancy.files("paper-figure-occupancy"));
        }
        List<String> summary = new ArrayList<>();
        for (TableRow row : r.rows()) {
            summary.add(String.format(Locale.ROOT, "%-72s %s", row.condition().label()
                    + (row.figure() == null ? "" : " [" + row.figure().label() + "]"), verdict(row)));
        }
        summary.add(String.format(Locale.ROOT, "occupancy TV threshold %.4f; wall time %.0f s (%d runs kept from the "
                + "cache)", r.criterion().maxTv(), r.wallSeconds(), r.keptRuns()));
        return new Report(summary, files);
    }

    static final List<String> TABLE_HEADER = List.of("flow", "adagrad", "targets", "particles", "noise",
            "paper_figure", "seeds", "modes", "modes_covered_min", "modes_covered_mean", "in_mode_fraction_min",
            "in_mode_fraction_mean", "occupancy_tv_max", "occupancy_tv_mean", "tv_threshold", "outlier_fraction_max",
            "outlier_fraction_mean", "mmd2_mean", "sliced_w2_mean", "converged_seeds", "converged", "failed",
            "run_seconds");

    static final List<String> RUNS_HEADER = List.of("flow", "adagrad", "targets", "particles", "noise", "seed",
            "steps", "modes_covered", "in_mode_fraction", "occupancy_tv", "outlier_fraction", "mmd2", "sliced_w2",
            "converged", "paused", "seconds");

    private static List<Object> factors(PaperCondition c) {
        return List.of(c.flow().id(), c.adagradLabel(), c.targetsLabel(), c.particlesLabel(), c.noiseLabel());
    }

    private static List<List<Object>> tableRows(TableResult r) {
        List<List<Object>> out = new ArrayList<>();
        for (TableRow row : r.rows()) {
            List<Object> l = new ArrayList<>(factors(row.condition()));
            l.addAll(List.of(row.figure() == null ? "" : row.figure().id(), row.runs().size(),
                    r.criterion().modes(), row.modesMin(), row.modesMean(), row.inModeMin(), row.inModeMean(),
                    row.tvMax(), row.tvMean(), r.criterion().maxTv(), row.outliersMax(), row.outliersMean(),
                    row.mmd2Mean(), row.slicedW2Mean(), row.convergedSeeds(), row.converged() ? "yes" : "no",
                    String.join(";", row.failures()), Math.round(row.seconds() * 100) / 100.0));
            out.add(l);
        }
        return out;
    }

    private static List<List<Object>> runRows(TableResult r) {
        List<List<Object>> out = new ArrayList<>();
        for (TableRow row : r.rows()) {
            for (int k = 0; k < row.runs().size(); k++) {
                RunOutcome o = row.runs().get(k);
                List<Object> l = new ArrayList<>(factors(row.condition()));
                l.addAll(List.of(k, o.steps(), o.modesCovered(), o.inModeFraction(), o.occupancyTv(),
                        o.outlierFraction(), o.mmd2(), o.slicedW2(), r.criterion().converged(o) ? "yes" : "no",
                        o.completed() ? "no" : "yes", Math.round(o.seconds() * 100) / 100.0));
                out.add(l);
            }
        }
        return out;
    }

    /** "yes" or "no (TV, in-mode)". */
    static String verdict(TableRow row) {
        return row.converged() ? "yes" : "no (" + String.join(", ", row.failures()) + ")";
    }

    static String markdown(TableResult r) {
        TableSettings s = r.settings();
        ConvergenceCriterion k = r.criterion();
        OccupancySpread sp = k.spread();
        Mixture mix = r.seed0Targets().mixture();
        StringBuilder sb = new StringBuilder("# ").append(s.title()).append("\n\n");
        sb.append(String.format(Locale.ROOT, "Dataset `%s` (K = %d modes, std %s), N = M = %d, %d steps, η = %s, offset "
                + "start, seeds 0..%d; %d conditions. The %d runs took %.0f s of run time in total (each run on one "
                + "thread, %d concurrently); %s%n%n", s.dataset(), k.modes(), mix.std(), s.particles(), s.steps(), etas(s),
                s.seeds() - 1, s.conditions().size(), s.conditions().size() * s.seeds(), r.runSeconds(),
                s.threads(), r.keptRuns() == 0 ? String.format(Locale.ROOT, "wall time %.0f s.", r.wallSeconds())
                        : String.format(Locale.ROOT, "%d of them were run by an earlier invocation and "
                        + "kept in the --cache directory; this one took %.0f s.", r.keptRuns(), r.wallSeconds())));
        sb.append("**Converged** = ").append(k.describe()).append(".\n\n");
        sb.append(String.format(Locale.ROOT, "- *modes*: a mode is covered when it holds ≥ ⌈0.1·N/K⌉ particles within "
                + "3 std of its mean; *in-mode*: the fraction of particles within 3 std of their nearest mean.%n"
                + "- *occupancy TV*: ½ Σ_k |a_k − b_k| between the shares of the in-mode particles and of the in-mode "
                + "targets that each mode holds. Threshold %.4f = the %.0fth percentile of this TV between two "
                + "independent samples of %d and %d points from K = %d equally weighted modes (%d Monte-Carlo pairs; "
                + "median %.4f): a run above it is less balanced than an independent sample would be.%n"
                + "- *outliers*: particles farther than %.0f std (%s) from every mode mean.%n%n",
                sp.quantile(), 100 * OccupancySpread.QUANTILE, sp.n(), sp.m(), sp.modes(), sp.pairs(), sp.median(),
                ModeBalance.OUTLIER_STDS, ModeBalance.OUTLIER_STDS * mix.std()));
        summary(sb, r);
        details(sb, r);
        sb.append("\n## Conditions (our mapping of the captions' words; the paper gives no settings)\n\n");
        sb.append(String.format(Locale.ROOT, "AdaGrad = AdaGrad with momentum α = 0.9 on the drift; targets "
                + "subsampled = %d targets drawn each step (B_p); particles batched = %d particles move each step and "
                + "stand for q (B_q); annealed = linear σ %s → %s, cosine = cosine σ %s → %s over the run. MMD uses "
                + "noise injection β = %s; SVGD uses the KDE target score at the current σ.%n%n", PaperCondition.BATCH,
                PaperCondition.BATCH, PaperCondition.SIGMA_MAX, PaperCondition.SIGMA_MIN, PaperCondition.SIGMA_MAX,
                PaperCondition.SIGMA_MIN, PaperCondition.MMD_BETA));
        for (PaperFigure f : PaperFigure.values()) {
            if (f.dataset().equals(s.dataset())) {
                sb.append("Marked **").append(f.label()).append("**: the paper's ").append(f.description())
                        .append(", where the caption says only SD flow converged.");
                if (f == PaperFigure.FIGURE_2) {
                    sb.append(" The caption does not say how particles are updated: both rows are marked.");
                }
                sb.append("\n\n");
            }
        }
        sb.append("`final-states.png`: final particles (blue) over the targets (red) of seed 0 for every condition; "
                + "`paper-figure-occupancy.png/svg` (when a paper figure's condition ran): the share of each mode in "
                + "seed 0 of those rows against the targets'. `runs.csv` has every seed, `table.csv` every condition.\n");
        return sb.toString();
    }

    private static String etas(TableSettings s) {
        TreeSet<Double> e = new TreeSet<>();
        for (PaperCondition c : s.conditions()) {
            FlowParameters p = c.params(s.steps());
            e.add(p.eta());
        }
        return e.size() == 1 ? String.valueOf(e.first()) : e.toString();
    }

    private static void summary(StringBuilder sb, TableResult r) {
        sb.append("## Verdicts (rows = conditions, as in the paper's tables)\n\n");
        sb.append("| AdaGrad | targets | particles | noise | paper |");
        List<FlowKind> flows = new ArrayList<>();
        for (TableRow row : r.rows()) {
            if (!flows.contains(row.condition().flow())) {
                flows.add(row.condition().flow());
            }
        }
        flows.forEach(f -> sb.append(' ').append(f.displayName()).append(" |"));
        sb.append("\n|---|---|---|---|---|").append("---|".repeat(flows.size())).append('\n');
        List<String> seen = new ArrayList<>();
        for (TableRow row : r.rows()) {
            PaperCondition c = row.condition();
            if (seen.contains(c.factorsKey())) {
                continue;
            }
            seen.add(c.factorsKey());
            sb.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s |", c.adagradLabel(), c.targetsLabel(),
                    c.particlesLabel(), c.noiseLabel(), row.figure() == null ? "" : "**" + row.figure().label() + "**"));
            for (FlowKind f : flows) {
                TableRow x = r.row(c.withFlow(f));
                sb.append(' ').append(x == null ? "—" : x.converged() ? "**yes**" : verdict(x)).append(" |");
            }
            sb.append('\n');
        }
        sb.append("\nA \"no\" names the criteria some seed failed.\n\n");
    }

    private static void details(StringBuilder sb, TableResult r) {
        int k = r.criterion().modes();
        sb.append("## Details (worst seed for the verdict's criteria, mean over seeds for MMD² and sliced W2)\n\n");
        sb.append("| flow | AdaGrad | targets | particles | noise | paper | modes (min) | in-mode (min) | occupancy TV "
                + "(max) | outliers (max) | MMD² (mean) | sliced W2 (mean) | converged seeds | converged |\n");
        sb.append("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (TableRow row : r.rows()) {
            PaperCondition c = row.condition();
            sb.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %d/%d | %.3f | %.3f | %.3f | %.2e | %.3f "
                            + "| %d/%d | %s |%n", c.flow().displayName(), c.adagradLabel(), c.targetsLabel(),
                    c.particlesLabel(), c.noiseLabel(), row.figure() == null ? "" : row.figure().label(), row.modesMin(),
                    k, row.inModeMin(), row.tvMax(), row.outliersMax(), row.mmd2Mean(), row.slicedW2Mean(),
                    row.convergedSeeds(), row.runs().size(), row.converged() ? "**yes**" : "no"));
        }
    }
}
