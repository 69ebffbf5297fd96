package org.flowexplorer.core.experiment;

import org.flowexplorer.core.experiment.report.Report;

/**
 * A paper reproduction: settings fixed at construction, {@link #run} does the work, {@link #report}
 * turns the result into the files and summary lines the {@code reproduce} command writes.
 *
 * @param <R> the result
 */
public interface Experiment<R> {
    R run(Progress progress);

    Report report(R result);

    /** Runs and reports in one go. */
    default Report runAndReport(Progress progress) {
        return report(run(progress));
    }
}
