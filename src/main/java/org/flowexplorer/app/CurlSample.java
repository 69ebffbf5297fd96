package org.flowexplorer.app;

import java.util.List;
import org.flowexplorer.core.experiment.CurlDiagnosis.CircleResult;
import org.flowexplorer.core.metric.FieldDiagnostics;
import org.flowexplorer.core.render.CurlGrid;

/**
 * One finished curl measurement.
 *
 * @param request     what was measured
 * @param grid        the curl ∂v_y/∂x − ∂v_x/∂y on the view's grid with its colour scale
 * @param diagnostics relative curl and circulation at the particles (ALGORITHMS.md §6)
 * @param circles     ∮ v·dl and ∮ ‖v‖ dl of each requested circle, in the request's order
 */
public record CurlSample(CurlRequest request, CurlGrid grid, FieldDiagnostics diagnostics,
                         List<CircleResult> circles) {
}
