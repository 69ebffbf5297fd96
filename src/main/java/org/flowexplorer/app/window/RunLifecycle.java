package org.flowexplorer.app.window;

import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.flowexplorer.app.control.Notifier;
import org.flowexplorer.app.data.DataModel;
import org.flowexplorer.app.data.DataPanelController;
import org.flowexplorer.app.dynamics.DynamicsModel;
import org.flowexplorer.app.run.SavedRun;
import org.flowexplorer.app.run.SimulationWorker;
import org.flowexplorer.app.view.CanvasView;
import org.flowexplorer.core.io.Preset;
import org.flowexplorer.core.render.RenderOptions;
import org.flowexplorer.core.sim.RunConfig;
import org.flowexplorer.core.sim.Snapshot;

/**
 * Starting, restarting and replacing the single run: presets, new data ("Apply &amp; reset"), a
 * reset to step 0, and an opened configuration replayed to its step. Every way of starting over
 * goes through here, so each one also forgets what belonged to the old run (metrics values and
 * chart, the camera's fit) and keeps the panels in line with the run. FX thread only.
 */
public final class RunLifecycle {
    private final SimulationWorker worker;
    private final DataModel data;
    private final DynamicsModel dynamics;
    private final DataPanelController dataPanel;
    private final CanvasView canvas;
    private final MetricsFeed metrics;
    private final Notifier notifier;
    private final Consumer<RenderOptions> showLook;
    private boolean replaying;

    /**
     * @param showLook puts a preset's look (colour, size, theme, …) on the VIEW panel
     */
    public RunLifecycle(SimulationWorker worker, DataModel data, DynamicsModel dynamics, DataPanelController dataPanel,
                        CanvasView canvas, MetricsFeed metrics, Notifier notifier, Consumer<RenderOptions> showLook) {
        this.showLook = showLook;
        this.worker = worker;
        this.data = data;
        this.dynamics = dynamics;
        this.dataPanel = dataPanel;
        this.canvas = canvas;
        this.metrics = metrics;
        this.notifier = notifier;
    }

    /** The configuration of the current run: its data and the dynamics as they are now. */
    public RunConfig current() {
        return data.applied().withParams(dynamics.current());
    }

    /** Loads a preset: new data and dynamics (and its look, if it has one), paused at step 0. */
    public void loadPreset(Preset p) {
        if (p.view() != null) {
            showLook.accept(p.view());
        }
        load(p.config());
        notifier.info("Preset " + p.name() + ": " + p.description());
    }

    /** Replaces the run by one built from {@code c}, paused at step 0. */
    public void load(RunConfig c) {
        showConfig(c, worker.latest());
        worker.setParameters(c.params());
        worker.rebuild(c);
    }

    /** "Apply &amp; reset": rebuilds the run from the pending data with the current dynamics. */
    public void applyData(RunConfig pending) {
        Snapshot last = worker.latest();
        worker.rebuild(pending.withParams(dynamics.current()));
        startedOver(last);
        notifier.info("New data: " + pending.dataset() + ", N = " + pending.particles() + ", M = "
                + pending.targets() + ", seed " + pending.seed() + " (reset to step 0)");
    }

    /** R: back to the initial particles at step 0, dynamics kept. */
    public void reset() {
        Snapshot last = worker.latest();
        worker.reset();
        metrics.clear(last);
        notifier.hide();
    }

    /**
     * Rebuilds the run from {@code config} and replays it to {@code config.steps()}: every step is
     * published (the timeline records each one, the canvas and DYNAMICS follow it); afterwards
     * DYNAMICS shows the parameters in force at the reached step.
     */
    public CompletableFuture<SavedRun> replay(RunConfig config) {
        showConfig(config, worker.latest());
        replaying = true;
        return worker.replay(config).thenApply(s -> new SavedRun(config, s)).whenComplete((run, e) ->
                Platform.runLater(() -> replayed(config, run, e)));
    }

    private void replayed(RunConfig config, SavedRun run, Throwable e) {
        replaying = false;
        if (e != null) {
            notifier.error("Open failed", e);
            return;
        }
        dynamics.load(config.paramsAt(config.steps()));
        Snapshot s = run.snapshot();
        if (s.paused()) {
            notifier.error("Replay stopped at step " + s.step() + ": " + s.pauseReason());
        } else {
            notifier.info("Opened at step " + s.step() + " (" + config.changes().size()
                    + " recorded change(s) replayed); Space to continue");
        }
    }

    /** True while an opened configuration is being replayed. */
    public boolean replaying() {
        return replaying;
    }

    private void showConfig(RunConfig c, Snapshot last) {
        dynamics.load(c.params());
        dataPanel.offerDataset(c.dataset());
        data.load(c);
        dataPanel.autoRotateCheck().setSelected(false);
        startedOver(last);
    }

    /** @param last the old run's newest snapshot, taken before the worker was told to start over */
    private void startedOver(Snapshot last) {
        canvas.requestFit();
        metrics.clear(last);
    }
}
