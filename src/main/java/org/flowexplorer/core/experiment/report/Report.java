package org.flowexplorer.core.experiment.report;

import java.util.List;

/**
 * What an experiment hands back for writing: its files and a few summary lines for the terminal.
 *
 * @param summary lines printed after the run
 * @param files   the files, written together or not at all by {@link ReportWriter}
 */
public record Report(List<String> summary, List<ReportFile> files) {
    public Report {
        summary = List.copyOf(summary);
        files = List.copyOf(files);
    }

    /** The names of the files, in order. */
    public List<String> fileNames() {
        return files.stream().map(ReportFile::name).toList();
    }
}
