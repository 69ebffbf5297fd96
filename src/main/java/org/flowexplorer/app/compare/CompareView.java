package org.flowexplorer.app.compare;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.ComboBox;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.control.NotificationPane;
import org.flowexplorer.app.control.Notifier;
import org.flowexplorer.app.control.SpeedBox;
import org.flowexplorer.app.metrics.LiveMetrics;
import org.flowexplorer.app.run.ThrottledTask;
import org.flowexplorer.app.view.FramePump;
import org.flowexplorer.app.run.StepRate;
import org.flowexplorer.core.render.Rasterizer;
import org.flowexplorer.core.render.RenderOptions;
import org.flowexplorer.core.render.Camera;
import org.flowexplorer.core.sim.LockstepRuns;
import org.flowexplorer.core.sim.Simulation;
import org.flowexplorer.core.sim.Snapshot;
import org.flowexplorer.core.sim.Timeline;

/**
 * Compare mode: 2 to 4 synchronised panes stepped in lock-step by one {@link CompareWorker}
 * thread, each drawn by the one {@link Rasterizer} through one {@link SharedCamera}, with per-pane
 * controls, shared transport (run/pause, step, reset), built-in comparisons, and a shared metrics
 * chart with one line per pane. While shown it is a listener of the window's {@link FramePump} and
 * pulls the panes' latest snapshots each frame; nothing is pushed to the FX thread per step. Its
 * keys are bound by {@link CompareMode} in the window's one key map. FX thread only.
 */
public final class CompareView implements AutoCloseable {
    private final List<ComparePreset> builtIn;
    private List<ComparePreset> presets;
    private final Runnable onBack;
    private final CompareWorker worker;
    private final BorderPane root = new BorderPane();
    private final PaneGrid grid = new PaneGrid();
    private final NotificationPane notificationPane = new NotificationPane(grid.node());
    private final Notifier notifier = new Notifier(notificationPane);
    private final Rasterizer rasterizer = new Rasterizer();
    private final SharedCamera camera = new SharedCamera();
    private final CompareChart chart = new CompareChart();
    private final LiveMetrics measure = new LiveMetrics();
    private final ThrottledTask<List<Snapshot>, CompareSample> sampler;
    private final List<ComparePaneView> panes = new ArrayList<>();
    private final CompareToolbar bar;
    private final CompareTimeline timeline = new CompareTimeline(Timeline.DEFAULT_BUDGET_BYTES);
    private final CompareTimelineBar timelineBar;
    private final StepRate rate = new StepRate();
    private final FramePump pump;
    private final FramePump.Listener frame = this::pulse;
    private RenderOptions options = RenderOptions.defaults();
    private LockstepRuns shownRuns;
    private Runnable chartChange;
    private boolean shownPlaying;
    private boolean loading;

    /**
     * @param presets the comparisons offered (the first one is loaded)
     * @param threads kernel threads of each pane's simulation
     * @param onBack  called by "back to single view" (button, C or Esc)
     * @param pump    the window's frame pump (the view listens while shown)
     */
    public CompareView(List<ComparePreset> presets, int threads, Runnable onBack, FramePump pump) {
        this.pump = pump;
        this.sampler = new ThrottledTask<>("compare metrics", 3.0,
                snaps -> new CompareSample(snaps.get(0).targets(), measure.distances(snaps)), CompareWorker::sameSnapshots,
                notifier::error);
        this.builtIn = List.copyOf(presets);
        this.presets = this.builtIn;
        this.onBack = onBack;
        this.worker = new CompareWorker(this.presets.get(0), threads);
        worker.setOnPublished(timeline::offer);
        this.bar = new CompareToolbar(this.presets);
        this.timelineBar = new CompareTimelineBar(timeline, worker);
        root.getStyleClass().addAll("explorer", "compare-view");
        root.setId("compareRoot");
        root.getStylesheets().add(CompareView.class.getResource("compare.css").toExternalForm());
        root.setTop(bar.node());
        wire();
        notificationPane.setShowFromTop(true);
        VBox.setVgrow(notificationPane, Priority.ALWAYS);
        root.setCenter(notificationPane);
        VBox bottom = new VBox(2, timelineBar.node(), chart.node());
        VBox.setMargin(chart.node(), new Insets(0, 8, 4, 8));
        root.setBottom(bottom);
    }

