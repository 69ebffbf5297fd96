package org.flowexplorer.app.file;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.FileChooser;
import org.flowexplorer.app.compare.CompareMode;
import org.flowexplorer.app.control.Notifier;
import org.flowexplorer.app.data.CsvActions;
import org.flowexplorer.app.draw.DrawMode;
import org.flowexplorer.app.export.ExportDialog;
import org.flowexplorer.app.export.ExportJob;
import org.flowexplorer.app.export.ExportMemory;
import org.flowexplorer.app.export.ExportProgress;
import org.flowexplorer.app.export.ExportSettings;
import org.flowexplorer.app.run.SteeringRecorder;
import org.flowexplorer.app.window.ExplorerController;
import org.flowexplorer.core.data.InputException;
import org.flowexplorer.core.export.FrameExportSpec;
import org.flowexplorer.core.export.FrameFormat;
import org.flowexplorer.core.export.Mp4PipeWriter;
import org.flowexplorer.core.io.PresetLibrary;
import org.flowexplorer.core.io.RunFile;
import org.flowexplorer.core.sim.RunConfig;

/**
 * Export, save and exact reproduction in the window: the File menu and the ● Rec button in the
 * top bar, Ctrl+O / Ctrl+S / Ctrl+E, the ✎ draw and CSV buttons in the data panel, and the
 * Presets menu with user presets. Installed by one call from {@link ExplorerController#start};
 * owns the {@link SteeringRecorder} that the worker tells of every step. FX thread only.
 */
public final class FileActions {
    private static final Object KEY = FileActions.class;

    private final ExplorerController c;
    private final SteeringRecorder recorder;
    private final ConfigActions configs;
    private final CsvActions csv;
    private final DrawMode draw;
    private final ExportProgress exports;
    private final PresetMenu presets;
    private final int threads = Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
    private final ExportMemory exportMemory = new ExportMemory(ExportMemory.defaultFile());
    private File lastFileDir;

    private FileActions(ExplorerController c) {
        this.c = c;
        this.recorder = new SteeringRecorder(c.worker()::config);
        c.worker().setStepObserver(recorder);
        this.configs = new ConfigActions(c, recorder);
        this.csv = new CsvActions(c);
        this.draw = new DrawMode(c, csv);
        this.exports = new ExportProgress(c);
        MenuButton presetButton = (MenuButton) c.root().lookup("#presetMenu");
        this.presets = new PresetMenu(c, configs, presetButton, PresetLibrary.defaultUserDirectory());
        HBox top = (HBox) c.root().getTop();
        int at = Math.max(0, top.getChildren().indexOf(presetButton));
        top.getChildren().add(at, recButton());
        top.getChildren().add(at, fileMenu());
        addDataPanelButtons();
        javafx.scene.control.Label keys = new javafx.scene.control.Label("Ctrl+E export frames · ✎ draw: Esc leaves draw mode");
        keys.setWrapText(true);
        c.helpOverlay().getChildren().add(keys);
        if (c.root().getScene() != null) {
            installKeys(c.root().getScene());
        } else {
            c.root().sceneProperty().addListener((o, a, b) -> {
                if (b != null) {
                    installKeys(b);
                }
            });
        }
    }

    /** Installs the actions into a started window (once). */
    public static FileActions install(ExplorerController c) {
        FileActions f = new FileActions(c);
        c.root().getProperties().put(KEY, f);
        return f;
    }

    /** The actions installed in a window, or null. */
    public static FileActions of(ExplorerController c) {
        return (FileActions) c.root().getProperties().get(KEY);
    }

    private MenuButton fileMenu() {
        MenuButton m = new MenuButton("File");
        m.setId("fileMenu");
        m.setTooltip(new Tooltip("Open and save configurations, export frames and CSV, load or draw targets"));
        m.getItems().addAll(
                item("menuOpen", "Open configuration…   Ctrl+O", this::askOpen),
                item("menuSave", "Save configuration…   Ctrl+S", this::askSave),
                new SeparatorMenuItem(),
                item("menuExport", "Export frames…   Ctrl+E", this::askExport),
                item("menuExportParticles", "Export particles (CSV)…", this::askExportParticles),
                item("menuExportMetrics", "Export metrics history (CSV)…", this::askExportMetrics),
                new SeparatorMenuItem(),
                item("menuLoadTargets", "Load targets from CSV…", this::askLoadTargets),
                item("menuDraw", "Draw targets ✎", draw::enter));
        return m;
    }

    private Button recButton() {
        Button b = new Button("● Rec");
        b.setId("recButton");
        b.setStyle("-fx-text-fill: #D55E00;");
        b.setTooltip(new Tooltip("Export frames of this run (PNG, GIF, MP4), re-run exactly from step 0 (Ctrl+E)"));
        b.setOnAction(e -> askExport());
        return b;
    }

