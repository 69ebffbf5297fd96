package org.flowexplorer.core.metric;

import org.flowexplorer.core.math.VectorField;

/** Test field {@code v(x) = A (x − c)} with a d×d matrix A (row-major) and centre c. */
final class LinearField implements VectorField {
    private final int d;
    private final double[] a;
    private final double[] centre;

    LinearField(int d, double[] a, double[] centre) {
        this.d = d;
        this.a = a.clone();
        this.centre = centre.clone();
    }

    LinearField(int d, double... a) {
        this(d, a, new double[d]);
    }

    /** The 2D rotation v = (−y, x) about the origin. */
    static LinearField rotation() {
        return new LinearField(2, 0, -1, 1, 0);
    }

    @Override
    public int dim() {
        return d;
    }

    @Override
    public Evaluator evaluator() {
        return this::evaluate;
    }

    /** v(x) for {@code x[xOff .. xOff+d)} into {@code out[outOff .. outOff+d)}. */
    void evaluate(double[] x, int xOff, double[] out, int outOff) {
        for (int r = 0; r < d; r++) {
            double s = 0.0;
            for (int c = 0; c < d; c++) {
                s += a[r * d + c] * (x[xOff + c] - centre[c]);
            }
            out[outOff + r] = s;
        }
    }
}
