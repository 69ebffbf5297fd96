package org.flowexplorer.app.window;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.controlsfx.control.NotificationPane;
import org.flowexplorer.app.compare.CompareMode;
import org.flowexplorer.app.control.Icons;
import org.flowexplorer.app.control.Notifier;
import org.flowexplorer.app.control.SpeedBox;
import org.flowexplorer.app.data.CsvActions;
import org.flowexplorer.app.data.DataModel;
import org.flowexplorer.app.data.DataPanelController;
import org.flowexplorer.app.data.SampledStepCost;
import org.flowexplorer.app.data.StepCostFeed;
import org.flowexplorer.app.draw.DrawMode;
import org.flowexplorer.app.dynamics.DynamicsModel;
import org.flowexplorer.app.dynamics.DynamicsPanelController;
import org.flowexplorer.app.dynamics.UpdateRule;
import org.flowexplorer.app.export.ExportProgress;
import org.flowexplorer.app.file.ConfigActions;
import org.flowexplorer.app.file.FileActions;
import org.flowexplorer.app.file.PresetMenu;
import org.flowexplorer.app.keys.KeyDispatcher;
import org.flowexplorer.app.keys.KeyLayer;
import org.flowexplorer.app.keys.Shortcut;
import org.flowexplorer.app.overlay.CurlOverlay;
import org.flowexplorer.app.overlay.NnHistogramWindow;
import org.flowexplorer.app.run.SimulationWorker;
import org.flowexplorer.app.run.SteeringRecorder;
import org.flowexplorer.app.timeline.TimelineBar;
import org.flowexplorer.app.view.CanvasView;
import org.flowexplorer.app.view.FramePump;
import org.flowexplorer.core.flow.FlowKind;
import org.flowexplorer.core.io.PresetLibrary;
import org.flowexplorer.core.sim.RunConfig;
import org.flowexplorer.core.sim.Snapshot;
import org.flowexplorer.core.sim.Timeline;

/**
 * The single view's composition root: the controls come from {@code explorer.fxml} and the two
 * panel FXMLs; {@link #start} builds the run and the feature objects, hands each exactly what it
 * needs, binds the menu items and buttons, registers the per-frame work with the one
 * {@link FramePump} in order, and binds the shortcuts in the window's one key map.
 */
public final class ExplorerController {
    @FXML private BorderPane root;
    @FXML private HBox topBar;
    @FXML private Button playButton;
    @FXML private Button stepButton;
    @FXML private Button resetButton;
    @FXML private Label stepLabel;
    @FXML private Label sigmaLabel;
    @FXML private Label rateLabel;
    @FXML private Label fpsLabel;
    @FXML private ComboBox<Integer> speedBox;
    @FXML private MenuButton fileMenu;
    @FXML private MenuItem openItem;
    @FXML private MenuItem saveItem;
    @FXML private MenuItem exportItem;
    @FXML private MenuItem exportParticlesItem;
    @FXML private MenuItem exportMetricsItem;
    @FXML private MenuItem loadTargetsItem;
    @FXML private MenuItem drawItem;
    @FXML private Button recButton;
    @FXML private MenuButton presetMenu;
    @FXML private Button compareButton;
    @FXML private Button presenterButton;
    @FXML private Button helpButton;
    @FXML private PresenterBand presenterBand;
    @FXML private ScrollPane leftScroll;
    @FXML private ScrollPane rightScroll;
    @FXML private NotificationPane notificationPane;
    @FXML private StackPane canvasHolder;
    @FXML private VBox helpOverlay;
    @FXML private Label hintLabel;
    @FXML private HBox statusBar;
    @FXML private Label statusLabel;
    @FXML private HBox timelineBox;
    @FXML private DataPanelController dataPanelController;
    @FXML private DynamicsPanelController dynamicsPanelController;

    private final FramePump pump = new FramePump();
    private Notifier notifier;
    private CanvasView canvas;
    private SimulationWorker worker;
    private DataModel dataModel;
    private DynamicsModel dynamicsModel;
    private RunLifecycle runs;
    private MetricsFeed metrics;
    private StepCostFeed cost;
    private TimelineBar timelineBar;
    private ShownFrame shown;
    private Theme theme;
    private HelpOverlay help;
    private PresenterMode presenter;
    private CurlOverlay curlOverlay;
    private NnHistogramWindow nnWindow;
    private CompareMode compareMode;
    private FileActions files;
    private DrawMode draw;
    private PresetMenu presets;
    private KeyDispatcher keys;
    private boolean shownPlaying;

    @FXML
    private void initialize() {
        notifier = new Notifier(notificationPane);
        canvas = new CanvasView(canvasHolder);
        canvasHolder.getChildren().add(0, canvas.node());
        canvasHolder.setFocusTraversable(true);
        playButton.setGraphic(Icons.play());
        stepButton.setGraphic(Icons.step());
        resetButton.setGraphic(Icons.reset());
        presenterButton.setGraphic(Icons.presenter());
        for (Node n : topBar.getChildren()) {
            if (n instanceof Labeled || n instanceof ComboBox) {
                ((Region) n).setMinWidth(Region.USE_PREF_SIZE); // the top bar never cuts a label
            }
        }
        help = new HelpOverlay(helpOverlay);
        theme = new Theme(root);
    }

