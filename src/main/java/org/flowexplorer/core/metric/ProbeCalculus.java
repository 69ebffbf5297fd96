package org.flowexplorer.core.metric;

import org.flowexplorer.core.flow.FieldScratch;
import org.flowexplorer.core.flow.VelocityField;

/**
 * The local measurements of {@link FieldDiagnostics} at one probe point p, for one thread (it
 * owns the field's scratch and its work arrays, so it must not be shared between threads).
 * <ul>
 *   <li>x–y block of the Jacobian by central differences, δ = 10⁻³σ:
 *       {@code J_ab = (v_a(p + δe_b) − v_a(p − δe_b)) / (2δ)}, a, b ∈ {x, y};</li>
 *   <li>the two circle integrals on the circle of radius σ around p in the x–y plane (other
 *       coordinates fixed at p's), counter-clockwise, by the midpoint rule with K = 256 arcs:
 *       θ_k = 2π(k+½)/K, q_k = p + σ(cos θ_k, sin θ_k), τ_k = (−sin θ_k, cos θ_k), dl = 2πσ/K,
 *       <pre>  ∮ v·dl ≈ Σ_k v(q_k)·τ_k dl,    ∮ ‖v‖ dl ≈ Σ_k ‖v(q_k)‖ dl</pre>
 *       where ‖v‖ is the Euclidean norm of the full d-dimensional velocity.</li>
 * </ul>
 */
final class ProbeCalculus {
    /** Number of arcs K of the circulation circle. */
    static final int ARCS = 256;
    /** Finite-difference step relative to σ. */
    static final double RELATIVE_STEP = 1e-3;

    private final VelocityField field;
    private final FieldScratch scratch;
    private final double sigma;
    private final double[] point;
    private final double[] plus;
    private final double[] minus;
    private final double[] cos = new double[ARCS];
    private final double[] sin = new double[ARCS];

    ProbeCalculus(VelocityField field, double sigma) {
        checkArguments(field.dim(), sigma);
        int d = field.dim();
        this.field = field;
        this.scratch = field.newScratch();
        this.sigma = sigma;
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
    static void checkArguments(int d, double sigma) {
        if (d < 2) {
            throw new IllegalArgumentException("field diagnostics need d ≥ 2, got d = " + d);
        }
        if (!(sigma > 0) || !Double.isFinite(sigma)) {
            throw new IllegalArgumentException("sigma must be positive and finite, got " + sigma);
        }
    }

    /**
     * The x–y block of the Jacobian at {@code p[off .. off+d)}, written row-major into
     * {@code j[0..4)} as (J_xx, J_xy, J_yx, J_yy), i.e. {@code j[2a + b] = ∂v_a/∂x_b}.
     */
    void jacobianXY(double[] p, int off, double[] j) {
        int d = point.length;
        double delta = RELATIVE_STEP * sigma;
        for (int b = 0; b < 2; b++) {
            System.arraycopy(p, off, point, 0, d);
            point[b] = p[off + b] + delta;
            field.evaluate(point, 0, plus, 0, scratch);
            point[b] = p[off + b] - delta;
            field.evaluate(point, 0, minus, 0, scratch);
            for (int a = 0; a < 2; a++) {
                j[2 * a + b] = (plus[a] - minus[a]) / (2.0 * delta);
            }
        }
    }

    /**
     * The circle integrals around {@code p[off .. off+d)}: {@code out[0] = ∮ v·dl} and
     * {@code out[1] = ∮ ‖v‖ dl}, each summed over the arcs in ascending k.
     */
    void circleIntegrals(double[] p, int off, double[] out) {
        int d = point.length;
        double dl = 2.0 * Math.PI * sigma / ARCS;
        System.arraycopy(p, off, point, 0, d);
        double along = 0.0;
        double length = 0.0;
        for (int k = 0; k < ARCS; k++) {
            point[0] = p[off] + sigma * cos[k];
            point[1] = p[off + 1] + sigma * sin[k];
            field.evaluate(point, 0, plus, 0, scratch);
            double tangential = -plus[0] * sin[k] + plus[1] * cos[k];
            double norm2 = 0.0;
            for (int c = 0; c < d; c++) {
                norm2 += plus[c] * plus[c];
            }
            along += tangential * dl;
            length += Math.sqrt(norm2) * dl;
        }
        out[0] = along;
        out[1] = length;
    }
}
