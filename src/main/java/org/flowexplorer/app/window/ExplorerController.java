package org.flowexplorer.app.window;

import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.controlsfx.control.NotificationPane;
import org.flowexplorer.app.compare.CompareMode;
import org.flowexplorer.app.control.Notifier;
import org.flowexplorer.app.data.DataModel;
import org.flowexplorer.app.data.DataPanelController;
import org.flowexplorer.app.data.StepCostEstimator;
import org.flowexplorer.app.data.StepCostFeed;
import org.flowexplorer.app.draw.DrawMode;
import org.flowexplorer.app.drop.FileDrop;
import org.flowexplorer.app.drop.ImageTargets;
import org.flowexplorer.app.dynamics.DynamicsModel;
import org.flowexplorer.app.dynamics.DynamicsPanelController;
import org.flowexplorer.app.file.FileActions;
import org.flowexplorer.app.file.PresetMenu;
import org.flowexplorer.app.keys.KeyDispatcher;
import org.flowexplorer.app.keys.KeyLayer;
import org.flowexplorer.app.lesson.LessonActions;
import org.flowexplorer.app.overlay.CurlOverlay;
import org.flowexplorer.app.overlay.NnHistogramWindow;
import org.flowexplorer.app.run.SimulationWorker;
import org.flowexplorer.app.timeline.TimelineBar;
import org.flowexplorer.app.view.CanvasView;
import org.flowexplorer.app.view.FramePump;
import org.flowexplorer.app.view.ViewControls;
import org.flowexplorer.core.io.PresetLibrary;
import org.flowexplorer.core.kernel.KernelMode;
import org.flowexplorer.core.sim.RunConfig;
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
    @FXML private TopBarController topBarController;
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
    private ViewControls viewControls;
    private NnHistogramWindow nnWindow;
    private CompareMode compareMode;
    private FileActions files;
    private DrawMode draw;
    private PresetMenu presets;
    private LessonActions lessons;
    private FileDrop drop;
    private KeyDispatcher keys;

    @FXML
    private void initialize() {
        notifier = new Notifier(notificationPane);
        canvas = new CanvasView(canvasHolder);
        canvasHolder.getChildren().add(0, canvas.node());
        canvasHolder.setFocusTraversable(true);
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
        runs = new RunLifecycle(worker, dataModel, dynamicsModel, dataPanelController, canvas, metrics, notifier,
                look -> viewControls.show(look));
        dataPanelController.bind(dataModel, runs::applyData, notifier::error);
        dynamicsPanelController.bind(dynamicsModel, notifier::error);
        cost = new StepCostFeed(new StepCostEstimator(threads), dataPanelController, notifier::error);
        dataPanelController.kernel().show(config.params().kernel().id());
        dataPanelController.kernel().onChoice(k -> dynamicsModel.setKernel(KernelMode.parse(k)));
        dataPanelController.gridButton().setOnAction(e -> dynamicsModel.setKernel(KernelMode.GRID));
        dynamicsModel.addListener(p -> dataPanelController.kernel().show(p.kernel().id()));
        timelineBar = new TimelineBar(timelineBox, worker, notifier, Timeline.DEFAULT_BUDGET_BYTES);
        timelineBar.forkWith(dynamicsModel::current);
        shown = new ShownFrame(worker, timelineBar, dynamicsModel, runs::replaying);
        presenter = new PresenterMode(root, List.of(topBar, leftScroll, rightScroll, statusBar), presenterBand,
                canvas::setPointScale);
        curlOverlay = new CurlOverlay(canvas, canvasHolder, dataPanelController.curlReadout(),
                () -> dynamicsModel.current().flowSpec(), notifier::error);
        nnWindow = new NnHistogramWindow(root, notifier::error);
        DataPanelController d = dataPanelController;
        viewControls = new ViewControls(new ViewControls.Controls(d.targetsCheck(), d.arrowsCheck(), d.trailsCheck(),
                d.trailSlider(), d.colorBox(), d.pointSizeSlider(), d.darkSwitch()), canvas);
        canvas.setTrailSource((s, k) -> timelineBar.model().timeline().positionsBefore(s, k));
        OverlayControls.bind(d, canvas, theme, curlOverlay, nnWindow);
        compareMode = new CompareMode(root, worker, library, threads, () -> canvas.options(), runs::current, pump, keys);
        theme.addListener(on -> {
            dynamicsPanelController.setDark(on);
            compareMode.setDark(on);
        });
        FileFeatures f = new FileFeatures(worker, runs, dynamicsPanelController, canvas, viewControls, canvasHolder,
                notifier, theme, keys, topBarController.presetMenu(),
                () -> root.getScene() == null ? null : root.getScene().getWindow(), threads);
        files = f.files;
        draw = f.draw;
        presets = f.presets;
        lessons = new LessonActions(worker, f.recorder, runs::replay, dynamicsModel::load, notifier, root,
                topBarController.lessonMenu());
        ImageTargets images = new ImageTargets(runs::current, runs::load, notifier);
        drop = new FileDrop(root, images, files.csv()::loadTargets, files.configs()::open, lessons::open, notifier);
        topBarController.bind(worker, timelineBar, runs, files, draw, presenter::toggle, help::toggle,
                compareMode::open);
        dataPanelController.drawButton().setOnAction(e -> draw.enter());
        dataPanelController.csvButton().setOnAction(e -> files.askLoadTargets());
        dataPanelController.imageButton().setOnAction(e -> drop.askImage());
        keys.push(new KeyLayer("single view", true, SingleViewKeys.bindings(topBarController, lessons,
                dataPanelController, dynamicsPanelController, canvas, help, curlOverlay)));
        addFrameListeners();
        pump.start();
    }

    /** The per-frame work, in order: what to show first, then everything that shows it. */
    private void addFrameListeners() {
        TopReadouts readouts = topBarController.readouts();
        StatusLine status = new StatusLine(statusLabel);
        RunStateView runState = new RunStateView(worker, topBarController.playButton(), hintLabel, dynamicsPanelController, notifier);
        pump.add(shown::frame);
        pump.add(now -> canvas.pulse(shown.shown(), now));
        pump.add(now -> readouts.frame(shown.shown(), shown.latest(), worker.playing(), canvas.stats(), now));
        pump.add(now -> metrics.frame(shown.shown(), shown.showingLive(), now));
        pump.add(now -> cost.frame(dataModel, dynamicsModel.current(), now));
        pump.add(now -> dataPanelController.kernel().showStatus(shown.shown().kernel()));
        pump.add(now -> curlOverlay.pulse(shown.shown(), now));
        pump.add(now -> nnWindow.pulse(shown.shown(), now));
        pump.add(now -> presenter.frame(shown.shown(), dynamicsModel.current(),
                dynamicsModel.lastChangedTerms(), metrics.latest()));
        pump.add(now -> status.show(shown.shown(), dataModel.dirty(), metrics.latest()));
        pump.add(now -> runState.frame(shown.shown()));
    }

    /** Stops the frame pump and the background threads. */
    public void stop() {
        pump.stop();
        for (AutoCloseable c : new AutoCloseable[] {worker, compareMode == null ? null : compareMode::shutdown,
                metrics, cost, curlOverlay, nnWindow, canvas, presets == null ? null : presets::close}) {
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

    /** The VIEW panel's look controls (colour, size, theme, targets, arrows, trails). */
    public ViewControls viewControls() {
        return viewControls;
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

    /** The Lessons menu and the lesson column. */
    public LessonActions lessons() {
        return lessons;
    }

    /** Files dropped onto the window and the Image… button. */
    public FileDrop drop() {
        return drop;
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