    /**
     * Starts the window's logic on a first run.
     *
     * @param config  the first run
     * @param library the built-in presets (compare mode's comparisons are made from them)
     * @param threads simulation kernel threads
     * @param keys    the window's key map
     */
    public void start(RunConfig config, PresetLibrary library, int threads, KeyDispatcher keys) {
        this.keys = keys;
        worker = new SimulationWorker(config, threads);
        dataModel = new DataModel(config);
        dynamicsModel = new DynamicsModel(config.params(), worker::setParameters);
        metrics = new MetricsFeed(dynamicsPanelController, notifier::error);
        runs = new RunLifecycle(worker, dataModel, dynamicsModel, dataPanelController, canvas, metrics, notifier);
        dataPanelController.bind(dataModel, runs::applyData, notifier::error);
        dynamicsPanelController.bind(dynamicsModel, notifier::error);
        cost = new StepCostFeed(new SampledStepCost(threads), dataPanelController, notifier::error);
        timelineBar = new TimelineBar(timelineBox, worker, notifier, Timeline.DEFAULT_BUDGET_BYTES);
        timelineBar.forkWith(dynamicsModel::current);
        shown = new ShownFrame(worker, timelineBar, dynamicsModel, runs::replaying);
        presenter = new PresenterMode(root, List.of(topBar, leftScroll, rightScroll, statusBar), presenterBand,
                canvas::setPointScale);
        curlOverlay = new CurlOverlay(canvas, canvasHolder, dataPanelController.curlReadout(),
                () -> dynamicsModel.current().flowSpec(), notifier::error);
        nnWindow = new NnHistogramWindow(root, notifier::error);
        ViewControls.bind(dataPanelController, canvas, theme, curlOverlay, nnWindow);
        compareMode = new CompareMode(root, worker, library, threads, () -> canvas.options(), runs::current, pump, keys);
        theme.addListener(on -> {
            canvas.setOptions(canvas.options().withDarkBackground(on));
            dynamicsPanelController.setDark(on);
            compareMode.setDark(on);
        });
        buildFileActions(threads);
        bindButtons();
        keys.push(new KeyLayer("single view", true, bindings()));
        addFrameListeners();
        pump.start();
    }

    private void buildFileActions(int threads) {
        SteeringRecorder recorder = new SteeringRecorder(worker::config);
        worker.setStepObserver(recorder);
        ConfigActions configs = new ConfigActions(worker, recorder, notifier, runs::replay);
        CsvActions csv = new CsvActions(worker, () -> dynamicsPanelController.metricsChart().history().rows(),
                runs::current, runs::load, notifier);
        draw = new DrawMode(canvas, canvasHolder, worker, notifier, theme::dark, csv::loadTargets, keys);
        files = new FileActions(() -> root.getScene() == null ? null : root.getScene().getWindow(), worker, configs,
                csv, new ExportProgress(canvasHolder, notifier), notifier, threads);
        presets = new PresetMenu(runs::loadPreset, notifier, worker::config, configs, presetMenu,
                PresetLibrary.defaultUserDirectory());
    }

    private void bindButtons() {
        playButton.setOnAction(e -> worker.togglePlay());
        stepButton.setOnAction(e -> timelineBar.stepLive());
        resetButton.setOnAction(e -> runs.reset());
        presenterButton.setOnAction(e -> presenter.toggle());
        helpButton.setOnAction(e -> help.toggle());
        compareButton.setOnAction(e -> compareMode.open());
        recButton.setOnAction(e -> files.askExport());
        openItem.setOnAction(e -> files.askOpen());
        saveItem.setOnAction(e -> files.askSave());
        exportItem.setOnAction(e -> files.askExport());
        exportParticlesItem.setOnAction(e -> files.askExportParticles());
        exportMetricsItem.setOnAction(e -> files.askExportMetrics());
        loadTargetsItem.setOnAction(e -> files.askLoadTargets());
        drawItem.setOnAction(e -> draw.enter());
        dataPanelController.drawButton().setOnAction(e -> draw.enter());
        dataPanelController.csvButton().setOnAction(e -> files.askLoadTargets());
        SpeedBox.setUp(speedBox, worker::setMaxStepsPerSecond);
    }

