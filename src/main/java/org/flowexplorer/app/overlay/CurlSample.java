package org.flowexplorer.app.overlay;

import java.util.List;
import org.flowexplorer.core.metric.field.CircleIntegral;
import org.flowexplorer.core.render.CurlGrid;

/**
 * One finished curl measurement of the view.
 *
 * @param request what was measured
 * @param grid    the curl ∂v_y/∂x − ∂v_x/∂y on the view's grid with its colour scale
 * @param circles ∮ v·dl and ∮ ‖v‖ dl of each requested circle, in the request's order
 */
public record CurlSample(CurlRequest request, CurlGrid grid, List<CircleIntegral> circles) {
}
