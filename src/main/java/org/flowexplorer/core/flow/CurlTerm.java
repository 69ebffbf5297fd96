package org.flowexplorer.core.flow;

import org.flowexplorer.core.kernel.KernelSums;
import org.flowexplorer.core.math.ParallelRunner;
import org.flowexplorer.core.math.PointSet;

/**
 * The curl term κ of algorithms.md §2, wrapped around any flow: the drift v is replaced by
 * <pre>
 *   v + κ·J v,    J (a, b, c, …) = (−b, a, 0, …)     (rotation of the first two coordinates by +90°)
 * </pre>
 * For Langevin, J s_p is p-divergence-free, so the stationary law is unchanged although the field
 * is no longer a gradient (the WGF paper's point). The discrete step is stable near a mode only
 * when η(1 + κ²) &lt; 2 (see {@code core.sim.StabilityRule}).
 */
public final class CurlTerm implements Flow {
    private final Flow inner;
    private final double kappa;

    public CurlTerm(Flow inner, double kappa) {
        this.inner = inner;
        this.kappa = kappa;
    }

    @Override
    public VelocityField field(PointSet sample, PointSet targets, double sigma, ParallelRunner runner) {
        VelocityField v = inner.field(sample, targets, sigma, runner);
        if (kappa == 0.0 || v.dim() < 2) {
            return v;
        }
        return new VelocityField() {
            @Override
            public int dim() {
                return v.dim();
            }

            @Override
            public FieldScratch newScratch() {
                return v.newScratch();
            }

            @Override
            public void evaluate(double[] x, int xOff, double[] out, int outOff, FieldScratch s) {
                v.evaluate(x, xOff, out, outOff, s);
                rotate(out, outOff);
            }
        };
    }

    @Override
    public void velocities(StepInput in, KernelSums sums, double[] out) {
        inner.velocities(in, sums, out);
        int d = in.sample().dim();
        if (kappa == 0.0 || d < 2) {
            return;
        }
        for (int off = 0; off < out.length; off += d) {
            rotate(out, off);
        }
    }

    private void rotate(double[] out, int off) {
        double a = out[off];
        double b = out[off + 1];
        out[off] = a - kappa * b;
        out[off + 1] = b + kappa * a;
    }

    @Override
    public double noiseRho() {
        return inner.noiseRho();
    }
}
