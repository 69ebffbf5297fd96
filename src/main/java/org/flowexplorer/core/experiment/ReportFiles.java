package org.flowexplorer.core.experiment;

import java.io.IOException;
import java.nio.file.Path;
import org.flowexplorer.core.io.StagedOutput;

/** Writes an experiment's three reports {@code STEM.csv}, {@code STEM.md} and {@code STEM.png} together or not at all. */
final class ReportFiles {
    private ReportFiles() {
    }

    static void write(Path dir, String stem, String csv, String markdown, Raster plot) throws IOException {
        try (StagedOutput staged = new StagedOutput()) {
            staged.write(dir.resolve(stem + ".csv"), o -> TableExperiment.text(o, csv));
            staged.write(dir.resolve(stem + ".md"), o -> TableExperiment.text(o, markdown));
            staged.write(dir.resolve(stem + ".png"), plot::writePng);
            staged.commit();
        }
    }
}