    /** What every shortcut does in the single view. */
    private Map<Shortcut, Runnable> bindings() {
        Map<Shortcut, Runnable> m = new EnumMap<>(Shortcut.class);
        m.put(Shortcut.PLAY_PAUSE, worker::togglePlay);
        m.put(Shortcut.STEP, timelineBar::stepLive);
        m.put(Shortcut.RESET, runs::reset);
        m.put(Shortcut.FIT, canvas::requestFit);
        m.put(Shortcut.ZOOM_IN, () -> canvas.zoom(1.25));
        m.put(Shortcut.ZOOM_OUT, () -> canvas.zoom(0.8));
        m.put(Shortcut.AUTO_ROTATE, () -> {
            var box = dataPanelController.autoRotateCheck();
            if (!box.isDisabled()) {
                box.setSelected(!box.isSelected());
            }
        });
        m.put(Shortcut.PRESENTER, presenter::toggle);
        m.put(Shortcut.COMPARE, compareMode::open);
        m.put(Shortcut.SAVE, files::askSave);
        m.put(Shortcut.OPEN, files::askOpen);
        m.put(Shortcut.EXPORT, files::askExport);
        m.put(Shortcut.HELP, help::toggle);
        m.put(Shortcut.CLOSE_OVERLAY, () -> {
            help.hide();
            curlOverlay.clearCircles();
        });
        for (Shortcut s : Shortcut.values()) {
            if (s.flowIndex() >= 0) {
                m.put(s, () -> dynamicsPanelController.selectFlow(FlowKind.values()[s.flowIndex()]));
            }
        }
        return m;
    }

    /** The per-frame work, in order: what to show first, then everything that shows it. */
    private void addFrameListeners() {
        TopReadouts readouts = new TopReadouts(stepLabel, sigmaLabel, rateLabel, fpsLabel);
        StatusLine status = new StatusLine(statusLabel);
        pump.add(shown::frame);
        pump.add(now -> canvas.pulse(shown.shown(), now));
        pump.add(now -> readouts.frame(shown.shown(), shown.latest(), worker.playing(), canvas.stats(), now));
        pump.add(now -> metrics.frame(shown.shown(), shown.showingLive(), now));
        pump.add(now -> cost.frame(dataModel, dynamicsModel.current(), now));
        pump.add(now -> curlOverlay.pulse(shown.shown(), now));
        pump.add(now -> nnWindow.pulse(shown.shown(), now));
        pump.add(now -> presenter.frame(shown.shown(), dynamicsModel.current(),
                UpdateRule.changed(dynamicsModel.lastChanged()), metrics.latest()));
        pump.add(now -> status.show(shown.shown(), dataModel.dirty(), metrics.latest()));
        pump.add(now -> showRunState(shown.shown()));
    }

    private Snapshot lastPauseShown;

    /** The play icon, the start hint, σ in the DYNAMICS plot, a rejected step's reason, worker errors. */
    private void showRunState(Snapshot s) {
        boolean playing = worker.playing();
        if (playing != shownPlaying) {
            shownPlaying = playing;
            playButton.setGraphic(playing ? Icons.pause() : Icons.play());
        }
        if (s.step() > 0 && hintLabel.isVisible()) {
            hintLabel.setVisible(false);
        }
        dynamicsPanelController.showStep(s.step());
        if (s.paused() && s != lastPauseShown) {
            lastPauseShown = s;
            notifier.error(s.pauseReason());
        }
        String err = worker.pollError();
        if (err != null) {
            notifier.error(err);
        }
    }

    /** Stops the frame pump and the background threads. */
    public void stop() {
        pump.stop();
        for (AutoCloseable c : new AutoCloseable[] {worker, compareMode == null ? null : compareMode::shutdown,
                metrics, cost, curlOverlay, nnWindow}) {
            try {
                if (c != null) {
                    c.close();
                }
            } catch (Exception e) {
                notifier.error("while closing", e);
            }
        }
    }

    public FramePump pump() {
        return pump;
    }

    public SimulationWorker worker() {
        return worker;
    }

    public RunLifecycle runs() {
        return runs;
    }

    public TimelineBar timeline() {
        return timelineBar;
    }

    public CompareMode compareMode() {
        return compareMode;
    }

    public DynamicsModel dynamicsModel() {
        return dynamicsModel;
    }

    public DataModel dataModel() {
        return dataModel;
    }

    public CanvasView canvas() {
        return canvas;
    }

    public CurlOverlay curlOverlay() {
        return curlOverlay;
    }

    public NnHistogramWindow nnWindow() {
        return nnWindow;
    }

    public Notifier notifier() {
        return notifier;
    }

    public DataPanelController dataPanel() {
        return dataPanelController;
    }

    public DynamicsPanelController dynamicsPanel() {
        return dynamicsPanelController;
    }

    public FileActions files() {
        return files;
    }

    public DrawMode draw() {
        return draw;
    }

    public PresetMenu presets() {
        return presets;
    }

    public PresenterMode presenter() {
        return presenter;
    }

    public HelpOverlay help() {
        return help;
    }

    public KeyDispatcher keys() {
        return keys;
    }

    public BorderPane root() {
        return root;
    }

    public StackPane canvasHolder() {
        return canvasHolder;
    }
}
