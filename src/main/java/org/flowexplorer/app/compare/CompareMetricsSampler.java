package org.flowexplorer.app.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.flowexplorer.app.metrics.MetricsSampler;
import org.flowexplorer.core.data.Dataset;
import org.flowexplorer.core.math.ParallelRunner;
import org.flowexplorer.core.math.PointSet;
import org.flowexplorer.core.metric.MetricsCalculator;
import org.flowexplorer.core.sim.MetricsRow;
import org.flowexplorer.core.sim.Snapshot;

/**
 * Measures MMD² and sliced W2 of every compare pane on one background thread (never the FX
 * thread), at most {@code maxPerSecond} times per second. The window offers the panes' latest
 * snapshots each frame and picks up finished rows with {@link #poll()}. Large runs are measured on
 * an evenly strided subset of {@link MetricsSampler#MAX_PARTICLES} particles.
 */
public final class CompareMetricsSampler implements AutoCloseable {
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "flow-compare-metrics");
        t.setDaemon(true);
        t.setPriority(Thread.NORM_PRIORITY - 1);
        return t;
    });
    private final ParallelRunner runner = new ParallelRunner(1);
    private final AtomicBoolean busy = new AtomicBoolean();
    private final AtomicReference<CompareSample> result = new AtomicReference<>();
    private final long minIntervalNanos;
    private long lastOffer = Long.MIN_VALUE / 2;
    private List<Snapshot> lastOffered = List.of();
    private Dataset calculatorDataset;
    private MetricsCalculator calculator;

    /** @param maxPerSecond at most this many measurements per second */
    public CompareMetricsSampler(double maxPerSecond) {
        this.minIntervalNanos = (long) (1e9 / maxPerSecond);
    }

    /** Offers the panes' snapshots (FX thread); returns true if a measurement was started. */
    public boolean offer(List<Snapshot> panes, long nowNanos) {
        if (panes.isEmpty() || sameAs(panes) || nowNanos - lastOffer < minIntervalNanos
                || !busy.compareAndSet(false, true)) {
            return false;
        }
        List<Snapshot> snaps = List.copyOf(panes);
        lastOffered = snaps;
        lastOffer = nowNanos;
        executor.execute(() -> {
            try {
                result.set(measure(snaps));
            } catch (RuntimeException e) {
                result.set(null);
            } finally {
                busy.set(false);
            }
        });
        return true;
    }

    private boolean sameAs(List<Snapshot> panes) {
        if (panes.size() != lastOffered.size()) {
            return false;
        }
        for (int i = 0; i < panes.size(); i++) {
            if (panes.get(i) != lastOffered.get(i)) {
                return false;
            }
        }
        return true;
    }

    /** The newest finished measurement, or null if none since the last call. */
    public CompareSample poll() {
        return result.getAndSet(null);
    }

    private CompareSample measure(List<Snapshot> panes) {
        Dataset data = panes.get(0).targets();
        if (data != calculatorDataset) {
            calculator = new MetricsCalculator(data.points(), data.mixture(), runner);
            calculatorDataset = data;
        }
        List<MetricsRow> rows = new ArrayList<>(panes.size());
        for (Snapshot s : panes) {
            PointSet p = MetricsSampler.strided(s.positions(), MetricsSampler.MAX_PARTICLES);
            rows.add(new MetricsRow(s.step(), s.sigma(), calculator.mmd2(p), calculator.slicedW2(p), null, null,
                    s.msPerStep()));
        }
        return new CompareSample(data, rows);
    }

    @Override
    public void close() {
        executor.shutdownNow();
        runner.close();
    }
}
