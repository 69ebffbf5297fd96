package org.flowexplorer.core.experiment.table;

import java.util.List;
import org.flowexplorer.core.data.Dataset;

/**
 * A finished table.
 *
 * @param settings     what was run
 * @param rows         one row per condition, in settings order
 * @param criterion    the convergence rule with its measured threshold
 * @param seed0Targets the targets of seed 0 (for the final-state panels)
 * @param wallSeconds  wall time of this invocation
 * @param keptRuns     runs taken from the cache instead of being run again
 */
public record TableResult(TableSettings settings, List<TableRow> rows, ConvergenceCriterion criterion,
                          Dataset seed0Targets, double wallSeconds, int keptRuns) {
    public TableResult {
        rows = List.copyOf(rows);
    }

    /** Sum of the runs' own wall times (each run timed where it ran). */
    public double runSeconds() {
        return rows.stream().mapToDouble(TableRow::seconds).sum();
    }

    /** The row of a condition, or null. */
    public TableRow row(PaperCondition c) {
        return rows.stream().filter(r -> r.condition().equals(c)).findFirst().orElse(null);
    }
}
