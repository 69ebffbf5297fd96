package org.flowexplorer.app.window;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import org.flowexplorer.app.control.Icons;
import org.flowexplorer.app.control.Notifier;
import org.flowexplorer.app.dynamics.DynamicsPanelController;
import org.flowexplorer.app.run.SimulationWorker;
import org.flowexplorer.core.sim.Snapshot;

/**
 * What the window shows of the run's state, once per frame: the play or pause icon, the start
 * hint (until the first step), the marker on the σ plot at the step shown, a rejected step's
 * reason and the worker's errors in the notification bar. FX thread only.
 */
public final class RunStateView {
    private final SimulationWorker worker;
    private final Button play;
    private final Label hint;
    private final DynamicsPanelController dynamics;
    private final Notifier notifier;
    private boolean shownPlaying;
    private Snapshot lastPauseShown;

    public RunStateView(SimulationWorker worker, Button play, Label hint, DynamicsPanelController dynamics,
                        Notifier notifier) {
        this.worker = worker;
        this.play = play;
        this.hint = hint;
        this.dynamics = dynamics;
        this.notifier = notifier;
    }

    /** One frame with {@code s} on the canvas. */
    public void frame(Snapshot s) {
        boolean playing = worker.playing();
        if (playing != shownPlaying) {
            shownPlaying = playing;
            play.setGraphic(playing ? Icons.pause() : Icons.play());
        }
        if (s.step() > 0 && hint.isVisible()) {
            hint.setVisible(false);
        }
        dynamics.showStep(s.step());
        if (s.paused() && s != lastPauseShown) {
            lastPauseShown = s;
            notifier.error(s.pauseReason());
        }
        String err = worker.pollError();
        if (err != null) {
            notifier.error(err);
        }
    }
}
