package org.flowexplorer.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.flowexplorer.core.data.ColumnCsvWriter;
import org.flowexplorer.core.sim.MetricsRow;

/** {@code metrics.csv} of a run: one row per recorded step, empty cells where a metric does not apply. */
final class MetricsCsv {
    private MetricsCsv() {
    }

    static void write(List<MetricsRow> rows, OutputStream o) throws IOException {
        ColumnCsvWriter csv = ColumnCsvWriter.onStream(o, MetricsRow.COLUMNS);
        for (MetricsRow r : rows) {
            csv.row(r.step(), r.sigma(), r.mmd2(), r.slicedW2(),
                    r.modesCovered() == null ? Double.NaN : r.modesCovered(),
                    r.inModeFraction() == null ? Double.NaN : r.inModeFraction(),
                    r.msPerStep() == null ? Double.NaN : r.msPerStep());
        }
        csv.flush();
    }
}
