package org.flowexplorer.app.view;

import java.util.ArrayList;
import java.util.List;
import javafx.animation.AnimationTimer;

/**
 * The window's one {@link AnimationTimer}: once per JavaFX pulse it calls its listeners in the
 * order they were added (the single view: the shown snapshot first, then the canvas, the
 * read-outs, the overlays; compare mode adds itself while shown). Listeners pull the latest
 * snapshots; nothing is pushed to the FX thread per simulation step. FX thread only.
 */
public final class FramePump {
    /** Called once per frame with the pulse time in nanoseconds. */
    @FunctionalInterface
    public interface Listener {
        void onFrame(long nowNanos);
    }

    private final List<Listener> listeners = new ArrayList<>();
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            for (Listener l : List.copyOf(listeners)) {
                l.onFrame(now);
            }
        }
    };
    private boolean running;

    /** Adds {@code l} after the listeners added before it. */
    public void add(Listener l) {
        listeners.add(l);
    }

    public void remove(Listener l) {
        listeners.remove(l);
    }

    public void start() {
        running = true;
        timer.start();
    }

    public void stop() {
        running = false;
        timer.stop();
    }

    public boolean running() {
        return running;
    }
}
