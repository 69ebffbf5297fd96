package org.flowexplorer.app.file;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.flowexplorer.app.control.Notifier;
import org.flowexplorer.app.data.CsvActions;
import org.flowexplorer.app.export.ExportDialog;
import org.flowexplorer.app.export.ExportJob;
import org.flowexplorer.app.export.ExportMemory;
import org.flowexplorer.app.export.ExportProgress;
import org.flowexplorer.app.export.ExportSettings;
import org.flowexplorer.app.run.SimulationWorker;
import org.flowexplorer.core.data.InputException;
import org.flowexplorer.core.export.FrameExportSpec;
import org.flowexplorer.core.export.FrameFormat;
import org.flowexplorer.core.export.Mp4PipeWriter;
import org.flowexplorer.core.io.RunFile;
import org.flowexplorer.core.render.RenderOptions;
import org.flowexplorer.core.sim.RunConfig;

/**
 * The File menu's actions with their dialogs: open and save configurations (Ctrl+O, Ctrl+S),
 * export frames (Ctrl+E, ● Rec), export particles and the metrics history as CSV, load targets
 * from CSV. The file choosers remember the last folder. FX thread only.
 */
public final class FileActions {
    private final Supplier<Window> owner;
    private final SimulationWorker worker;
    private final ConfigActions configs;
    private final CsvActions csv;
    private final ExportProgress exports;
    private final Notifier notifier;
    private final int threads;
    private final Supplier<RenderOptions> look;
    private final ExportMemory exportMemory = new ExportMemory(ExportMemory.defaultFile());
    private File lastFileDir;

    /**
     * @param owner    the window the dialogs belong to
     * @param worker   the single run
     * @param configs  save and open
     * @param csv      CSV export and import
     * @param exports  the export progress bar
     * @param notifier the notification bar
     * @param threads  kernel threads of an export's re-run
     * @param look     the window's look (colour, size, theme, targets, arrows, trails): the export's
     */
    public FileActions(Supplier<Window> owner, SimulationWorker worker, ConfigActions configs, CsvActions csv,
                       ExportProgress exports, Notifier notifier, int threads, Supplier<RenderOptions> look) {
        this.look = look;
        this.owner = owner;
        this.worker = worker;
        this.configs = configs;
        this.csv = csv;
        this.exports = exports;
        this.notifier = notifier;
        this.threads = threads;
    }

    // ---- dialogs -------------------------------------------------------------------------

    public void askOpen() {
        chosen(chooser("Open configuration", "JSON configuration", "*.json", null).showOpenDialog(window()),
                configs::open);
    }

    /** Captures the run at once (what the user sees when asking), then asks where to save it. */
    public void askSave() {
        configs.capture().thenAcceptAsync(run -> {
            chosen(chooser("Save configuration", "JSON configuration", "*.json", "run-step"
                    + run.snapshot().step() + ".json").showSaveDialog(window()), file -> configs.saveCaptured(run, file));
        }, Platform::runLater).whenCompleteAsync((done, e) -> {
            if (e != null) {
                notifier.error("Not saved", e);
            }
        }, Platform::runLater);
    }

    public void askExportParticles() {
        chosen(chooser("Export particles", "CSV points", "*.csv", "particles-step" + worker.latest().step()
                + ".csv").showSaveDialog(window()), csv::exportParticles);
    }

    public void askExportMetrics() {
        chosen(chooser("Export metrics history", "CSV", "*.csv", "metrics.csv").showSaveDialog(window()),
                csv::exportMetrics);
    }

    public void askLoadTargets() {
        chosen(chooser("Load targets from CSV", "CSV points", "*.csv", null).showOpenDialog(window()),
                csv::loadTargets);
    }

    public void askExport() {
        if (exports.busy()) {
            notifier.error("An export is already running; cancel it first");
            return;
        }
        String mp4Note = Mp4PipeWriter.locate(System.getenv("PATH")).isPresent() ? null : "needs ffmpeg on the PATH";
        Optional<ExportSettings> s = new ExportDialog(window(), defaults(), mp4Note).showAndWait();
        s.ifPresent(this::export);
    }

    /**
     * The export dialog's starting values: the choices of the last export (remembered across
     * sessions in {@link ExportMemory#defaultFile()}), or PNG, 61 frames, 800×800; the steps are the
     * run so far (or the configured length).
     */
    public ExportSettings defaults() {
        long k = worker.latest().step();
        int steps = k > 0 ? (int) k : worker.config().steps();
        return exportMemory.initial(steps, Path.of(System.getProperty("user.home"), "flow-explorer-export"));
    }

    private FileChooser chooser(String title, String what, String pattern, String initialName) {
        FileChooser fc = new FileChooser();
        fc.setTitle(title);
        fc.getExtensionFilters().addAll(new FileChooser.ExtensionFilter(what, pattern),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        if (lastFileDir != null && lastFileDir.isDirectory()) {
            fc.setInitialDirectory(lastFileDir);
        }
        if (initialName != null) {
            fc.setInitialFileName(initialName);
        }
        return fc;
    }

    /** Acts on the file the user chose (none when the dialog was cancelled); the next dialog opens in its folder. */
    private void chosen(File f, Consumer<Path> action) {
        if (f != null) {
            lastFileDir = f.getParentFile();
            action.accept(f.toPath());
        }
    }

    private Window window() {
        return owner.get();
    }

    // ---- actions (also used by tests) ------------------------------------------------------

    /**
     * Exports frames of the current run (recorded changes included) re-run from step 0 to
     * {@code s.steps()}; the future completes when the files are in place, or exceptionally after
     * a cancel or failure (nothing written) or on bad settings (a notification).
     */
    public CompletableFuture<ExportJob.Result> export(ExportSettings s) {
        FrameExportSpec spec;
        Path ffmpeg = null;
        try {
            spec = s.spec();
            if (spec.format() == FrameFormat.MP4) {
                ffmpeg = Mp4PipeWriter.locate(System.getenv("PATH")).orElseThrow(() ->
                        InputException.forKey("format", "MP4 needs ffmpeg on the PATH; install it or choose PNG or GIF"));
            }
        } catch (InputException | IllegalArgumentException e) {
            notifier.error("Export: " + e.getMessage());
            return CompletableFuture.failedFuture(e);
        }
        try {
            exportMemory.remember(s);
        } catch (IOException | RuntimeException e) {
            notifier.error("Export choices not remembered for the next session: " + Notifier.describe(e));
        }
        Path mp4 = ffmpeg;
        return configs.capture().whenCompleteAsync((run, e) -> {
            if (e != null) {
                notifier.error("Export: the run could not be captured", e);
            }
        }, Platform::runLater).thenComposeAsync(run -> {
            RunConfig full = run.config();
            RunConfig cfg = full.withChanges(full.changes().stream().filter(ch -> ch.step() < s.steps()).toList())
                    .withSteps(s.steps());
            try {
                return exports.start(new ExportJob(new RunFile(cfg, look.get().withHud(false)), spec, s.outDir(), mp4,
                        threads));
            } catch (InputException | IllegalArgumentException e) {
                notifier.error("Export: " + e.getMessage());
                return CompletableFuture.failedFuture(e);
            }
        }, Platform::runLater);
    }

    public ConfigActions configs() {
        return configs;
    }

    public CsvActions csv() {
        return csv;
    }

    public ExportProgress exports() {
        return exports;
    }
}
