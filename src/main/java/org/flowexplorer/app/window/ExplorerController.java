package org.flowexplorer.app.window;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.List;
import java.util.Locale;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.control.NotificationPane;
import org.flowexplorer.app.compare.CompareMode;
import org.flowexplorer.app.control.Icons;
import org.flowexplorer.app.control.Notifier;
import org.flowexplorer.app.data.DataModel;
import org.flowexplorer.app.data.DataPanelController;
import org.flowexplorer.app.dynamics.DynamicsModel;
import org.flowexplorer.app.dynamics.DynamicsPanelController;
import org.flowexplorer.app.drop.FileDrop;
import org.flowexplorer.app.file.FileActions;
import org.flowexplorer.app.lesson.LessonActions;
import org.flowexplorer.app.metrics.MetricsSample;
import org.flowexplorer.app.metrics.MetricsSampler;
import org.flowexplorer.app.overlay.CurlOverlay;
import org.flowexplorer.app.overlay.NnHistogramWindow;
import org.flowexplorer.app.run.SimulationWorker;
import org.flowexplorer.app.timeline.TimelineBar;
import org.flowexplorer.app.view.CanvasView;
import org.flowexplorer.app.view.FrameStats;
import org.flowexplorer.app.view.ViewControls;
import org.flowexplorer.core.flow.FlowKind;
import org.flowexplorer.core.io.Preset;
import org.flowexplorer.core.io.PresetLibrary;
import org.flowexplorer.core.sim.RunConfig;
import org.flowexplorer.core.sim.Snapshot;
import org.flowexplorer.core.sim.Timeline;

/**
 * The main window's controller: top bar (transport, read-outs, speed, presets, presenter, help),
 * the canvas with its notification bar and help overlay, the keyboard shortcuts, and the one
 * {@link AnimationTimer} that pulls the latest snapshot each frame and feeds the canvas, the
 * read-outs, the σ marker and the live metrics. Never called per simulation step.
 */
public final class ExplorerController {
    /** The speed limits offered, in steps per second (0 = as fast as the engine goes). */
    public static final List<Integer> SPEEDS = List.of(0, 240, 120, 60, 30, 10, 2);

    @FXML private BorderPane root;
    @FXML private HBox topBar;
    @FXML private Button playButton;
    @FXML private Button stepButton;
    @FXML private Button resetButton;
    @FXML private Label stepLabel;
    @FXML private Label sigmaLabel;
    @FXML private Label msLabel;
    @FXML private Label fpsLabel;
    @FXML private ComboBox<Integer> speedBox;
    @FXML private MenuButton presetMenu;
    @FXML private Button presenterButton;
    @FXML private Button helpButton;
    @FXML private Button compareButton;
    @FXML private HBox timelineBox;
    @FXML private ScrollPane leftScroll;
    @FXML private ScrollPane rightScroll;
    @FXML private NotificationPane notificationPane;
    @FXML private StackPane canvasHolder;
    @FXML private VBox helpOverlay;
    @FXML private Label hintLabel;
    @FXML private Label statusLabel;
    @FXML private Label datasetLabel;
    @FXML private DataPanelController dataPanelController;
    @FXML private DynamicsPanelController dynamicsPanelController;

    private SimulationWorker worker;
    private DataModel dataModel;
    private DynamicsModel dynamicsModel;
    private MetricsSampler sampler;
    private CurlOverlay curlOverlay;
    private NnHistogramWindow nnWindow;
    private CanvasView canvas;
    private ViewControls viewControls;
    private Notifier notifier;
    private PresetLibrary presets;
    private AnimationTimer timer;
    private TimelineBar timelineBar;
    private CompareMode compareMode;
    private Snapshot lastSnapshot;
    private Snapshot lastPauseShown;
    private boolean shownPlaying;
    private long lastReadout;
    private boolean presenter;
    private boolean dark;

    @FXML
    private void initialize() {
        notifier = new Notifier(notificationPane);
        canvas = new CanvasView(canvasHolder);
        canvasHolder.getChildren().add(0, canvas.node());
        canvasHolder.setFocusTraversable(true);
        speedBox.getItems().setAll(SPEEDS);
        speedBox.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer v) {
                return v == null ? "" : v == 0 ? "max" : v + " /s";
            }