    private void wire() {
        bar.back().setOnAction(e -> onBack.run());
        bar.play().setOnAction(e -> worker.togglePlay());
        bar.step().setOnAction(e -> worker.stepOnce());
        bar.reset().setOnAction(e -> worker.reset());
        bar.addPane().setOnAction(e -> addPane());
        bar.fit().setOnAction(e -> camera.requestFit());
        bar.presetBox().valueProperty().addListener((o, a, b) -> {
            if (b != null && !loading) {
                load(b);
            }
        });
        bar.metricBox().valueProperty().addListener((o, a, b) -> {
            if (b != null) {
                chart.setMetric(b);
            }
        });
        SpeedBox.setUp(bar.speedBox(), worker::setMaxStepsPerSecond);
    }

    /** Starts drawing (the view is shown). */
    public void start() {
        pump.add(frame);
    }

    /** Stops drawing and pauses the panes (the view is hidden). */
    public void stop() {
        pump.remove(frame);
        worker.pause();
    }

    /**
     * Offers one more comparison after the built-in ones (the single view's current run),
     * replacing the one offered before; the comparison shown is kept.
     */
    public void offer(ComparePreset extra) {
        List<ComparePreset> all = new ArrayList<>(builtIn);
        all.add(extra);
        presets = List.copyOf(all);
        String shown = worker.preset().name();
        loading = true;
        try {
            bar.presetBox().getItems().setAll(presets);
            bar.presetBox().setValue(presets.stream().filter(p -> p.name().equals(shown)).findFirst()
                    .orElse(null));
        } finally {
            loading = false;
        }
    }

    /** Loads a comparison: every pane restarts at step 0. */
    public void load(ComparePreset p) {
        loading = true;
        try {
            bar.presetBox().setValue(presets.contains(p) ? p : bar.presetBox().getValue());
        } finally {
            loading = false;
        }
        worker.rebuild(p);
        notifier.info(p.name() + ": " + p.description());
    }

    /** Adds a pane that continues the last one from the step it is at; the others go on. */
    private void addPane() {
        int n = panes.size();
        if (n >= ComparePreset.MAX_PANES) {
            notifier.error("compare mode shows at most " + ComparePreset.MAX_PANES + " panes");
            return;
        }
        timeline.goLive();
        timeline.paneAdded(n - 1);
        chartChange = () -> chart.copyLine(n - 1);
        worker.addPane(n - 1);
    }

    /** Removes pane {@code index}; the others go on. */
    private void removePane(int index) {
        if (panes.size() <= ComparePreset.MIN_PANES) {
            notifier.error("compare mode needs at least " + ComparePreset.MIN_PANES + " panes");
            return;
        }
        timeline.goLive();
        timeline.paneRemoved(index);
        chartChange = () -> chart.removeLine(index);
        worker.removePane(index);
    }

    /**
     * Draws the panes with the main window's look (colour mode, point size, arrows, targets,
     * background); trails and the HUD stay off in the small panes.
     */
    public void setOptions(RenderOptions o) {
        options = o.withTrails(false).withHud(false);
    }

    /** Sets the background (follows the main window's theme). */
    public void setDark(boolean dark) {
        options = options.withDarkBackground(dark);
        if (dark && !root.getStyleClass().contains("dark")) {
            root.getStyleClass().add("dark");
        } else if (!dark) {
            root.getStyleClass().remove("dark");
        }
    }

    /** Zooms every pane about its centre (+ / −). */
    void zoom(double f) {
        if (!panes.isEmpty()) {
            PaneCanvas c = panes.get(0).canvas();
            camera.zoom(f, Math.max(2, c.width()), Math.max(2, c.height()));
        }
    }

