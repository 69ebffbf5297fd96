package org.flowexplorer.app.data;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.flowexplorer.app.control.Notifier;
import org.flowexplorer.app.run.SimulationWorker;
import org.flowexplorer.core.data.DatasetCatalog;
import org.flowexplorer.core.data.InputException;
import org.flowexplorer.core.data.PointCsvReader;
import org.flowexplorer.core.data.PointCsvWriter;
import org.flowexplorer.core.io.AtomicFiles;
import org.flowexplorer.core.math.PointSet;
import org.flowexplorer.core.sim.MetricsRow;
import org.flowexplorer.core.sim.RunConfig;

/**
 * File › Export particles, Export metrics history and Load targets from CSV. Writes are atomic
 * (a reader never sees half a file, a failure leaves an existing file untouched); a bad CSV is
 * reported as a notification naming file:line:column and the current targets stay. FX thread.
 */
public final class CsvActions {
    private final SimulationWorker worker;
    private final Supplier<List<MetricsRow>> metrics;
    private final Supplier<RunConfig> current;
    private final Consumer<RunConfig> load;
    private final Notifier notifier;

    /**
     * @param worker   the single run (its latest particles are exported)
     * @param metrics  the live metrics history, oldest first
     * @param current  the configuration of the current run as it is now (data and dynamics)
     * @param load     rebuilds the run from a configuration at step 0 (new targets)
     * @param notifier the notification bar
     */
    public CsvActions(SimulationWorker worker, Supplier<List<MetricsRow>> metrics, Supplier<RunConfig> current,
                      Consumer<RunConfig> load, Notifier notifier) {
        this.worker = worker;
        this.metrics = metrics;
        this.current = current;
        this.load = load;
        this.notifier = notifier;
    }

    /** Writes the current particle positions ({@code x,y[,z]} header). Returns true on success. */
    public boolean exportParticles(Path file) {
        PointSet p = worker.latest().positions();
        long step = worker.latest().step();
        return write(file, o -> PointCsvWriter.write(p, o), p.size() + " particles of step " + step);
    }

    /** Writes the live metrics history in the columns of {@code metrics.csv}. Returns true on success. */
    public boolean exportMetrics(Path file) {
        List<MetricsRow> rows = new ArrayList<>(metrics.get());
        return write(file, o -> MetricsRow.writeCsv(rows, o), rows.size() + " metrics rows");
    }

    /**
     * Makes the points of {@code file} the targets ({@code csv:PATH}) and restarts at step 0 with
     * the current dynamics. Returns false (after a notification) if the file cannot be used.
     */
    public boolean loadTargets(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        PointSet points;
        try {
            points = PointCsvReader.read(abs);
        } catch (InputException e) {
            notifier.error("Targets not loaded: " + e.getMessage());
            return false;
        }
        if (points.size() > RunConfig.MAX_POINTS) {
            notifier.error("Targets not loaded: " + abs + ": " + points.size() + " points, at most "
                    + RunConfig.MAX_POINTS);
            return false;
        }
        load.accept(current.get().withDataset(DatasetCatalog.CSV_PREFIX + abs).withChanges(List.of()));
        notifier.info("Targets: " + points.size() + " points (" + points.dim() + "D) from " + abs
                + "; restarted at step 0");
        return true;
    }

    private boolean write(Path file, org.flowexplorer.core.io.IoWriter body, String what) {
        try {
            AtomicFiles.write(file, body);
            notifier.info("Wrote " + what + " to " + file);
            return true;
        } catch (IOException | RuntimeException e) {
            notifier.error("Cannot write " + file + ": " + e.getMessage());
            return false;
        }
    }
}
