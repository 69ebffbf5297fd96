package org.flowexplorer.app.compare;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.scene.Parent;
import javafx.scene.Scene;
import org.flowexplorer.app.keys.KeyDispatcher;
import org.flowexplorer.app.keys.KeyLayer;
import org.flowexplorer.app.keys.Shortcut;
import org.flowexplorer.app.run.SimulationWorker;
import org.flowexplorer.app.view.FramePump;
import org.flowexplorer.core.io.PresetLibrary;
import org.flowexplorer.core.render.RenderOptions;
import org.flowexplorer.core.sim.RunConfig;

/**
 * Switches the explorer window between the single-run view and {@link CompareView} by swapping
 * the scene's root, so the window, its size and its theme stay. Entering compare mode pauses the
 * single run; the comparison is built on first use (paper figure 1) and kept, paused, while the
 * single view is shown. While compare mode is shown its keys (Space, →, R, F, +, −, C and Esc back)
 * are an opaque layer of the window's one key map. FX thread only.
 */
public final class CompareMode {
    private final Parent single;
    private final SimulationWorker singleWorker;
    private final PresetLibrary library;
    private final int threads;
    private final Supplier<RenderOptions> look;
    private final Supplier<RunConfig> current;
    private final FramePump pump;
    private final KeyDispatcher keys;
    private KeyLayer keyLayer;
    private CompareView view;
    private boolean dark;

    /**
     * @param single       the single-run view's root (the main window's root node)
     * @param singleWorker the single run's worker, paused when compare mode opens
     * @param library      presets the built-in comparisons are made from
     * @param threads      kernel threads of each pane's simulation
     * @param look         the single view's drawing options, which the panes take over on opening
     * @param current      the single view's current run, offered as one more comparison on opening
     * @param pump         the window's frame pump
     * @param keys         the window's key map
     */
    public CompareMode(Parent single, SimulationWorker singleWorker, PresetLibrary library, int threads,
                       Supplier<RenderOptions> look, Supplier<RunConfig> current, FramePump pump, KeyDispatcher keys) {
        this.pump = pump;
        this.keys = keys;
        this.single = single;
        this.singleWorker = singleWorker;
        this.library = library;
        this.threads = threads;
        this.look = look;
        this.current = current;
    }

    /** Shows compare mode in place of the single view. */
    public void open() {
        Scene scene = single.getScene();
        if (scene == null || showing()) {
            return;
        }
        singleWorker.pause();
        if (view == null) {
            List<ComparePreset> presets = ComparePresets.builtIn(library);
            view = new CompareView(presets, threads, this::close, pump);
            keyLayer = keyLayer(view);
        }
        view.setOptions(look.get());
        try {
            view.offer(ComparePresets.ofRun(current.get()));
        } catch (RuntimeException e) {
            view.notifier().error("cannot offer the current run for comparison: " + e.getMessage());
        }
        view.setDark(dark);
        scene.setRoot(view.root());
        keys.push(keyLayer);
        view.start();
        view.root().requestFocus();
    }

    /** Back to the single view; the comparison is paused and kept. */
    public void close() {
        if (!showing()) {
            return;
        }
        Scene scene = view.root().getScene();
        keys.remove(keyLayer);
        view.stop();
        scene.setRoot(single);
        single.requestFocus();
    }

    /**
     * What the keys do in compare mode. Save, open and export act on the single view, which is
     * hidden: they say how to get back instead of acting on a run the user cannot see.
     */
    private KeyLayer keyLayer(CompareView v) {
        Map<Shortcut, Runnable> m = new EnumMap<>(Shortcut.class);
        m.put(Shortcut.PLAY_PAUSE, () -> v.worker().togglePlay());
        m.put(Shortcut.STEP, () -> v.worker().stepOnce());
        m.put(Shortcut.RESET, () -> v.worker().reset());
        m.put(Shortcut.FIT, () -> v.camera().requestFit());
        m.put(Shortcut.ZOOM_IN, () -> v.zoom(1.25));
        m.put(Shortcut.ZOOM_OUT, () -> v.zoom(0.8));
        m.put(Shortcut.COMPARE, this::close);
        m.put(Shortcut.CLOSE_OVERLAY, this::close);
        Runnable elsewhere = () -> v.notifier().info("Save, open and export act on the single view: press C to go "
                + "back to it first");
        m.put(Shortcut.SAVE, elsewhere);
        m.put(Shortcut.OPEN, elsewhere);
        m.put(Shortcut.EXPORT, elsewhere);
        return new KeyLayer("compare mode", true, m);
    }

    /** True while compare mode is on screen. */
    public boolean showing() {
        return view != null && view.root().getScene() != null;
    }

    /** Follows the main window's light/dark choice. */
    public void setDark(boolean on) {
        dark = on;
        if (view != null) {
            view.setDark(on);
        }
    }

    /** The compare view, or null before compare mode was first opened. */
    public CompareView view() {
        return view;
    }

    /** Stops the comparison's threads (the window is closing). */
    public void shutdown() {
        if (view != null) {
            view.close();
        }
    }
}
