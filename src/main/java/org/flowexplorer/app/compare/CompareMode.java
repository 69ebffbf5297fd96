package org.flowexplorer.app.compare;

import java.util.List;
import java.util.function.Supplier;
import javafx.scene.Parent;
import javafx.scene.Scene;
import org.flowexplorer.app.run.SimulationWorker;
import org.flowexplorer.core.io.PresetLibrary;
import org.flowexplorer.core.render.RenderOptions;
import org.flowexplorer.core.sim.RunConfig;

/**
 * Switches the explorer window between the single-run view and {@link CompareView} by swapping
 * the scene's root, so the window, its size and its theme stay. Entering compare mode pauses the
 * single run; the comparison is built on first use (paper figure 1) and kept, paused, while the
 * single view is shown. FX thread only.
 */
public final class CompareMode {
    private final Parent single;
    private final SimulationWorker singleWorker;
    private final PresetLibrary library;
    private final int threads;
    private final Supplier<RenderOptions> look;
    private final Supplier<RunConfig> current;
    private CompareView view;
    private boolean dark;

    /**
     * @param single       the single-run view's root (the main window's root node)
     * @param singleWorker the single run's worker, paused when compare mode opens
     * @param library      presets the built-in comparisons are made from
     * @param threads      kernel threads of each pane's simulation
     * @param look         the single view's drawing options, which the panes take over on opening
     * @param current      the single view's current run, offered as one more comparison on opening
     */
    public CompareMode(Parent single, SimulationWorker singleWorker, PresetLibrary library, int threads,
                       Supplier<RenderOptions> look, Supplier<RunConfig> current) {
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
            view = new CompareView(presets, threads, this::close);
        }
        view.setOptions(look.get());
        try {
            view.offer(ComparePresets.ofRun(current.get()));
        } catch (RuntimeException e) {
            view.notifier().error("cannot offer the current run for comparison: " + e.getMessage());
        }
        view.setDark(dark);
        scene.setRoot(view.root());
        view.start();
        view.root().requestFocus();
    }

    /** Back to the single view; the comparison is paused and kept. */
    public void close() {
        if (!showing()) {
            return;
        }
        Scene scene = view.root().getScene();
        view.stop();
        scene.setRoot(single);
        single.requestFocus();
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
