package org.flowexplorer.core.flow;

/**
 * AdaGrad with momentum on the drift (the form of the public SVGD code), algorithms.md §3,
 * element-wise per particle:
 * <pre>
 *   G_i ← v_i²                       on the particle's first moving step
 *   G_i ← α G_i + (1 − α) v_i²       afterwards, α = 0.9
 *   d_i = η · σ · v_i / (10⁻⁶ + sqrt(G_i))
 * </pre>
 * Mutable state owned by the simulation thread; {@link #copy()} for snapshots and forks. The
 * arrays are allocated by {@link #prepare()} before the first AdaGrad step, so runs without AdaGrad
 * carry and copy nothing.
 */
public final class AdaGrad {
    /** Momentum α of the squared-gradient average. */
    public static final double ALPHA = 0.9;
    /** Fudge factor added to sqrt(G). */
    public static final double FUDGE = 1e-6;

    private final int particles;
    private final int dim;
    private double[] g;
    private boolean[] started;

    public AdaGrad(int particles, int dim) {
        this.particles = particles;
        this.dim = dim;
    }

    private AdaGrad(AdaGrad other) {
        this.particles = other.particles;
        this.dim = other.dim;
        this.g = other.g == null ? null : other.g.clone();
        this.started = other.started == null ? null : other.started.clone();
    }

    /**
     * Updates G of particle {@code i} with its velocity and writes the AdaGrad drift.
     *
     * @param v   velocity of particle i at {@code v[vOff..vOff+d)}, not modified
     * @param out receives the drift at {@code out[outOff..outOff+d)}
     */
    public void drift(int i, double[] v, int vOff, double eta, double sigma, double[] out, int outOff) {
        int go = i * dim;
        boolean first = !started[i];
        started[i] = true;
        for (int c = 0; c < dim; c++) {
            double vc = v[vOff + c];
            double sq = vc * vc;
            g[go + c] = first ? sq : ALPHA * g[go + c] + (1.0 - ALPHA) * sq;
            out[outOff + c] = eta * sigma * vc / (FUDGE + Math.sqrt(g[go + c]));
        }
    }

    /** Allocates the state before a step's threads call {@link #drift} (idempotent). */
    public void prepare() {
        if (g == null) {
            g = new double[particles * dim];
            started = new boolean[particles];
        }
    }

    /** A deep copy. */
    public AdaGrad copy() {
        return new AdaGrad(this);
    }
}
