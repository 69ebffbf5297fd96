package org.flowexplorer.app.timeline;

import java.util.Locale;
import java.util.function.Supplier;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.flowexplorer.app.control.Notifier;
import org.flowexplorer.app.run.SimulationWorker;
import org.flowexplorer.core.sim.FlowParameters;
import org.flowexplorer.core.sim.Simulation;
import org.flowexplorer.core.sim.Snapshot;
import org.flowexplorer.core.sim.Timeline;

/**
 * The timeline in the main window's bottom bar: a slider over the recorded steps (dragging it
 * pauses the run and shows the past snapshot on the canvas), Replay, Fork here (the run continues
 * from the snapshot shown, with the current slider parameters; the abandoned future is dropped),
 * Live, and the memory the history holds against its budget. Built in code into a holder box;
 * driven once per frame by the window's animation timer through {@link #frame}. FX thread only.
 */
public final class TimelineBar {
    private static final PseudoClass PAST = PseudoClass.getPseudoClass("past");
    private final TimelineModel model;
    private final SimulationWorker worker;
    private final Notifier notifier;
    private final Slider slider = new Slider(0, 1, 0);
    private final Label stepLabel = new Label("0 / 0");
    private final Label memoryLabel = new Label();
    private final Button replay = new Button("Replay");
    private final Button fork = new Button("Fork here");
    private final Button live = new Button("Live");
    private Supplier<FlowParameters> forkParameters;
    private boolean updating;
    private long lastLabels;

    /**
     * Builds the controls into {@code holder} and starts recording the worker's snapshots.
     *
     * @param holder      the bottom-bar box the controls go into
     * @param worker      the single run's worker
     * @param notifier    the notification bar
     * @param budgetBytes memory budget of the history (capped at a quarter of the heap)
     */
    public TimelineBar(HBox holder, SimulationWorker worker, Notifier notifier, long budgetBytes) {
        this.worker = worker;
        this.notifier = notifier;
        this.model = new TimelineModel(cappedBudget(budgetBytes, Runtime.getRuntime().maxMemory()));
        model.accept(worker.latest());
        worker.setOnPublished(model::accept);

        Label title = new Label("timeline");
        title.getStyleClass().add("small-label");
        slider.setId("timelineSlider");
        slider.setPrefWidth(320);
        slider.setMinWidth(80);
        slider.setFocusTraversable(true);
        HBox.setHgrow(slider, Priority.ALWAYS);
        slider.setTooltip(new Tooltip("Scrub back through the recorded steps: pauses the run and shows the past "
                + "on the canvas. Run, Live or the right end return to the present."));
        slider.valueProperty().addListener((o, a, b) -> {
            if (!updating) {
                scrub(Math.round(b.doubleValue()));
            }
        });
        stepLabel.setId("timelineStep");
        stepLabel.getStyleClass().add("readout");
        replay.setId("timelineReplay");
        replay.setTooltip(new Tooltip("Replay the recorded steps from the one shown (pauses the run)."));
        replay.setOnAction(e -> {
            worker.pause();
            model.replay();
        });
        fork.setId("timelineFork");
        fork.setTooltip(new Tooltip("Continue the run from the step shown with the current dynamics; "
                + "the recorded future after it is dropped."));
        fork.setOnAction(e -> fork());
        live.setId("timelineLive");
        live.setTooltip(new Tooltip("Back to the present step of the run."));
        live.setOnAction(e -> model.goLive());
        memoryLabel.setId("timelineMemory");
        memoryLabel.getStyleClass().add("small-label");
        memoryLabel.setTooltip(new Tooltip("Memory held by the recorded snapshots / budget. When the budget fills, "
                + "every other snapshot is dropped, so the history keeps the whole run at a coarser resolution."));
        for (Button b : new Button[] {replay, fork, live}) {
            b.getStyleClass().addAll("small", "timeline-button");
        }
        holder.getChildren().setAll(title, slider, stepLabel, replay, fork, live, memoryLabel);
        for (javafx.scene.Node n : holder.getChildren()) {
            if (n instanceof javafx.scene.control.Labeled l) {
                l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // only the slider shrinks
            }
        }
        holder.getStylesheets().add(TimelineBar.class.getResource("timeline.css").toExternalForm());
        holder.setAlignment(Pos.CENTER_LEFT);
        holder.setSpacing(6);
        HBox.setHgrow(holder, Priority.ALWAYS);
    }

