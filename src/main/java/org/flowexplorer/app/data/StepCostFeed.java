package org.flowexplorer.app.data;

import java.util.function.Consumer;
import org.flowexplorer.app.run.ThrottledTask;
import org.flowexplorer.core.sim.FlowParameters;
import org.flowexplorer.core.sim.RunConfig;

/**
 * Keeps the cost of a step shown above "Apply &amp; reset" up to date: while data edits are pending,
 * each frame offers the pending configuration (with the current dynamics) to a background
 * {@link ThrottledTask} running the {@link StepCostEstimator}, and shows the estimate when it is
 * back; the panel says "estimating…" meanwhile. FX thread only, except the estimate itself.
 */
public final class StepCostFeed implements AutoCloseable {
    private record Estimated(RunConfig config, StepCost cost) {
    }

    private final ThrottledTask<RunConfig, Estimated> task;
    private final DataPanelController panel;
    private RunConfig asked;

    /**
     * @param estimator the cost model
     * @param panel     shows the estimate
     * @param errors    shows a failed estimate (the notification bar)
     */
    public StepCostFeed(StepCostEstimator estimator, DataPanelController panel, Consumer<String> errors) {
        this.panel = panel;
        this.task = new ThrottledTask<>("step cost", 4.0, c -> new Estimated(c, estimator.estimate(c)),
                RunConfig::equals, errors);
        panel.kernel().setModes(estimator.kernelModes());
    }

    /** One frame: estimates the pending data of {@code data} run with {@code params}. */
    public void frame(DataModel data, FlowParameters params, long now) {
        if (!data.dirty()) {
            asked = null;
            task.poll();
            return;
        }
        RunConfig pending = data.pending().withParams(params);
        if (!pending.equals(asked)) {
            asked = pending;
            panel.showCost(null);
        }
        task.offer(pending, now);
        Estimated e = task.poll();
        if (e != null && e.config().equals(asked)) {
            panel.showCost(e.cost());
        }
    }

    @Override
    public void close() {
        task.close();
    }
}
