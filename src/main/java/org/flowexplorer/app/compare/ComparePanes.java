package org.flowexplorer.app.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.layout.GridPane;
import org.flowexplorer.core.render.Camera;
import org.flowexplorer.core.render.Rasterizer;
import org.flowexplorer.core.render.RenderOptions;
import org.flowexplorer.core.sim.LockstepRuns;
import org.flowexplorer.core.sim.Simulation;
import org.flowexplorer.core.sim.Snapshot;

/**
 * The pane views of the comparison shown: one per simulation of the worker's runs, laid out by
 * {@link PaneGrid}, drawn by one {@link Rasterizer} through the {@link SharedCamera}, each in its
 * colour. Follows the worker's published runs: a new comparison rebuilds the panes and empties the
 * chart; a pane added or removed rebuilds the views and moves the chart's lines with them (the
 * history of the other panes is kept). FX thread only.
 */
final class ComparePanes {
    private final PaneGrid grid = new PaneGrid();
    private final Rasterizer rasterizer = new Rasterizer();
    private final List<ComparePaneView> views = new ArrayList<>();
    private final CompareWorker worker;
    private final CompareTimeline timeline;
    private final CompareChart chart;
    private final SharedCamera camera;
    private final Consumer<String> onError;
    private LockstepRuns shownRuns;
    private Runnable chartChange;

    ComparePanes(CompareWorker worker, CompareTimeline timeline, CompareChart chart, SharedCamera camera,
                 Consumer<String> onError) {
        this.worker = worker;
        this.timeline = timeline;
        this.chart = chart;
        this.camera = camera;
        this.onError = onError;
    }

    GridPane node() {
        return grid.node();
    }

    /**
     * Brings the panes in line with {@code tick}: true when it shows new runs (a comparison was
     * loaded), which were then given fresh panes, an empty chart and a pending fit.
     */
    boolean follow(CompareTick tick) {
        if (tick.runs() != shownRuns) {
            shownRuns = tick.runs();
            build(shownRuns);
            chart.clear(views.size());
            camera.requestFit();
            return true;
        }
        if (tick.snapshots().size() != views.size()) {
            build(shownRuns);
            if (chartChange != null) {
                chartChange.run();
                chartChange = null;
            } else {
                chart.clear(views.size());
            }
        }
        return false;
    }

    /** Draws pane i's snapshot {@code snaps.get(i)} in its colour with the look {@code options}. */
    void draw(List<Snapshot> snaps, RenderOptions options) {
        PaneCanvas first = views.get(0).canvas();
        Camera view = camera.update(snaps, first.width(), first.height());
        for (int i = 0; i < views.size(); i++) {
            Snapshot s = snaps.get(i);
            RenderOptions look = options.withParticleColor(PaneColors.argb(i));
            if (views.get(i).canvas().pulse(rasterizer, s, view, camera.version(), look)) {
                views.get(i).showSnapshot(s);
            }
        }
    }

    /** Adds a pane that continues the last one from the step it is at; the others go on. */
    void add() {
        int n = views.size();
        if (n >= ComparePreset.MAX_PANES) {
            onError.accept("compare mode shows at most " + ComparePreset.MAX_PANES + " panes");
            return;
        }
        timeline.goLive();
        timeline.paneAdded(n - 1);
        chartChange = () -> chart.copyLine(n - 1);
        worker.addPane(n - 1);
    }

    /** Removes pane {@code index}; the others go on. */
    void remove(int index) {
        if (views.size() <= ComparePreset.MIN_PANES) {
            onError.accept("compare mode needs at least " + ComparePreset.MIN_PANES + " panes");
            return;
        }
        timeline.goLive();
        timeline.paneRemoved(index);
        chartChange = () -> chart.removeLine(index);
        worker.removePane(index);
    }

    /** Zooms every pane about its centre. */
    void zoom(double factor) {
        if (!views.isEmpty()) {
            PaneCanvas c = views.get(0).canvas();
            camera.zoom(factor, Math.max(2, c.width()), Math.max(2, c.height()));
        }
    }

    int size() {
        return views.size();
    }

    /** The pane views, in pane order. */
    List<ComparePaneView> views() {
        return List.copyOf(views);
    }

    /** One pane view per simulation of {@code runs}, each bound to its simulation's parameters. */
    private void build(LockstepRuns runs) {
        views.clear();
        List<Simulation> sims = runs.simulations();
        int n = sims.size();
        for (int i = 0; i < n; i++) {
            Simulation sim = sims.get(i);
            ComparePaneModel model = new ComparePaneModel(i, sim.parameters().get(), sim.parameters()::set);
            ComparePaneView view = new ComparePaneView(model, onError);
            camera.attach(view.canvas().holder());
            int index = i;
            view.removeButton().setOnAction(e -> remove(index));
            view.removeButton().setDisable(n <= ComparePreset.MIN_PANES);
            views.add(view);
        }
        grid.show(views.stream().map(ComparePaneView::root).toList());
    }
}
