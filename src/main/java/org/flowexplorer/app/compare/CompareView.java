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
import org.flowexplorer.core.render.Rasterizer;
import org.flowexplorer.core.render.RenderOptions;
import org.flowexplorer.core.render.View;
import org.flowexplorer.core.sim.FlowParameters;
import org.flowexplorer.core.sim.LockstepRuns;
import org.flowexplorer.core.sim.Simulation;
import org.flowexplorer.core.sim.Snapshot;

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
    private final FramePump pump;
    private final FramePump.Listener frame = this::pulse;
    private RenderOptions options = RenderOptions.defaults().withPointRadius(1.5);
    private LockstepRuns shownRuns;
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
                snaps -> new CompareSample(snaps.get(0).targets(), measure.distances(snaps)), CompareView::sameSnapshots,
                message -> notifier.error(message));
        this.builtIn = List.copyOf(presets);
        this.presets = this.builtIn;
        this.onBack = onBack;
        this.worker = new CompareWorker(this.presets.get(0), threads);
        this.bar = new CompareToolbar(this.presets);
        root.getStyleClass().addAll("explorer", "compare-view");
        root.setId("compareRoot");
        root.getStylesheets().add(CompareView.class.getResource("compare.css").toExternalForm());
        root.setTop(bar.node());
        wire();
        notificationPane.setShowFromTop(true);
        VBox.setVgrow(notificationPane, Priority.ALWAYS);
        root.setCenter(notificationPane);
        root.setBottom(chart.node());
        BorderPane.setMargin(chart.node(), new Insets(0, 8, 4, 8));
    }

    private static boolean sameSnapshots(List<Snapshot> a, List<Snapshot> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i) != b.get(i)) {
                return false;
            }
        }
        return true;
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

    private void addPane() {
        List<FlowParameters> ps = currentParameters();
        if (ps.size() >= ComparePreset.MAX_PANES) {
            notifier.error("compare mode shows at most " + ComparePreset.MAX_PANES + " panes");
            return;
        }
        ps.add(ps.get(ps.size() - 1));
        worker.rebuild(worker.preset().withPanes(ps));
    }

    private void removePane(int index) {
        List<FlowParameters> ps = currentParameters();
        if (ps.size() <= ComparePreset.MIN_PANES) {
            notifier.error("compare mode needs at least " + ComparePreset.MIN_PANES + " panes");
            return;
        }
        ps.remove(index);
        worker.rebuild(worker.preset().withPanes(ps));
    }

    private List<FlowParameters> currentParameters() {
        List<FlowParameters> ps = new ArrayList<>();
        for (ComparePaneView v : panes) {
            ps.add(v.model().current());
        }
        return ps;
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

    /** One frame: rebuild panes after a new comparison, draw every pane, refresh read-outs and chart. */
    private void pulse(long now) {
        CompareTick pub = worker.published();
        if (pub.runs() != shownRuns) {
            showRuns(pub.runs(), pub.preset());
        }
        List<Snapshot> snaps = pub.snapshots();
        PaneCanvas first = panes.get(0).canvas();
        View view = camera.update(snaps, first.width(), first.height());
        for (int i = 0; i < panes.size(); i++) {
            Snapshot s = snaps.get(i);
            if (panes.get(i).canvas().pulse(rasterizer, s, view, camera.version(), options)) {
                panes.get(i).showSnapshot(s);
            }
        }
        bar.stepLabel().setText(stepText(snaps));
        sampler.offer(List.copyOf(snaps), now);
        CompareSample m = sampler.poll();
        if (m != null && m.dataset() == snaps.get(0).targets() && m.rows().size() == panes.size()) {
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

    private static String stepText(List<Snapshot> snaps) {
        long s0 = snaps.get(0).step();
        boolean same = snaps.stream().allMatch(s -> s.step() == s0);
        int t = snaps.get(0).parameters().schedule().length();
        if (same) {
            return "step " + s0 + " / " + t;
        }
        StringBuilder b = new StringBuilder("steps");
        snaps.forEach(s -> b.append(' ').append(s.step()));
        return b.toString();
    }

    /** Builds one pane per simulation of {@code runs}, each bound to its simulation's parameters. */
    private void showRuns(LockstepRuns runs, ComparePreset preset) {
        shownRuns = runs;
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
        chart.clear(n);
        camera.requestFit();
        loading = true;
        try {
            bar.presetBox().setValue(presets.stream().filter(p -> p.name().equals(preset.name())).findFirst()
                    .orElse(bar.presetBox().getValue()));
        } finally {
            loading = false;
        }
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

    @Override
    public void close() {
        pump.remove(frame);
        worker.close();
        sampler.close();
        measure.close();
    }
}
