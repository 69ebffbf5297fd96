package org.flowexplorer.core.flow;

/**
 * The deterministic velocity v(x) of a flow (algorithms.md §2) with its sample of q and its
 * targets held fixed, so that it can be evaluated anywhere: at the particles for a step, on a grid
 * for the field overlay, and around probe points for curl and circulation diagnostics.
 * Implementations are immutable and thread safe; the scratch is private to the calling thread.
 */
public interface VelocityField {
    /** The dimension d of the points. */
    int dim();

    /** A workspace for one thread. */
    FieldScratch newScratch();

    /**
     * Writes v(x) for the point {@code x[xOff .. xOff+d)} into {@code out[outOff .. outOff+d)}.
     * {@code x} is not modified; {@code out} may not overlap {@code x}.
     */
    void evaluate(double[] x, int xOff, double[] out, int outOff, FieldScratch scratch);

    /** Convenience: v at one point, as a new array. */
    default double[] at(double... x) {
        double[] out = new double[dim()];
        evaluate(x, 0, out, 0, newScratch());
        return out;
    }
}
