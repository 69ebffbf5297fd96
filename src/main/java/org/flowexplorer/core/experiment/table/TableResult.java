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
 * @param wallSeconds  wall time of the whole table
 */
public record TableResult(TableSettings settings, List<TableRow> rows, ConvergenceCriterion criterion,
                          Dataset seed0Targets, double wallSeconds) {
    public TableResult {
        rows = List.copyOf(rows);
    }

    /** The row of a condition, or null. */
    public TableRow row(PaperCondition c) {
        return rows.stream().filter(r -> r.condition().equals(c)).findFirst().orElse(null);
    }
}