    /**
     * The budget actually used: at most a quarter of the heap, so a small {@code -Xmx} never runs
     * out of memory because of the history (the app must not die from a long run).
     */
    static long cappedBudget(long budgetBytes, long maxHeapBytes) {
        return Math.max(1L << 20, Math.min(budgetBytes, maxHeapBytes / 4));
    }

    /** Once per frame: records, and returns the snapshot the canvas should draw. */
    public Snapshot frame(Snapshot latest, long now) {
        Snapshot s = model.frame(latest, worker.playing(), now);
        refresh(s, now);
        return s;
    }

    private void scrub(long step) {
        Timeline t = model.timeline();
        if (t.isEmpty()) {
            return;
        }
        worker.pause();
        if (step >= t.newest().step() && model.mode() != TimelineMode.REPLAY) {
            model.goLive();
        } else {
            model.scrubTo(step);
        }
    }

    /** One step of the live run (→): leaves scrubbing or replay first, so the new step is shown. */
    public void stepLive() {
        model.goLive();
        worker.stepOnce();
    }

    /**
     * Sets where a fork takes its parameters from (the DYNAMICS panel, which shows the parameters
     * of the step shown, changed by any slider moved meanwhile); without it the run's current ones.
     */
    public void forkWith(Supplier<FlowParameters> parameters) {
        this.forkParameters = parameters;
    }

    /** Forks the run at the snapshot shown (see {@link TimelineModel#fork}) and runs on from there. */
    public void fork() {
        Snapshot at = model.fork();
        if (at == null) {
            notifier.info("Drag the timeline back to a past step first, then fork from there.");
            return;
        }
        if (forkParameters != null) {
            worker.setParameters(forkParameters.get());
        }
        worker.submit(() -> {
            Simulation sim = worker.simulation();
            if (sim.dataset() == at.targets()) {
                sim.restore(at.state());
            }
        });
        worker.play();
        notifier.info("Forked at step " + at.step() + ": running on with the dynamics shown.");
    }

    private void refresh(Snapshot shown, long now) {
        Timeline t = model.timeline();
        boolean past = model.mode() != TimelineMode.LIVE;
        fork.setDisable(!past);
        live.setDisable(!past);
        replay.setDisable(t.size() < 2);
        if (t.isEmpty()) {
            return;
        }
        updating = true;
        try {
            slider.setMin(t.oldest().step());
            slider.setMax(Math.max(t.oldest().step() + 1, t.newest().step()));
            if (!slider.isValueChanging() || past) {
                slider.setValue(shown.step());
            }
        } finally {
            updating = false;
        }
        if (now - lastLabels > 100_000_000L || now < lastLabels) {
            lastLabels = now;
            stepLabel.setText((past ? "past " : "") + shown.step() + " / " + t.newest().step());
            stepLabel.pseudoClassStateChanged(PAST, past);
            memoryLabel.setText(String.format(Locale.ROOT, "%s / %s", mb(t.usedBytes()), mb(t.budgetBytes()))
                    + (t.stride() > 1 ? " · every " + t.stride() + " steps" : ""));
        }
    }

    private static String mb(long bytes) {
        double m = bytes / (1024.0 * 1024.0);
        return m < 10 ? String.format(Locale.ROOT, "%.1f MB", m) : String.format(Locale.ROOT, "%.0f MB", m);
    }

    public TimelineModel model() {
        return model;
    }

    public Slider slider() {
        return slider;
    }
}
