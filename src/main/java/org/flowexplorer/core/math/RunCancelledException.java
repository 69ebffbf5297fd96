package org.flowexplorer.core.math;

/**
 * Thrown by {@link ParallelRunner#forEach} after {@link ParallelRunner#cancel}: the work was
 * stopped part way, and its outputs must be thrown away.
 */
public final class RunCancelledException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public RunCancelledException() {
        super("cancelled", null, false, false);
    }
}
