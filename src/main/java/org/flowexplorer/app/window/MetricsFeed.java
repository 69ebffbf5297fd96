package org.flowexplorer.app.window;

import java.util.function.Consumer;
import org.flowexplorer.app.dynamics.DynamicsPanelController;
import org.flowexplorer.app.metrics.LiveMetrics;
import org.flowexplorer.app.metrics.MetricsSample;
import org.flowexplorer.app.run.ThrottledTask;
import org.flowexplorer.core.sim.Snapshot;

/**
 * Feeds METRICS from the frame loop: the snapshot shown (live, scrubbed or replayed) is measured
 * on a background {@link ThrottledTask} at most three times a second; its values go to the
 * METRICS labels and, when the snapshot was the live one, to the chart. {@link #clear} forgets
 * the old run at once (reset, new data, a preset, an opened file): values and chart empty, a
 * measurement of the old run still in flight is thrown away when it arrives, and frames that still
 * show the old run's last snapshot (until the worker publishes the new run) are not measured. FX thread only,
 * except the measurement itself.
 */
public final class MetricsFeed implements AutoCloseable {
    /** Measurements per second at most. */
    public static final double RATE = 3.0;

    private record Request(Snapshot snapshot, boolean live, int generation) {
        boolean same(Request o) {
            return snapshot == o.snapshot && live == o.live && generation == o.generation;
        }
    }

    private record Result(MetricsSample sample, boolean live, int generation) {
    }

    private final LiveMetrics measure = new LiveMetrics();
    private final ThrottledTask<Request, Result> task;
    private final DynamicsPanelController panel;
    private int generation;
    private MetricsSample latest;
    private Snapshot stale;

    /**
     * @param panel  shows the values and hosts the chart
     * @param errors shows a failed measurement (the notification bar)
     */
    public MetricsFeed(DynamicsPanelController panel, Consumer<String> errors) {
        this.panel = panel;
        this.task = new ThrottledTask<>("live metrics", RATE,
                r -> new Result(measure.measure(r.snapshot()), r.live(), r.generation()), Request::same, errors);
    }

    /** One frame: measure {@code shown} if it is new; show a finished measurement of the current run. */
    public void frame(Snapshot shown, boolean live, long now) {
        if (shown == stale) {
            task.poll(); // the old run's last snapshot, shown until the new run's first arrives
            return;
        }
        task.offer(new Request(shown, live, generation), now);
        Result r = task.poll();
        if (r == null || r.generation() != generation || r.sample().dataset() != shown.targets()) {
            return;
        }
        latest = r.sample();
        panel.showMetrics(latest);
        if (r.live()) {
            panel.metricsChart().add(latest);
        }
    }

    /**
     * Forgets the metrics of the run that ended: values back to "–", chart empty.
     *
     * @param last the old run's newest snapshot (taken before the worker was told to start over):
     *             frames still showing it are not measured
     */
    public void clear(Snapshot last) {
        stale = last;
        generation++;
        latest = null;
        task.invalidate();
        panel.clearMetrics();
    }

    /** The last measurement shown, or null since the last clear. */
    public MetricsSample latest() {
        return latest;
    }

    @Override
    public void close() {
        task.close();
        measure.close();
    }
}
