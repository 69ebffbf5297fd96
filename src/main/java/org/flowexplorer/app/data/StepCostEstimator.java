package org.flowexplorer.app.data;

import java.util.List;
import org.flowexplorer.core.sim.RunConfig;

/**
 * Estimates what one step of a configuration will cost before it is built, and says which kernel
 * modes exist. Called on a background thread. The window's measured estimate stands in until the
 * core offers its own cost model and grid kernels; then an adapter to the core replaces it here.
 */
public interface StepCostEstimator {
    /** The expected cost of one step of {@code config} (may take a fraction of a second). */
    StepCost estimate(RunConfig config);

    /** The kernel modes the engine offers ("exact" alone until grid kernels exist). */
    List<String> kernelModes();
}
