package org.flowexplorer.core.sim;

import org.flowexplorer.core.flow.AdaGrad;
import org.flowexplorer.core.flow.FlowKind;
import org.flowexplorer.core.math.PointSet;

/**
 * Everything the engine carries from one step to the next: positions, the step counter and
 * AdaGrad's running averages. Restoring it continues a run bit for bit (timeline forks).
 *
 * @param step      steps completed
 * @param positions the particles
 * @param adagrad   AdaGrad state (a private copy; never modified after construction)
 * @param lastFlow  the flow of the last step, null before the first (AdaGrad resets on a change)
 */
public record SimulationState(long step, PointSet positions, AdaGrad adagrad, FlowKind lastFlow) {
    /** A fresh AdaGrad copy for a simulation that continues from here. */
    AdaGrad adagradCopy() {
        return adagrad.copy();
    }
}
