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
import org.flowexplorer.app.run.StepRate;
import org.flowexplorer.app.run.ThrottledTask;
import org.flowexplorer.app.view.FramePump;
import org.flowexplorer.core.render.Rasterizer;
import org.flowexplorer.core.render.RenderOptions;
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
    private final SharedCamera camera = new SharedCamera();
    private final CompareChart chart = new CompareChart();
    private final CompareTimeline timeline = new CompareTimeline(Timeline.DEFAULT_BUDGET_BYTES);
    private final ComparePanes panes;
    private final NotificationPane notificationPane;
    private final Notifier notifier;
    private final LiveMetrics measure = new LiveMetrics();
    private final ThrottledTask<List<Snapshot>, CompareSample> sampler;
    private final CompareToolbar bar;
    private final CompareTimelineBar timelineBar;
    private final StepRate rate = new StepRate();
    private final FramePump pump;
    private final FramePump.Listener frame = this::pulse;
    private RenderOptions options = RenderOptions.defaults();
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
        this.worker = new CompareWorker(presets.get(0), threads);
        this.panes = new ComparePanes(worker, timeline, chart, camera, this::showError);
        this.notificationPane = new NotificationPane(panes.node());
        this.notifier = new Notifier(notificationPane);
        this.sampler = new ThrottledTask<>("compare metrics", 3.0,
                snaps -> new CompareSample(snaps.get(0).targets(), measure.distances(snaps)), CompareWorker::sameSnapshots,
                notifier::error);
        this.builtIn = List.copyOf(presets);
        this.presets = this.builtIn;
        this.onBack = onBack;
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
        bar.addPane().setOnAction(e -> panes.add());
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
        panes.zoom(f);
    }

    /**
     * One frame: rebuild panes after a new comparison (or follow a pane added or removed), draw every
     * pane in its colour at the step shown (live, scrubbed or replayed), refresh read-outs and chart.
     */
    private void pulse(long now) {
        CompareTick pub = worker.published();
        List<Snapshot> snaps = timeline.frame(pub, worker.playing(), now);
        int shown = panes.size();
        boolean loaded = panes.follow(pub);
        if (loaded) {
            select(pub.preset());
        }
        if (loaded || panes.size() != shown) {
            bar.addPane().setDisable(panes.size() >= ComparePreset.MAX_PANES);
        }
        panes.draw(snaps, options);
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

    /** Shows {@code preset} as the comparison chosen, without loading it again. */
    private void select(ComparePreset preset) {
        loading = true;
        try {
            bar.presetBox().setValue(presets.stream().filter(p -> p.name().equals(preset.name())).findFirst()
                    .orElse(bar.presetBox().getValue()));
        } finally {
            loading = false;
        }
    }

    private void showError(String message) {
        notifier.error(message);
    }

    public BorderPane root() {
        return root;
    }

    public CompareWorker worker() {
        return worker;
    }

    /** The pane views, in pane order (rebuilt when a comparison is loaded). */
    public List<ComparePaneView> panes() {
        return panes.views();
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
