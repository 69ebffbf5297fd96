package org.flowexplorer.app.file;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.application.Platform;
import org.flowexplorer.app.control.Notifier;
import org.flowexplorer.app.run.SavedRun;
import org.flowexplorer.app.run.SimulationWorker;
import org.flowexplorer.app.run.SteeringRecorder;
import org.flowexplorer.core.data.InputException;
import org.flowexplorer.core.io.AtomicFiles;
import org.flowexplorer.core.io.ConfigJson;
import org.flowexplorer.core.io.RunFile;
import org.flowexplorer.core.render.RenderOptions;
import org.flowexplorer.core.sim.RunConfig;
import org.flowexplorer.core.sim.Simulation;
import org.flowexplorer.core.sim.SimulationFactory;
import org.flowexplorer.core.sim.Snapshot;

/**
 * File › Save configuration and Open: saving captures the run between two steps on the worker
 * thread (so the saved step, the recorded slider changes and the parameters in force agree
 * exactly) and writes it atomically as JSON with the window's look (VIEW panel); opening reads a
 * configuration, puts its look on the VIEW panel and hands the run to the window, which rebuilds
 * it and replays it step by step to the saved step. Bad files become notifications; the old run
 * stays. Call the public methods on the FX thread.
 */
public final class ConfigActions {
    private final SimulationWorker worker;
    private final SteeringRecorder recorder;
    private final Notifier notifier;
    private final Function<RunConfig, CompletableFuture<SavedRun>> replay;
    private final Supplier<RenderOptions> look;
    private final Consumer<RenderOptions> showLook;

    /**
     * @param worker   the single run
     * @param recorder the recorder of the window's slider changes
     * @param notifier the notification bar
     * @param replay   rebuilds the run from a configuration and replays it to its step (FX thread)
     * @param look     the window's look, saved with the run
     * @param showLook puts a look read from a file on the VIEW panel
     */
    public ConfigActions(SimulationWorker worker, SteeringRecorder recorder, Notifier notifier,
                         Function<RunConfig, CompletableFuture<SavedRun>> replay, Supplier<RenderOptions> look,
                         Consumer<RenderOptions> showLook) {
        this.worker = worker;
        this.recorder = recorder;
        this.notifier = notifier;
        this.replay = replay;
        this.look = look;
        this.showLook = showLook;
    }

    /** Captures the current run between two steps (the run keeps going). */
    public CompletableFuture<SavedRun> capture() {
        CompletableFuture<SavedRun> f = new CompletableFuture<>();
        worker.submit(() -> {
            try {
                Simulation sim = worker.simulation();
                Snapshot s = sim.latest().get();
                f.complete(new SavedRun(recorder.configAt(s.step(), sim.parameters().get()), s));
            } catch (RuntimeException e) {
                f.completeExceptionally(e);
            }
        });
        return f;
    }

    /** Saves the current run with the window's look to {@code file}; the future completes once the file is in place. */
    public CompletableFuture<SavedRun> save(Path file) {
        RenderOptions shown = look.get();
        return capture().thenApply(run -> write(run, shown, file)).whenComplete((run, e) -> Platform.runLater(() ->
                reportSave(file, run, e)));
    }

    /** Saves an earlier capture (taken when the user asked to save) to {@code file}, with a notification. FX thread. */
    public void saveCaptured(SavedRun run, Path file) {
        try {
            reportSave(file, write(run, look.get(), file), null);
        } catch (RuntimeException e) {
            reportSave(file, null, e);
        }
    }

    private static SavedRun write(SavedRun run, RenderOptions shown, Path file) {
        String json = new ConfigJson().write(new RunFile(run.config(), shown.withHud(false)));
        try {
            AtomicFiles.write(file, o -> o.write(json.getBytes(StandardCharsets.UTF_8)));
        } catch (java.io.IOException e) {
            throw new InputException(file.toString(), 0, 0, "cannot write (" + e.getMessage() + ")");
        }
        return run;
    }

    private void reportSave(Path file, SavedRun run, Throwable e) {
        if (e != null) {
            notifier.error("Save failed", e);
        } else {
            notifier.info("Saved step " + run.config().steps() + " with " + run.config().changes().size()
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
        } catch (InputException e) {
            notifier.error("Cannot open: " + e.getMessage()); // names file:line:column
            return CompletableFuture.failedFuture(e);
        } catch (IllegalArgumentException e) {
            notifier.error("Cannot open " + file + ": " + e.getMessage());
            return CompletableFuture.failedFuture(e);
        }
        notifier.info("Opening " + file.getFileName() + ": replaying " + config.steps() + " steps…");
        if (read.view() != null) {
            showLook.accept(read.view()); // the look it was saved with
        }
        return replay.apply(config);
    }
}