    /**
     * One frame: rebuild panes after a new comparison (or follow a pane added or removed), draw every
     * pane in its colour at the step shown (live, scrubbed or replayed), refresh read-outs and chart.
     */
    private void pulse(long now) {
        CompareTick pub = worker.published();
        List<Snapshot> snaps = timeline.frame(pub, worker.playing(), now);
        if (pub.runs() != shownRuns) {
            showRuns(pub.runs(), pub.preset());
        } else if (pub.snapshots().size() != panes.size()) {
            followPanes(pub.runs());
        }
        PaneCanvas first = panes.get(0).canvas();
        Camera view = camera.update(snaps, first.width(), first.height());
        for (int i = 0; i < panes.size(); i++) {
            Snapshot s = snaps.get(i);
            RenderOptions look = options.withParticleColor(PaneColors.argb(i));
            if (panes.get(i).canvas().pulse(rasterizer, s, view, camera.version(), look)) {
                panes.get(i).showSnapshot(s);
            }
        }
        bar.stepLabel().setText(CompareToolbar.stepText(snaps));
        bar.speedLabel().setText(CompareToolbar.speedText(pub.snapshots(), rate.update(pub.snapshots().get(0).step(), now,
                worker.playing())));
        timelineBar.show(snaps.get(0).step());
        sampler.offer(List.copyOf(pub.snapshots()), now);
        CompareSample m = sampler.poll();
        if (m != null && m.dataset() == pub.snapshots().get(0).targets() && m.rows().size() == panes.size()) {
            chart.add(m);
        }
        String err = worker.pollError();
        if (err != null) {
            notifier.error(err);
        }
        boolean playing = worker.playing();
        if (playing != shownPlaying) {
            shownPlaying = playing;
            bar.showPlaying(playing);
        }
    }

    /** A pane was added or removed: new pane views for the same runs; camera and chart history kept. */
    private void followPanes(LockstepRuns runs) {
        buildPanes(runs);
        if (chartChange != null) {
            chartChange.run();
            chartChange = null;
        } else {
            chart.clear(panes.size());
        }
    }

    /** Builds one pane per simulation of {@code runs}, each bound to its simulation's parameters. */
    private void showRuns(LockstepRuns runs, ComparePreset preset) {
        shownRuns = runs;
        buildPanes(runs);
        chart.clear(panes.size());
        camera.requestFit();
        loading = true;
        try {
            bar.presetBox().setValue(presets.stream().filter(p -> p.name().equals(preset.name())).findFirst()
                    .orElse(bar.presetBox().getValue()));
        } finally {
            loading = false;
        }
    }

    private void buildPanes(LockstepRuns runs) {
        panes.clear();
        List<Simulation> sims = runs.simulations();
        int n = sims.size();
        for (int i = 0; i < n; i++) {
            Simulation sim = sims.get(i);
            ComparePaneModel model = new ComparePaneModel(i, sim.parameters().get(), sim.parameters()::set);
            ComparePaneView view = new ComparePaneView(model, notifier::error);
            camera.attach(view.canvas().holder());
            int index = i;
            view.removeButton().setOnAction(e -> removePane(index));
            view.removeButton().setDisable(n <= ComparePreset.MIN_PANES);
            panes.add(view);
        }
        grid.show(panes.stream().map(ComparePaneView::root).toList());
        bar.addPane().setDisable(n >= ComparePreset.MAX_PANES);
    }

    public BorderPane root() {
        return root;
    }

    public CompareWorker worker() {
        return worker;
    }

    /** The pane views, in pane order (rebuilt when a comparison is loaded). */
    public List<ComparePaneView> panes() {
        return List.copyOf(panes);
    }

    public CompareChart chart() {
        return chart;
    }

    public SharedCamera camera() {
        return camera;
    }

    public Notifier notifier() {
        return notifier;
    }

    public ComboBox<ComparePreset> presetBox() {
        return bar.presetBox();
    }

    public CompareToolbar toolbar() {
        return bar;
    }

    /** The timeline of every pane (scrub, replay, fork). */
    public CompareTimeline timeline() {
        return timeline;
    }

    public CompareTimelineBar timelineBar() {
        return timelineBar;
    }

    @Override
    public void close() {
        pump.remove(frame);
        worker.close();
        sampler.close();
        measure.close();
    }
}
