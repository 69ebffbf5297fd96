package org.flowexplorer.app.window;

import java.util.function.BooleanSupplier;
import org.flowexplorer.app.dynamics.DynamicsModel;
import org.flowexplorer.app.run.SimulationWorker;
import org.flowexplorer.app.timeline.TimelineBar;
import org.flowexplorer.app.timeline.TimelineMode;
import org.flowexplorer.core.sim.FlowParameters;
import org.flowexplorer.core.sim.Snapshot;

/**
 * The first listener of the frame pump: takes the engine's latest snapshot, lets the timeline
 * record it and choose what to show (the live step, or a past one scrubbed to or replayed), and
 * keeps DYNAMICS on the parameters of the step shown while it is not the live one (or while an
 * opened run is being replayed), so the panel never names SD while the picture is SVGD. Back to
 * live, DYNAMICS shows the parameters the next step will use. FX thread only.
 */
public final class ShownFrame {
    private final SimulationWorker worker;
    private final TimelineBar timeline;
    private final DynamicsModel dynamics;
    private final BooleanSupplier replaying;
    private Snapshot live;
    private Snapshot shown;
    private FlowParameters followed;

    /**
     * @param worker    the single run
     * @param timeline  records the snapshots and picks the one to show
     * @param dynamics  the DYNAMICS view model
     * @param replaying true while an opened configuration is replayed by the worker
     */
    public ShownFrame(SimulationWorker worker, TimelineBar timeline, DynamicsModel dynamics, BooleanSupplier replaying) {
        this.worker = worker;
        this.timeline = timeline;
        this.dynamics = dynamics;
        this.replaying = replaying;
    }

    public void frame(long now) {
        live = worker.latest();
        shown = timeline.frame(live, now);
        boolean follow = !showingLive() || replaying.getAsBoolean();
        if (follow && shown.parameters() != followed) {
            followed = shown.parameters();
            dynamics.load(followed);
        } else if (!follow && followed != null) {
            followed = null;
            dynamics.load(worker.simulation().parameters().get());
        }
    }

    /** True when the live step is shown (not a past one). */
    public boolean showingLive() {
        return timeline.model().mode() == TimelineMode.LIVE;
    }

    /** The snapshot on the canvas this frame. */
    public Snapshot shown() {
        return shown;
    }

    /** The engine's latest snapshot this frame. */
    public Snapshot latest() {
        return live;
    }
}
