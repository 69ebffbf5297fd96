package org.flowexplorer.core.metric;

import org.flowexplorer.core.math.ParallelRunner;
import org.flowexplorer.core.math.PointSet;
import org.flowexplorer.core.math.VectorField;
import org.flowexplorer.core.metric.field.FieldCalculus;

/**
 * How far a velocity field is from a gradient field (WGF paper; algorithms.md §6). The field is
 * v(x) with the particle sample and the targets held fixed; only the probe point moves. Probes are
 * the first 256 particles (all if fewer). With the x–y block J of the Jacobian at each probe and
 * the circle integrals of {@link FieldCalculus} (radius σ):
 * <pre>
 *   relative_curl = mean_probes |J₂₁ − J₁₂|  /  mean_probes ‖J₁:₂,₁:₂‖_F
 *   circulation   = mean_probes ( |∮ v·dl| / ∮ ‖v‖ dl )
 * </pre>
 * A gradient field has a symmetric Jacobian and zero circulation, so both values are at rounding
 * level for SD flow, MMD, Langevin and DiffFlow with κ = 0, and clearly positive for SVGD or κ ≠ 0.
 * Probes with {@code ∮ ‖v‖ dl = 0} are left out of the circulation mean, which is null if every
 * probe is left out; relative_curl is null if the Jacobian vanishes at every probe (0/0).
 * Each probe is measured by one thread and the sums run in ascending probe order, so the result
 * does not depend on the thread count. Requires d ≥ 2.
 *
 * @param relativeCurl mean |J₂₁ − J₁₂| over mean ‖J‖_F, or null if every J is zero
 * @param circulation  mean |∮ v·dl| / ∮ ‖v‖ dl over the probes where v is not zero on the circle,
 *                     or null if there is no such probe
 */
public record FieldDiagnostics(Double relativeCurl, Double circulation) {
    /** Maximum number of probes (the first particles). */
    public static final int MAX_PROBES = 256;

    /**
     * Diagnostics of {@code field} at the first {@value #MAX_PROBES} particles.
     *
     * @param particles the particles; the first ones are the probes (not modified)
     * @param field     v with its sample and targets held fixed, e.g. a flow's field adapted by
     *                  {@code MeasuredField.of(FlowSpec.create().field(particles, targets, sigma, runner))}
     * @param sigma     the noise level: δ = 10⁻³σ for the Jacobian, circle radius σ
     */
    public static FieldDiagnostics compute(PointSet particles, VectorField field, double sigma,
                                           ParallelRunner runner) {
        if (particles.size() < 1) {
            throw new IllegalArgumentException("field diagnostics need at least one particle");
        }
        if (particles.dim() != field.dim()) {
            throw new IllegalArgumentException("particles have dimension " + particles.dim()
                    + " but the field has dimension " + field.dim());
        }
        FieldCalculus.checkArguments(field.dim(), sigma);
        int probes = Math.min(MAX_PROBES, particles.size());
        int d = particles.dim();
        double[] x = particles.coords();
        double[] curl = new double[probes];
        double[] frobenius = new double[probes];
        double[] along = new double[probes];
        double[] length = new double[probes];
        runner.forRange(probes, (from, to) -> {
            FieldCalculus calc = new FieldCalculus(field, sigma);
            double[] j = new double[4];
            double[] circle = new double[2];
            for (int p = from; p < to; p++) {
                calc.jacobianXY(x, p * d, j);
                curl[p] = Math.abs(FieldCalculus.curl(j));
                frobenius[p] = FieldCalculus.frobenius(j);
                calc.circleIntegrals(x, p * d, sigma, circle);
                along[p] = circle[0];
                length[p] = circle[1];
            }
        });
        double curlSum = 0.0;
        double frobSum = 0.0;
        double ratioSum = 0.0;
        int counted = 0;
        for (int p = 0; p < probes; p++) {
            curlSum += curl[p];
            frobSum += frobenius[p];
            if (length[p] != 0.0) {
                ratioSum += Math.abs(along[p]) / length[p];
                counted++;
            }
        }
        Double relativeCurl = frobSum == 0.0 ? null : (curlSum / probes) / (frobSum / probes);
        Double circulation = counted == 0 ? null : ratioSum / counted;
        return new FieldDiagnostics(relativeCurl, circulation);
    }
}
