package org.flowexplorer.app.overlay;

import java.util.Arrays;
import java.util.List;
import org.flowexplorer.core.metric.field.FieldCircle;
import org.flowexplorer.core.flow.FlowSpec;
import org.flowexplorer.core.sim.Snapshot;

/**
 * What one curl measurement looks at: the particles and targets of a snapshot, the flow as it is
 * set now, σ, the part of the x–y plane on screen, its grid size and the user's circles.
 *
 * @param snapshot the state (particles and targets held fixed)
 * @param spec     the flow and its options (κ, ρ, weights)
 * @param sigma    the noise level of the field (the σ the next step uses)
 * @param view     xMin, xMax, yMin, yMax of the visible x–y plane
 * @param nx       grid columns
 * @param ny       grid rows
 * @param circles  circles for ∮ v·dl
 */
public record CurlRequest(Snapshot snapshot, FlowSpec spec, double sigma, double[] view, int nx, int ny,
                          List<FieldCircle> circles) {
    public CurlRequest {
        view = view.clone();
        circles = List.copyOf(circles);
    }

    /** True if {@code o} asks for the same measurement (same snapshot object, same settings). */
    boolean sameAs(CurlRequest o) {
        return o != null && o.snapshot == snapshot && o.spec.equals(spec) && o.sigma == sigma
                && Arrays.equals(o.view, view) && o.nx == nx && o.ny == ny && o.circles.equals(circles);
    }
}
