package org.flowexplorer.core.replay;

import org.flowexplorer.core.math.PointSet;
import org.flowexplorer.core.sim.FlowParameters;
import org.flowexplorer.core.sim.MetricsRow;

/**
 * One recorded frame of a replay.
 *
 * @param positions the particles after {@code metrics.step()} steps
 * @param metrics   step, σ of the last step and the metrics of these positions
 * @param rule      the dynamics in force for the next step from this state (what the player shows)
 */
public record ReplayFrame(PointSet positions, MetricsRow metrics, FlowParameters rule) {
    public long step() {
        return metrics.step();
    }
}