            @Override
            public Integer fromString(String s) {
                return null;
            }
        });
        buildHelpOverlay();
        playButton.setText(null);
        playButton.setGraphic(Icons.play());
        stepButton.setText(null);
        stepButton.setGraphic(Icons.step());
        resetButton.setText(null);
        resetButton.setGraphic(Icons.reset());
        presenterButton.setText(null);
        presenterButton.setGraphic(Icons.presenter());
    }

    /**
     * Starts the window's logic on a first run.
     *
     * @param config   the first run
     * @param library  the presets for the menu
     * @param threads  simulation kernel threads
     */
    public void start(RunConfig config, PresetLibrary library, int threads) {
        this.presets = library;
        worker = new SimulationWorker(config, threads);
        sampler = new MetricsSampler(3.0);
        dataModel = new DataModel(config);
        dynamicsModel = new DynamicsModel(config.params(), worker::setParameters);
        dataPanelController.bind(dataModel, this::applyData, notifier::error);
        dynamicsPanelController.bind(dynamicsModel, notifier::error);
        dataModel.addListener(m -> statusLabel.setText(m.dirty()
                ? "Data edits pending: press “Apply & reset” (left) to rebuild the run, or Revert."
                : "Space to run, → to step, ? for keys"));
        bindTransport();
        bindView();
        timelineBar = new TimelineBar(timelineBox, worker, notifier, Timeline.DEFAULT_BUDGET_BYTES);
        compareMode = new CompareMode(root, worker, library, threads, () -> canvas.options(), this::currentConfig);
        compareButton.setOnAction(e -> compareMode.open());
        buildPresetMenu();
        speedBox.setValue(60);
        speedBox.valueProperty().addListener((o, a, b) -> worker.setMaxStepsPerSecond(b == null ? 0 : b));
        worker.setMaxStepsPerSecond(60);
        timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                pulse(now);
            }
        };
        timer.start();
        FileActions.install(this); // File menu, ● Rec, save/open, CSV, draw, user presets
        LessonActions.install(this); // Lessons menu and the lesson column
        FileDrop.install(this); // Image… button, files dropped onto the window
    }

    /** Installs the keyboard shortcuts on the scene. */
    public void installKeys(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
    }

    private void bindTransport() {
        playButton.setOnAction(e -> worker.togglePlay());
        stepButton.setOnAction(e -> timelineBar.stepLive());
        resetButton.setOnAction(e -> reset());
        presenterButton.setOnAction(e -> togglePresenter());
        helpButton.setOnAction(e -> toggleHelp());
    }

    private void bindView() {
        DataPanelController d = dataPanelController;
        viewControls = new ViewControls(new ViewControls.Controls(d.targetsCheck(), d.arrowsCheck(), d.trailsCheck(),
                d.trailSlider(), d.colorBox(), d.pointSizeSlider(), d.darkSwitch()), canvas);
        canvas.setTrailSource((s, k) -> timelineBar.model().timeline().positionsBefore(s, k));
        d.darkSwitch().selectedProperty().addListener((o, a, b) -> setDark(b));
        d.autoRotateCheck().selectedProperty().addListener((o, a, b) -> canvas.setAutoRotate(b));
        d.fitButton().setOnAction(e -> canvas.requestFit());
        curlOverlay = new CurlOverlay(canvas, canvasHolder, d.curlReadout(), () -> dynamicsModel.current().flowSpec());
        d.curlCheck().selectedProperty().addListener((o, a, b) -> {
            d.curlBox().setVisible(b);
            d.curlBox().setManaged(b);
            curlOverlay.setEnabled(b);
        });
        d.clearCirclesButton().setOnAction(e -> curlOverlay.clearCircles());
        nnWindow = new NnHistogramWindow(root);
        d.nnButton().setOnAction(e -> nnWindow.show());
    }

    private void buildPresetMenu() {
        for (Preset p : presets.all()) {
            Label l = new Label(p.name());
            Tooltip.install(l, new Tooltip(p.description()));
            CustomMenuItem item = new CustomMenuItem(l);
            item.setId("preset-" + p.name());
            item.setOnAction(e -> loadPreset(p));
            presetMenu.getItems().add(item);
        }
    }

    /** Loads a preset: new data and dynamics, paused at step 0. */
    public void loadPreset(Preset p) {
        if (p.view() != null) {
            viewControls.show(p.view());
        }
        loadConfig(p.config());
        notifier.info("Preset " + p.name() + ": " + p.description());
    }

    /** The configuration of the current run: its data and the dynamics as they are now. */
    public RunConfig currentConfig() {
        return dataModel.applied().withParams(dynamicsModel.current());
    }

    private void loadConfig(RunConfig c) {
        dynamicsModel.load(c.params());
        worker.setParameters(c.params());
        dataModel.load(c);
        worker.rebuild(c);
        canvas.requestFit();
        dataPanelController.autoRotateCheck().setSelected(false);
    }

    private void applyData(RunConfig pending) {
        worker.rebuild(pending.withParams(dynamicsModel.current()));
        canvas.requestFit();
        notifier.info("New data: " + pending.dataset() + ", N = " + pending.particles() + ", M = "
                + pending.targets() + ", seed " + pending.seed() + " (reset to step 0)");
    }

    private void reset() {
        worker.reset();
        notifier.hide();
    }

    private void keyPressed(KeyEvent e) {
        if (root.getScene() == null) {
            return; // compare mode is shown and handles its own keys
        }
        Node focus = root.getScene().getFocusOwner();
        if (focus instanceof TextInputControl && e.getCode() != KeyCode.ESCAPE) {
            return;
        }
        if (focus instanceof Slider && (e.getCode() == KeyCode.RIGHT || e.getCode() == KeyCode.LEFT)) {
            return;
        }
        Shortcut s = Shortcut.of(e);
        if (s == null) {
            return;
        }
        perform(s);
        e.consume();
    }

    /** Performs a shortcut's action (also used by tests). */
    public void perform(Shortcut s) {
        switch (s) {
            case PLAY_PAUSE -> worker.togglePlay();
            case STEP -> timelineBar.stepLive();
            case RESET -> reset();
            case FIT -> canvas.requestFit();
            case ZOOM_IN -> canvas.zoom(1.25);
            case ZOOM_OUT -> canvas.zoom(0.8);
            case AUTO_ROTATE -> {
                var box = dataPanelController.autoRotateCheck();
                if (!box.isDisabled()) {
                    box.setSelected(!box.isSelected());
                }
            }
            case PRESENTER -> togglePresenter();
            case COMPARE -> compareMode.open();
            case SAVE -> fileActions().askSave();
            case OPEN -> fileActions().askOpen();
            case HELP -> toggleHelp();
            case CLOSE_OVERLAY -> {
                helpOverlay.setVisible(false);
                curlOverlay.clearCircles();
                root.requestFocus();
            }
            default -> dynamicsPanelController.selectFlow(FlowKind.values()[s.flowIndex()]);
        }
    }

    /** The File menu's actions: exact save (with recorded slider changes) and replaying open. */
    private FileActions fileActions() {
        FileActions f = FileActions.of(this);
        if (f == null) {
            throw new IllegalStateException("file actions are installed when the window starts");
        }
        return f;
    }

    private void togglePresenter() {
        presenter = !presenter;
        leftScroll.setVisible(!presenter);
        leftScroll.setManaged(!presenter);
        rightScroll.setVisible(!presenter);
        rightScroll.setManaged(!presenter);
        if (presenter) {
            root.getStyleClass().add("presenter");
        } else {
            root.getStyleClass().remove("presenter");
        }
        canvas.invalidate();
    }

    public boolean presenter() {
        return presenter;
    }

    private void toggleHelp() {
        helpOverlay.setVisible(!helpOverlay.isVisible());
    }

    private void buildHelpOverlay() {
        Label title = new Label("Keys");
        title.getStyleClass().add("help-title");
        GridPane grid = new GridPane();
        grid.setHgap(14);
        grid.setVgap(3);
        int row = 0;
        for (Shortcut s : Shortcut.values()) {
            Label k = new Label(s.key());
            k.getStyleClass().add("key");
            grid.addRow(row++, k, new Label(s.description()));
        }
        Label mouse = new Label("Mouse: drag to pan, wheel to zoom about the pointer; on 3D data right-drag or "
                + "shift-drag to orbit. Every change of the dynamics applies on the next step; only "
                + "“Apply & reset”, R and presets restart a run.");
        mouse.setWrapText(true);
        helpOverlay.getChildren().setAll(title, grid, mouse);
        helpOverlay.setOnMouseClicked(e -> helpOverlay.setVisible(false));
    }

    private void setDark(boolean on) {
        dark = on;
        Application.setUserAgentStylesheet(on ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
        dynamicsPanelController.setDark(on);
        compareMode.setDark(on);
        if (on) {
            root.getStyleClass().add("dark");
        } else {
            root.getStyleClass().remove("dark");
        }
    }

    /** One frame: pull the latest snapshot, draw if it changed, refresh read-outs and metrics. */
    private void pulse(long now) {
        Snapshot live = worker.latest();
        Snapshot s = timelineBar.frame(live, now); // live, or the past step scrubbed to / replayed
        canvas.pulse(s, now);
        if (s != lastSnapshot) {
            lastSnapshot = s;
            showSnapshot(s);
        }
        sampler.offer(live, now);
        curlOverlay.pulse(s, now);
        nnWindow.pulse(s, now);
        MetricsSample m = sampler.poll();
        if (m != null && m.dataset() == s.targets()) {
            dynamicsPanelController.showMetrics(m);
            int n = s.positions().size();
            statusLabel.setText(m.sampled() < n
                    ? "Live metrics on an even subset of " + m.sampled() + " of " + n + " particles (approximation)."
                    : dataModel.dirty() ? statusLabel.getText() : "Space to run, → to step, ? for keys");
        }
        String err = worker.pollError();
        if (err != null) {
            notifier.error(err);
        }
        boolean playing = worker.playing();
        if (playing != shownPlaying) {
            shownPlaying = playing;
            playButton.setGraphic(playing ? Icons.pause() : Icons.play());
        }
        if (now - lastReadout > 250_000_000L) {
            lastReadout = now;
            FrameStats st = canvas.stats();
            double fps = st.fps(now);
            fpsLabel.setText(fps == 0 ? String.format(Locale.ROOT, "idle · %.1f ms draw", st.quantileMs(0.5))
                    : String.format(Locale.ROOT, "%.0f fps · %.1f ms draw", fps, st.quantileMs(0.5)));
        }
    }

    private void showSnapshot(Snapshot s) {
        if (s.step() > 0 && hintLabel.isVisible()) {
            hintLabel.setVisible(false);
        }
        int t = s.parameters().schedule().length();
        stepLabel.setText("step " + s.step() + " / " + t);
        sigmaLabel.setText(String.format(Locale.ROOT, "σ %.3g", s.nextSigma()));
        msLabel.setText(s.step() == 0 ? "– ms/step" : String.format(Locale.ROOT, "%.1f ms/step", s.msPerStep()));
        dynamicsPanelController.showStep(s.step());
        datasetLabel.setText(s.targets().name() + " · N " + s.positions().size() + " · M " + s.targets().points().size()
                + " · " + s.parameters().flow().displayName());
        canvas.setHud(List.of("step " + s.step() + "  sigma " + String.format(Locale.ROOT, "%.3g", s.nextSigma()),
                s.parameters().flow().displayName()));
        if (s.paused() && s != lastPauseShown) {
            lastPauseShown = s;
            notifier.error(s.pauseReason());
        }
    }

    /** Stops or restarts the frame loop (the frame-time harness drives the canvas itself). */
    public void setFrameLoopRunning(boolean running) {
        if (running) {
            timer.start();
        } else {
            timer.stop();
        }
    }

    /** Stops the timer and the background threads. */
    public void stop() {
        if (timer != null) {
            timer.stop();
        }
        if (worker != null) {
            worker.close();
        }
        if (compareMode != null) {
            compareMode.shutdown();
        }
        if (sampler != null) {
            sampler.close();
        }
        if (curlOverlay != null) {
            curlOverlay.close();
        }
        if (nnWindow != null) {
            nnWindow.close();
        }
    }

    /** The timeline in the bottom bar (its model holds the recorded RunConfig with parameter changes). */
    public TimelineBar timeline() {
        return timelineBar;
    }

    /** Compare mode (C): 2–4 flows side by side. */
    public CompareMode compareMode() {
        return compareMode;
    }

    public SimulationWorker worker() {
        return worker;
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

    /** The curl overlay (VIEW: "curl (field diagnostics)"). */
    public CurlOverlay curlOverlay() {
        return curlOverlay;
    }

    /** The nearest-neighbour histogram window (VIEW: "NN histogram…"). */
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

    public BorderPane root() {
        return root;
    }

    public StackPane canvasHolder() {
        return canvasHolder;
    }

    public VBox helpOverlay() {
        return helpOverlay;
    }

    public boolean dark() {
        return dark;
    }
}
