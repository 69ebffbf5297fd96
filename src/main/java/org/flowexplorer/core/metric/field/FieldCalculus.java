package org.flowexplorer.core.metric.field;

import org.flowexplorer.core.math.VectorField;

/**
 * The field calculus every diagnostic uses (algorithms.md §6), for one thread (it owns an
 * evaluator and work arrays, so it must not be shared):
 * <ul>
 *   <li>the x–y block of the Jacobian by central differences, δ = {@value #RELATIVE_STEP}·σ:
 *       {@code J_ab = (v_a(p + δe_b) − v_a(p − δe_b)) / (2δ)}, a, b ∈ {x, y};</li>
 *   <li>the two line integrals on the circle of radius r around a centre c in the x–y plane (other
 *       coordinates fixed), counter-clockwise, midpoint rule with K = {@value #ARCS} arcs:
 *       θ_k = 2π(k+½)/K, q_k = c + r(cos θ_k, sin θ_k), τ_k = (−sin θ_k, cos θ_k), dl = 2πr/K,
 *       <pre>  ∮ v·dl ≈ Σ_k v(q_k)·τ_k dl,    ∮ ‖v‖ dl ≈ Σ_k ‖v(q_k)‖ dl</pre>
 *       with ‖v‖ the Euclidean norm of the full d-dimensional velocity.</li>
 * </ul>
 * Sums run in ascending k, so results depend only on the inputs.
 */
public final class FieldCalculus {
    /** Number of arcs K of a circle integral. */
    public static final int ARCS = 256;
    /** Finite-difference step relative to σ. */
    public static final double RELATIVE_STEP = 1e-3;

    private final VectorField.Evaluator field;
    private final double delta;
    private final double[] point;
    private final double[] plus;
    private final double[] minus;
    private final double[] cos = new double[ARCS];
    private final double[] sin = new double[ARCS];

    /**
     * @param field the field (an evaluator is taken for this thread)
     * @param sigma the noise level: the difference step is δ = 10⁻³σ
     */
    public FieldCalculus(VectorField field, double sigma) {
        checkArguments(field.dim(), sigma);
        int d = field.dim();
        this.field = field.evaluator();
        this.delta = RELATIVE_STEP * sigma;
        this.point = new double[d];
        this.plus = new double[d];
        this.minus = new double[d];
        for (int k = 0; k < ARCS; k++) {
            double theta = 2.0 * Math.PI * (k + 0.5) / ARCS;
            cos[k] = Math.cos(theta);
            sin[k] = Math.sin(theta);
        }
    }

    /** Throws unless d ≥ 2 and σ is positive and finite. */
    public static void checkArguments(int d, double sigma) {
        if (d < 2) {
            throw new IllegalArgumentException("field diagnostics need d ≥ 2, got d = " + d);
        }
        if (!(sigma > 0) || !Double.isFinite(sigma)) {
            throw new IllegalArgumentException("sigma must be positive and finite, got " + sigma);
        }
    }

    /** v at {@code p[off .. off+d)} into {@code out[0 .. d)}. */
    public void value(double[] p, int off, double[] out) {
        field.evaluate(p, off, out, 0);
    }

    /**
     * The x–y block of the Jacobian at {@code p[off .. off+d)}, written row-major into
     * {@code j[0..4)} as (J_xx, J_xy, J_yx, J_yy), i.e. {@code j[2a + b] = ∂v_a/∂x_b}.
     */
    public void jacobianXY(double[] p, int off, double[] j) {
        int d = point.length;
        for (int b = 0; b < 2; b++) {
            System.arraycopy(p, off, point, 0, d);
            point[b] = p[off + b] + delta;
            field.evaluate(point, 0, plus, 0);
            point[b] = p[off + b] - delta;
            field.evaluate(point, 0, minus, 0);
            for (int a = 0; a < 2; a++) {
                j[2 * a + b] = (plus[a] - minus[a]) / (2.0 * delta);
            }
        }
    }

    /** The curl J_yx − J_xy of a Jacobian block from {@link #jacobianXY}. */
    public static double curl(double[] j) {
        return j[2] - j[1];
    }

    /** ‖J‖_F of a Jacobian block from {@link #jacobianXY}. */
    public static double frobenius(double[] j) {
        return Math.sqrt(j[0] * j[0] + j[1] * j[1] + j[2] * j[2] + j[3] * j[3]);
    }

    /**
     * The circle integrals of radius {@code r} around {@code c[off .. off+d)}:
     * {@code out[0] = ∮ v·dl} and {@code out[1] = ∮ ‖v‖ dl}.
     */
    public void circleIntegrals(double[] c, int off, double r, double[] out) {
        int d = point.length;
        double dl = 2.0 * Math.PI * r / ARCS;
        System.arraycopy(c, off, point, 0, d);
        double along = 0.0;
        double length = 0.0;
        for (int k = 0; k < ARCS; k++) {
            point[0] = c[off] + r * cos[k];
            point[1] = c[off + 1] + r * sin[k];
            field.evaluate(point, 0, plus, 0);
            double norm2 = 0.0;
            for (int q = 0; q < d; q++) {
                norm2 += plus[q] * plus[q];
            }
            along += (-plus[0] * sin[k] + plus[1] * cos[k]) * dl;
            length += Math.sqrt(norm2) * dl;
        }
        out[0] = along;
        out[1] = length;
    }
}
