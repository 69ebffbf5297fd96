package org.flowexplorer.core.sim;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.flowexplorer.core.data.ColumnCsvWriter;

/**
 * One row of a run's metrics history ({@code metrics.csv}).
 *
 * @param step           steps completed
 * @param sigma          σ of the last step (σ_0 at step 0)
 * @param mmd2           MMD² to the targets
 * @param slicedW2       sliced W2 to the targets
 * @param modesCovered   modes covered, or null when the targets are not a mixture
 * @param inModeFraction fraction of particles in a mode, or null when not a mixture
 * @param msPerStep      wall time of the last step, or null at step 0
 */
public record MetricsRow(long step, double sigma, double mmd2, double slicedW2, Integer modesCovered,
                         Double inModeFraction, Double msPerStep) {
    /** The CSV header of a metrics history. */
    public static final List<String> COLUMNS =
            List.of("step", "sigma", "mmd2", "sliced_w2", "modes_covered", "in_mode_fraction", "ms_per_step");

    /** Writes {@code metrics.csv}: one row per recorded step, empty cells where a metric does not apply. */
    public static void writeCsv(List<MetricsRow> rows, OutputStream o) throws IOException {
        ColumnCsvWriter csv = ColumnCsvWriter.onStream(o, COLUMNS);
        for (MetricsRow r : rows) {
            csv.row(r.step(), r.sigma(), r.mmd2(), r.slicedW2(),
                    r.modesCovered() == null ? Double.NaN : r.modesCovered(),
                    r.inModeFraction() == null ? Double.NaN : r.inModeFraction(),
                    r.msPerStep() == null ? Double.NaN : r.msPerStep());
        }
        csv.flush();
    }
}
