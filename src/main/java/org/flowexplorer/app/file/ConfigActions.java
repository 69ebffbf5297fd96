package org.flowexplorer.app.file;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import org.flowexplorer.app.data.CsvActions;
import org.flowexplorer.app.run.SavedRun;
import org.flowexplorer.app.run.SimulationWorker;
import org.flowexplorer.app.run.SteeringRecorder;
import org.flowexplorer.app.window.ExplorerController;
import org.flowexplorer.core.data.InputException;
import org.flowexplorer.core.io.AtomicFiles;
import org.flowexplorer.core.io.ConfigJson;
import org.flowexplorer.core.io.RunFile;
import org.flowexplorer.core.render.RenderOptions;
import org.flowexplorer.core.sim.FlowParameters;
import org.flowexplorer.core.sim.ParameterChange;
import org.flowexplorer.core.sim.RunConfig;
import org.flowexplorer.core.sim.Simulation;
import org.flowexplorer.core.sim.SimulationFactory;
import org.flowexplorer.core.sim.Snapshot;
import org.flowexplorer.core.sim.StepOutcome;

/**
 * File › Save configuration and Open: saving captures the run between two steps on the worker
 * thread (so the saved step, the recorded slider changes and the parameters in force agree
 * exactly) and writes it atomically as JSON; opening reads a configuration, rebuilds the run and
 * replays it on the worker to the saved step, applying the recorded changes where they were made,
 * so the window shows exactly the saved state. Bad files become notifications; the old run stays.
 * Call the public methods on the FX thread.
 */
public final class ConfigActions {
    private final ExplorerController c;
    private final SteeringRecorder recorder;

    /**
     * @param c        the window
     * @param recorder the recorder of the window's slider changes
     */
    public ConfigActions(ExplorerController c, SteeringRecorder recorder) {
        this.c = c;
        this.recorder = recorder;
    }

    /** Captures the current run between two steps (the run keeps going). */
    public CompletableFuture<SavedRun> capture() {
        SimulationWorker w = c.worker();
        CompletableFuture<SavedRun> f = new CompletableFuture<>();
        w.submit(() -> {
            try {
                Simulation sim = w.simulation();
                Snapshot s = sim.latest().get();
                f.complete(new SavedRun(recorder.configAt(s.step(), sim.parameters().get()), s));
            } catch (RuntimeException e) {
                f.completeExceptionally(e);
            }
        });
        return f;
    }

    /**
     * Saves the current run with the window's look (VIEW panel) to {@code file}; the future
     * completes once the file is in place.
     */
    public CompletableFuture<SavedRun> save(Path file) {
        RenderOptions look = c.canvas().options();
        return capture().thenApply(run -> write(run, look, file)).whenComplete((run, e) -> Platform.runLater(() ->
                reportSave(file, run, e)));
    }

    /** Saves an earlier capture (taken when the user asked to save) to {@code file}, with a notification. FX thread. */
    public void saveCaptured(SavedRun run, Path file) {
        try {
            reportSave(file, write(run, c.canvas().options(), file), null);
        } catch (RuntimeException e) {
            reportSave(file, null, e);
        }
    }

    private static SavedRun write(SavedRun run, RenderOptions look, Path file) {
        String json = new ConfigJson().write(new RunFile(run.config(), look.withHud(false)));
        try {
            AtomicFiles.write(file, o -> o.write(json.getBytes(StandardCharsets.UTF_8)));
        } catch (java.io.IOException e) {
            throw new InputException(file.toString(), 0, 0, "cannot write (" + e.getMessage() + ")");
        }
        return run;
    }

    private void reportSave(Path file, SavedRun run, Throwable e) {
        if (e != null) {
            c.notifier().error("Save failed: " + rootMessage(e));
        } else {
            c.notifier().info("Saved step " + run.config().steps() + " with " + run.config().changes().size()
                    + " recorded change(s) to " + file + " (replay: run --config " + file.getFileName() + ")");
        }
    }

    /**
     * Opens a configuration file: rebuilds the run and replays it to its saved step on the worker.
     * The future completes with the reached state, or exceptionally (after a notification) when the
     * file is bad; then the current run is kept.
     */
    public CompletableFuture<SavedRun> open(Path file) {
        RunConfig config;
        RunFile read;
        try {
            read = new ConfigJson().readFile(file);
            config = read.config();
            SimulationFactory.targets(config);
        } catch (InputException | IllegalArgumentException e) {
            c.notifier().error("Cannot open: " + e.getMessage());
            return CompletableFuture.failedFuture(e);
        }
        c.notifier().info("Opening " + file.getFileName() + ": replaying " + config.steps() + " steps…");
        if (read.view() != null) {
            c.viewControls().show(read.view()); // the look it was saved with
        }
        return load(config);
    }

    /** Rebuilds the run from {@code config} and replays it to {@code config.steps()} on the worker. */
    public CompletableFuture<SavedRun> load(RunConfig config) {
        SimulationWorker w = c.worker();
        c.dynamicsModel().load(config.params());
        CsvActions.offerDataset(c, config.dataset());
        c.dataModel().load(config);
        w.rebuild(config);
        c.canvas().requestFit();
        c.dataPanel().autoRotateCheck().setSelected(false);
        CompletableFuture<SavedRun> f = new CompletableFuture<>();
        w.submit(() -> {
            try {
                if (w.config() != config) {
                    throw new IllegalStateException("the run could not be rebuilt from this configuration");
                }
                f.complete(replay(w, config));
            } catch (RuntimeException e) {
                f.completeExceptionally(e);
            }
        });
        return f.whenComplete((run, e) -> Platform.runLater(() -> {
            if (e != null) {
                c.notifier().error("Open failed: " + rootMessage(e));
                return;
            }
            c.dynamicsModel().load(config.paramsAt(config.steps()));
            Snapshot s = run.snapshot();
            if (s.paused()) {
                c.notifier().error("Replay stopped at step " + s.step() + ": " + s.pauseReason());
            } else {
                c.notifier().info("Opened at step " + s.step() + " (" + config.changes().size()
                        + " recorded change(s) replayed); Space to continue");
            }
        }));
    }

    /** Steps the freshly built simulation to the saved step exactly as {@code HeadlessRun} does. Worker thread. */
    private SavedRun replay(SimulationWorker w, RunConfig config) {
        Simulation sim = w.simulation();
        List<ParameterChange> changes = config.changes();
        int next = 0;
        for (int s = 0; s < config.steps(); s++) {
            while (next < changes.size() && changes.get(next).step() <= s) {
                sim.parameters().set(changes.get(next++).params());
            }
            if (sim.step() == StepOutcome.REJECTED) {
                break;
            }
            recorder.accept(sim.latest().get());
        }
        FlowParameters after = config.paramsAt(config.steps());
        w.setParameters(after);
        return new SavedRun(config, sim.latest().get());
    }

    public static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && (t instanceof java.util.concurrent.CompletionException
                || t instanceof java.util.concurrent.ExecutionException)) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }
}
