package org.flowexplorer.core.math;

/**
 * A vector field v: R^d → R^d as the field diagnostics measure it (finite differences, line
 * integrals, grids). Evaluation goes through an {@link Evaluator} owned by one thread, so a
 * field can keep per-thread workspaces while being shared.
 */
public interface VectorField {
    /** The dimension d. */
    int dim();

    /** An evaluator for the calling thread (not to be shared between threads). */
    Evaluator evaluator();

    /** Evaluates v on one thread. */
    @FunctionalInterface
    interface Evaluator {
        /**
         * Writes v(x) for {@code x[xOff .. xOff+d)} into {@code out[outOff .. outOff+d)}; {@code x}
         * is not modified and must not overlap {@code out}.
         */
        void evaluate(double[] x, int xOff, double[] out, int outOff);
    }
}
