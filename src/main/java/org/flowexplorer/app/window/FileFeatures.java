package org.flowexplorer.app.window;

import java.util.function.Supplier;
import javafx.scene.control.MenuButton;
import javafx.scene.layout.StackPane;
import javafx.stage.Window;
import org.flowexplorer.app.control.Notifier;
import org.flowexplorer.app.data.CsvActions;
import org.flowexplorer.app.draw.DrawMode;
import org.flowexplorer.app.dynamics.DynamicsPanelController;
import org.flowexplorer.app.export.ExportProgress;
import org.flowexplorer.app.file.ConfigActions;
import org.flowexplorer.app.file.FileActions;
import org.flowexplorer.app.file.PresetMenu;
import org.flowexplorer.app.keys.KeyDispatcher;
import org.flowexplorer.app.run.SimulationWorker;
import org.flowexplorer.app.run.SteeringRecorder;
import org.flowexplorer.app.view.CanvasView;
import org.flowexplorer.app.view.ViewControls;
import org.flowexplorer.core.io.PresetLibrary;

/**
 * The single view's files: the recorder of slider changes that makes a save exact, save and open,
 * CSV in and out, draw mode, the export progress bar and the Presets menu with the user's presets,
 * each built with what it needs. FX thread only.
 */
final class FileFeatures {
    final FileActions files;
    final DrawMode draw;
    final PresetMenu presets;
    /** Records the slider changes of the run (the worker's step observer; lessons chain onto it). */
    final SteeringRecorder recorder;

    /**
     * @param worker     the single run
     * @param runs       starts and replaces runs
     * @param dynamics   the DYNAMICS panel (its chart holds the metrics history)
     * @param canvas     the picture (draw mode paints over it; its look is saved and exported)
     * @param look       the VIEW panel's look controls (an opened file's look goes there)
     * @param holder     the canvas holder (draw mode's and the export's bars)
     * @param notifier   the notification bar
     * @param theme      light or dark (draw mode's veil)
     * @param keys       the window's key map (Esc leaves draw mode)
     * @param presetMenu the Presets menu to fill
     * @param owner      the window the dialogs belong to
     * @param threads    kernel threads of an export's re-run
     */
    FileFeatures(SimulationWorker worker, RunLifecycle runs, DynamicsPanelController dynamics, CanvasView canvas,
                 ViewControls look, StackPane holder, Notifier notifier, Theme theme, KeyDispatcher keys, MenuButton presetMenu,
                 Supplier<Window> owner, int threads) {
        recorder = new SteeringRecorder(worker::config);
        worker.setStepObserver(recorder);
        ConfigActions configs = new ConfigActions(worker, recorder, notifier, runs::replay, canvas::options, look::show);
        CsvActions csv = new CsvActions(worker, () -> dynamics.metricsChart().history().rows(), runs::current,
                runs::load, notifier);
        draw = new DrawMode(canvas, holder, worker, notifier, theme::dark, csv::loadTargets, keys);
        files = new FileActions(owner, worker, configs, csv, new ExportProgress(holder, notifier), notifier, threads,
                canvas::options);
        presets = new PresetMenu(runs::loadPreset, notifier, worker::config, canvas::options, configs, presetMenu,
                PresetLibrary.defaultUserDirectory());
    }
}
