package org.flowexplorer.core.experiment;

/**
 * Where a long experiment reports how far it is. Work is counted in units announced by
 * {@link #start} (for the simulations: steps); {@link #advance} may be called from several
 * threads at once, so implementations must be thread safe.
 */
public interface Progress {
    /** A new task of {@code total} units begins. */
    void start(String task, long total);

    /** {@code units} more units are done. */
    void advance(long units);

    /** A one-line result worth showing (e.g. one finished run). */
    void note(String line);

    /** Progress that goes nowhere. */
    static Progress silent() {
        return new Progress() {
            @Override
            public void start(String task, long total) {
            }

            @Override
            public void advance(long units) {
            }

            @Override
            public void note(String line) {
            }
        };
    }
}
