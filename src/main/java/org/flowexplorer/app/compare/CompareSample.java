package org.flowexplorer.app.compare;

import java.util.List;
import org.flowexplorer.core.data.Dataset;
import org.flowexplorer.core.sim.MetricsRow;

/**
 * One measurement of compare mode's metrics: one row per pane, tagged with the targets they were
 * measured against (measured by {@code LiveMetrics} off the FX thread).
 *
 * @param dataset the targets shared by the panes
 * @param rows    one row per pane, in pane order
 */
public record CompareSample(Dataset dataset, List<MetricsRow> rows) {
    public CompareSample {
        rows = List.copyOf(rows);
    }
}
