package org.flowexplorer.core.experiment.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.flowexplorer.core.experiment.RunOutcome;
import org.flowexplorer.core.metric.OccupancySpread;

/**
 * When a run has converged (algorithms.md §4): it took all its steps, covers at least K − 1 of
 * the K modes, has an in-mode fraction of at least {@value #MIN_IN_MODE}, its mode occupancy is
 * as balanced as two independent samples of its sizes would be (occupancy TV at most the
 * measured {@link OccupancySpread#quantile()}), and at most {@value #MAX_OUTLIERS} of its
 * particles lie beyond 5 std of every mode. A condition converges when every seed does.
 *
 * @param modes  K
 * @param spread the measured TV spread of two independent samples (its quantile is the threshold)
 */
public record ConvergenceCriterion(int modes, OccupancySpread spread) {
    /** In-mode fraction a converged run needs. */
    public static final double MIN_IN_MODE = 0.9;
    /** Largest outlier fraction of a converged run. */
    public static final double MAX_OUTLIERS = 0.01;

    /** The criterion for N particles and M targets on K modes (measures the TV spread). */
    public static ConvergenceCriterion of(int n, int m, int modes) {
        return new ConvergenceCriterion(modes, OccupancySpread.measure(n, m, modes));
    }

    public double maxTv() {
        return spread.quantile();
    }

    /** The criteria {@code r} fails, as short phrases (empty: converged). */
    public List<String> failures(RunOutcome r) {
        List<String> f = new ArrayList<>();
        if (!r.completed()) {
            f.add("paused");
        }
        if (r.modesCovered() < modes - 1) {
            f.add(r.modesCovered() + "/" + modes + " modes");
        }
        if (!(r.inModeFraction() >= MIN_IN_MODE)) {
            f.add(String.format(Locale.ROOT, "in-mode %.2f", r.inModeFraction()));
        }
        if (!(r.occupancyTv() <= maxTv())) {
            f.add(String.format(Locale.ROOT, "TV %.2f", r.occupancyTv()));
        }
        if (!(r.outlierFraction() <= MAX_OUTLIERS)) {
            f.add(String.format(Locale.ROOT, "outliers %.1f%%", 100 * r.outlierFraction()));
        }
        return f;
    }

    public boolean converged(RunOutcome r) {
        return failures(r).isEmpty();
    }

    /** The rule in words, with the measured threshold. */
    public String describe() {
        return String.format(Locale.ROOT, "≥ %d/%d modes covered, in-mode fraction ≥ %.1f, occupancy TV ≤ %.3f and "
                + "outliers ≤ %.0f%% in every seed", modes - 1, modes, MIN_IN_MODE, maxTv(), 100 * MAX_OUTLIERS);
    }
}
