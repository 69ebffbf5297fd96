package org.flowexplorer.cli;

import org.flowexplorer.core.data.InputException;
import picocli.CommandLine.Option;

/** {@code --threads T}: kernel threads; results are identical for any value. */
final class ThreadsOption {
    @Option(names = "--threads", paramLabel = "T",
            description = "Kernel threads (default: all cores). Results are bitwise identical for any T.")
    Integer threads;

    int resolve() {
        if (threads == null) {
            return Runtime.getRuntime().availableProcessors();
        }
        if (threads < 1 || threads > 256) {
            throw InputException.forKey("--threads", "must be between 1 and 256, got " + threads);
        }
        return threads;
    }
}
