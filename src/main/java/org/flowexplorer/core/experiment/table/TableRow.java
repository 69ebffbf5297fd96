package org.flowexplorer.core.experiment.table;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import org.flowexplorer.core.experiment.RunOutcome;

/**
 * One condition's runs (index = seed) judged by a criterion.
 *
 * @param condition the condition
 * @param runs      one outcome per seed
 * @param criterion the convergence rule
 * @param figure    the paper figure whose condition this is, or null
 */
public record TableRow(PaperCondition condition, List<RunOutcome> runs, ConvergenceCriterion criterion,
                       PaperFigure figure) {
    public TableRow {
        runs = List.copyOf(runs);
    }

    private double min(ToDoubleFunction<RunOutcome> f) {
        return runs.stream().mapToDouble(f).min().orElse(Double.NaN);
    }

    private double max(ToDoubleFunction<RunOutcome> f) {
        return runs.stream().mapToDouble(f).max().orElse(Double.NaN);
    }

    private double mean(ToDoubleFunction<RunOutcome> f) {
        return runs.stream().mapToDouble(f).average().orElse(Double.NaN);
    }

    public int modesMin() {
        return (int) min(RunOutcome::modesCovered);
    }

    public double modesMean() {
        return mean(RunOutcome::modesCovered);
    }

    public double inModeMin() {
        return min(RunOutcome::inModeFraction);
    }

    public double inModeMean() {
        return mean(RunOutcome::inModeFraction);
    }

    public double tvMax() {
        return max(RunOutcome::occupancyTv);
    }

    public double tvMean() {
        return mean(RunOutcome::occupancyTv);
    }

    public double outliersMax() {
        return max(RunOutcome::outlierFraction);
    }

    public double outliersMean() {
        return mean(RunOutcome::outlierFraction);
    }

    public double mmd2Mean() {
        return mean(RunOutcome::mmd2);
    }

    public double slicedW2Mean() {
        return mean(RunOutcome::slicedW2);
    }

    public long convergedSeeds() {
        return runs.stream().filter(criterion::converged).count();
    }

    /** True when every seed converged. */
    public boolean converged() {
        return convergedSeeds() == runs.size();
    }

    /** The criteria failed by at least one seed: "paused", "modes", "in-mode", "TV", "outliers". */
    public Set<String> failures() {
        Set<String> out = new LinkedHashSet<>();
        int k = criterion.modes();
        for (RunOutcome r : runs) {
            if (!r.completed()) {
                out.add("paused");
            }
        }
        if (modesMin() < k - 1) {
            out.add("modes");
        }
        if (!(inModeMin() >= ConvergenceCriterion.MIN_IN_MODE)) {
            out.add("in-mode");
        }
        if (!(tvMax() <= criterion.maxTv())) {
            out.add("TV");
        }
        if (!(outliersMax() <= ConvergenceCriterion.MAX_OUTLIERS)) {
            out.add("outliers");
        }
        return out;
    }

    public double seconds() {
        return runs.stream().mapToDouble(RunOutcome::seconds).sum();
    }
}