    private void addDataPanelButtons() {
        Button drawButton = new Button("✎ draw");
        drawButton.setId("drawButton");
        drawButton.setTooltip(new Tooltip("Paint your own target points on the canvas"));
        drawButton.setOnAction(e -> draw.enter());
        Button csvButton = new Button("CSV…");
        csvButton.setId("loadCsvButton");
        csvButton.setTooltip(new Tooltip("Load target points from a CSV file (x,y[,z] per row)"));
        csvButton.setOnAction(e -> askLoadTargets());
        drawButton.setMaxWidth(Double.MAX_VALUE);
        csvButton.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(drawButton, Priority.ALWAYS);
        HBox.setHgrow(csvButton, Priority.ALWAYS);
        HBox row = new HBox(4, drawButton, csvButton);
        row.setId("drawRow");
        var children = c.dataPanel().panel().getChildren();
        children.add(Math.min(2, children.size()), row);
    }

    private static MenuItem item(String id, String text, Runnable action) {
        MenuItem i = new MenuItem(text);
        i.setId(id);
        i.setOnAction(e -> action.run());
        return i;
    }

    /**
     * Ctrl+O, Ctrl+S and Ctrl+E, caught at the window before the scene's own key filter, so they
     * always mean the exact save (recorded changes, current step), the replaying open and the export.
     */
    private void installKeys(Scene scene) {
        if (scene.getWindow() != null) {
            scene.getWindow().addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
        } else {
            scene.windowProperty().addListener((o, a, w) -> {
                if (w != null && a == null) {
                    w.addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
                }
            });
        }
    }

    private void keyPressed(KeyEvent e) {
        if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE && draw.active()) {
            draw.exit();
            e.consume();
            return;
        }
        if (!e.isShortcutDown() || e.isAltDown()) {
            return;
        }
        CompareMode compare = c.compareMode();
        if (compare != null && compare.showing()) {
            // the single run is hidden behind compare mode: saving or exporting it would surprise
            e.consume();
            Notifier shown = compare.view() != null ? compare.view().notifier() : c.notifier();
            shown.info("Save, open and export act on the single view: press C to go back to it first");
            return;
        }
        Runnable action = switch (e.getCode()) {
            case O -> this::askOpen;
            case S -> this::askSave;
            case E -> this::askExport;
            default -> null;
        };
        if (action != null) {
            e.consume();
            action.run();
        }
    }

    // ---- dialogs -------------------------------------------------------------------------

    public void askOpen() {
        File f = chooser("Open configuration", "JSON configuration", "*.json", null).showOpenDialog(window());
        if (f != null) {
            lastFileDir = f.getParentFile();
            configs.open(f.toPath());
        }
    }

    /** Captures the run at once (what the user sees when asking), then asks where to save it. */
    public void askSave() {
        configs.capture().thenAcceptAsync(run -> {
            File f = chooser("Save configuration", "JSON configuration", "*.json", "run-step"
                    + run.snapshot().step() + ".json").showSaveDialog(window());
            if (f != null) {
                lastFileDir = f.getParentFile();
                configs.saveCaptured(run, f.toPath());
            }
        }, Platform::runLater);
    }

    private void askExportParticles() {
        File f = chooser("Export particles", "CSV points", "*.csv", "particles-step" + c.worker().latest().step()
                + ".csv").showSaveDialog(window());
        if (f != null) {
            lastFileDir = f.getParentFile();
            csv.exportParticles(f.toPath());
        }
    }

    private void askExportMetrics() {
        File f = chooser("Export metrics history", "CSV", "*.csv", "metrics.csv").showSaveDialog(window());
        if (f != null) {
            lastFileDir = f.getParentFile();
            csv.exportMetrics(f.toPath());
        }
    }

    private void askLoadTargets() {
        File f = chooser("Load targets from CSV", "CSV points", "*.csv", null).showOpenDialog(window());
        if (f != null) {
            lastFileDir = f.getParentFile();
            csv.loadTargets(f.toPath());
        }
    }

    private void askExport() {
        if (exports.busy()) {
            c.notifier().error("An export is already running; cancel it first");
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
        long k = c.worker().latest().step();
        int steps = k > 0 ? (int) k : c.worker().config().steps();
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

    private javafx.stage.Window window() {
        return c.root().getScene() == null ? null : c.root().getScene().getWindow();
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
            c.notifier().error("Export: " + e.getMessage());
            return CompletableFuture.failedFuture(e);
        }
        exportMemory.remember(s);
        Path mp4 = ffmpeg;
        return configs.capture().thenComposeAsync(run -> {
            RunConfig full = run.config();
            RunConfig cfg = full.withChanges(full.changes().stream().filter(ch -> ch.step() < s.steps()).toList())
                    .withSteps(s.steps());
            try {
                // the window's look (colour, size, theme, targets, arrows, trails) is the export's
                return exports.start(new ExportJob(new RunFile(cfg, c.canvas().options().withHud(false)), spec,
                        s.outDir(), mp4, threads));
            } catch (InputException | IllegalArgumentException e) {
                c.notifier().error("Export: " + e.getMessage());
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

    public DrawMode draw() {
        return draw;
    }

    public ExportProgress exports() {
        return exports;
    }

    public PresetMenu presets() {
        return presets;
    }

    public SteeringRecorder recorder() {
        return recorder;
    }
}
