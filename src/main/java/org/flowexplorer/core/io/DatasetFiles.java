package org.flowexplorer.core.io;

import java.nio.file.Files;
import java.nio.file.Path;
import org.flowexplorer.core.data.DatasetCatalog;
import org.flowexplorer.core.sim.RunConfig;

/**
 * Makes a configuration that reads a {@code csv:} file replayable from anywhere and tamper-evident:
 * the path is stored absolute, and the file's SHA-256 is recorded so that a replay of an edited
 * file stops with a clear message instead of silently giving another result.
 */
public final class DatasetFiles {
    private DatasetFiles() {
    }

    /**
     * {@code config} with its {@code csv:} path made absolute (against the working directory) and
     * the file's current SHA-256 recorded, unless a hash is recorded already (that one is then
     * checked when the file is read). Other datasets are returned unchanged. Reads the file.
     */
    public static RunConfig pin(RunConfig config) {
        if (!isCsv(config.dataset())) {
            return config;
        }
        Path file = DatasetCatalog.csvPath(config.dataset()).toAbsolutePath().normalize();
        RunConfig c = config.dataset().equals(DatasetCatalog.CSV_PREFIX + file) ? config
                : config.withDataset(DatasetCatalog.CSV_PREFIX + file).withDatasetSha256(config.datasetSha256());
        return c.datasetSha256() != null ? c : c.withDatasetSha256(DatasetCatalog.fileSha256(file));
    }

    /** A {@code csv:} id with its path made absolute against the working directory; others unchanged. */
    static String absolute(String dataset) {
        if (!isCsv(dataset)) {
            return dataset;
        }
        return DatasetCatalog.CSV_PREFIX + DatasetCatalog.csvPath(dataset).toAbsolutePath().normalize();
    }

    /**
     * A relative {@code csv:} path of a configuration read from {@code dir} resolved against that
     * folder when the file is there, else kept (relative to the working directory).
     */
    static RunConfig resolveRelative(RunConfig config, Path dir) {
        if (!isCsv(config.dataset()) || dir == null) {
            return config;
        }
        Path p = DatasetCatalog.csvPath(config.dataset());
        if (p.isAbsolute() || !Files.exists(dir.resolve(p))) {
            return config;
        }
        return config.withDataset(DatasetCatalog.CSV_PREFIX + dir.resolve(p).normalize())
                .withDatasetSha256(config.datasetSha256());
    }

    private static boolean isCsv(String dataset) {
        return dataset != null && dataset.startsWith(DatasetCatalog.CSV_PREFIX);
    }
}
