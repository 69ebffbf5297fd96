package org.flowexplorer.core.experiment.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.flowexplorer.core.io.StagedOutput;

/** Writes a report's files into a directory all at once: each to a temporary file, then all moved into place. */
public final class ReportWriter {
    private ReportWriter() {
    }

    /** Creates {@code dir} if needed and writes every file of {@code report}; returns their paths. */
    public static List<Path> write(Report report, Path dir) throws IOException {
        Files.createDirectories(dir);
        try (StagedOutput staged = new StagedOutput()) {
            for (ReportFile f : report.files()) {
                staged.write(dir.resolve(f.name()), f.content());
            }
            List<Path> out = staged.targets();
            staged.commit();
            return out;
        }
    }
}
