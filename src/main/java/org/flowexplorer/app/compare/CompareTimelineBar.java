package org.flowexplorer.app.compare;

import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.flowexplorer.core.sim.SimulationState;
import org.flowexplorer.core.sim.Timeline;

/**
 * Compare mode's timeline bar, like the single view's: drag to scrub every pane back to the same
 * step (the run pauses), Replay, Fork here (every pane continues from the step shown, with its
 * current controls) and Live. FX thread only.
 */
public final class CompareTimelineBar {
    private final CompareTimeline timeline;
    private final CompareWorker worker;
    private final HBox bar = new HBox(8);
    private final Slider slider = new Slider(0, 1, 0);
    private final Label position = new Label("0 / 0");
    private final Button replay = new Button("Replay");
    private final Button fork = new Button("Fork here");
    private final Button live = new Button("Live");
    private boolean updating;

    public CompareTimelineBar(CompareTimeline timeline, CompareWorker worker) {
        this.timeline = timeline;
        this.worker = worker;
        slider.setId("compareTimeline");
        position.setId("compareTimelineStep");
        replay.setId("compareReplay");
        fork.setId("compareFork");
        live.setId("compareLive");
        slider.setTooltip(new Tooltip("Drag to show every pane at an earlier step (the run pauses)."));
        replay.setTooltip(new Tooltip("Play the recorded steps of every pane from the step shown."));
        fork.setTooltip(new Tooltip("Every pane continues from the step shown with its current controls; "
                + "the later record is dropped."));
        live.setTooltip(new Tooltip("Back to the latest step of every pane."));
        slider.setBlockIncrement(1);
        slider.setFocusTraversable(false);
        HBox.setHgrow(slider, Priority.ALWAYS);
        position.getStyleClass().add("readout");
        position.setMinWidth(Region.USE_PREF_SIZE);
        for (Button b : List.of(replay, fork, live)) {
            b.setMinWidth(Region.USE_PREF_SIZE);
            b.setFocusTraversable(false);
        }
        Label name = new Label("timeline");
        name.getStyleClass().add("small-label");
        name.setMinWidth(Region.USE_PREF_SIZE);
        bar.getChildren().addAll(name, slider, position, replay, fork, live);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(2, 10, 2, 10));
        bar.getStyleClass().add("timeline-bar");
        slider.valueProperty().addListener((o, a, b) -> {
            if (!updating) {
                worker.pause();
                timeline.scrubTo(Math.round(b.doubleValue()));
            }
        });
        replay.setOnAction(e -> {
            worker.pause();
            timeline.replay();
        });
        live.setOnAction(e -> timeline.goLive());
        fork.setOnAction(e -> {
            List<SimulationState> states = timeline.fork();
            if (states != null) {
                worker.restore(states);
            }
        });
    }

    public HBox node() {
        return bar;
    }

    /** Once per frame: the slider spans the record and sits at the step shown. */
    public void show(long shownStep) {
        Timeline t = timeline.timeline();
        long newest = t.isEmpty() ? 0 : t.newest().step();
        updating = true;
        try {
            slider.setMax(Math.max(1, newest));
            if (!slider.isValueChanging()) {
                slider.setValue(shownStep);
            }
        } finally {
            updating = false;
        }
        boolean past = timeline.showingPast();
        position.setText(shownStep + " / " + newest + (past ? " (past)" : ""));
        fork.setDisable(!past);
        live.setDisable(!past);
        replay.setDisable(t.size() < 2);
    }

    public Slider slider() {
        return slider;
    }
}
