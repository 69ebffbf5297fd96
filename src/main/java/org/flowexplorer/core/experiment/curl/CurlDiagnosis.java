package org.flowexplorer.core.experiment.curl;

import java.util.ArrayList;
import java.util.List;
import org.flowexplorer.core.flow.FlowSpec;
import org.flowexplorer.core.math.ParallelRunner;
import org.flowexplorer.core.math.VectorField;
import org.flowexplorer.core.metric.FieldDiagnostics;
import org.flowexplorer.core.metric.field.FieldCircle;
import org.flowexplorer.core.metric.field.CircleIntegral;
import org.flowexplorer.core.metric.field.FieldGrid;
import org.flowexplorer.core.sim.MeasuredField;
import org.flowexplorer.core.sim.Snapshot;

/**
 * Is a flow's velocity field a gradient field? (the {@code diagnose} command; WGF paper,
 * algorithms.md §6). The field is v(x) with the particles and targets of one snapshot held fixed,
 * at the σ of the snapshot's next step. It is sampled on a grid over the view
 * ({@link FieldGrid}: curl = ∂v_y/∂x − ∂v_x/∂y), measured at the particles
 * ({@link FieldDiagnostics}: relative curl, circulation), and integrated around the user's circles
 * ({@link CircleIntegral}), all with coordinates beyond the second at the particles' mean.
 *
 * @param label       what was diagnosed (flow and options)
 * @param snapshot    the state
 * @param sigma       σ of the field
 * @param grid        the sampled grid
 * @param diagnostics relative curl and circulation at the particles
 * @param circles     the circles' integrals
 */
public record CurlDiagnosis(String label, Snapshot snapshot, double sigma, FieldGrid grid,
                            FieldDiagnostics diagnostics, List<CircleIntegral> circles) {
    /** Largest grid side. */
    public static final int MAX_GRID = 1000;

    public CurlDiagnosis {
        circles = List.copyOf(circles);
    }

    /**
     * Diagnoses {@code spec}'s field at {@code snapshot}.
     *
     * @param view xMin, xMax, yMin, yMax, or null for the particles and targets plus 10%
     * @param side grid points per axis, 2..{@value #MAX_GRID}
     */
    public static CurlDiagnosis of(String label, Snapshot snapshot, FlowSpec spec, double[] view, int side,
                                   List<FieldCircle> circles, ParallelRunner runner) {
        if (snapshot.positions().dim() < 2) {
            throw new IllegalArgumentException("dataset: diagnose needs at least 2 dimensions");
        }
        if (side < 2 || side > MAX_GRID) {
            throw new IllegalArgumentException("grid: must be between 2 and " + MAX_GRID + ", got " + side);
        }
        double sigma = snapshot.nextSigma();
        var particles = snapshot.positions();
        var targets = snapshot.targets().points();
        double[] v = view == null ? FieldGrid.autoView(particles, targets) : view;
        VectorField field = MeasuredField.of(spec.create().field(particles, targets, sigma, runner));
        double[] base = FieldGrid.mean(particles);
        FieldGrid grid = FieldGrid.sample(field, base, v, side, side, sigma, runner);
        FieldDiagnostics diag = FieldDiagnostics.compute(particles, field, sigma, runner);
        List<CircleIntegral> cr = new ArrayList<>();
        for (FieldCircle c : circles) {
            cr.add(CircleIntegral.of(field, base, c));
        }
        return new CurlDiagnosis(label, snapshot, sigma, grid, diag, cr);
    }
}
