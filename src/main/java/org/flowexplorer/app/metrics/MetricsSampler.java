package org.flowexplorer.app.metrics;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.flowexplorer.core.data.Dataset;
import org.flowexplorer.core.math.ParallelRunner;
import org.flowexplorer.core.math.PointSet;
import org.flowexplorer.core.metric.MetricsCalculator;
import org.flowexplorer.core.sim.HeadlessRun;
import org.flowexplorer.core.sim.Snapshot;

/**
 * Computes the live metrics (MMD², sliced W2, modes covered, in-mode fraction) on its own thread,
 * never on the FX thread and never more often than {@code minIntervalNanos}. The window offers the
 * snapshot it just drew; if the sampler is idle and enough time has passed it computes in the
 * background, and the window picks up the result with {@link #poll()} on a later frame.
 * Large runs are measured on an evenly strided subset of {@link #MAX_PARTICLES} particles.
 */
public final class MetricsSampler implements AutoCloseable {
    /** The most particles the live metrics look at (MMD² is quadratic in N). */
    public static final int MAX_PARTICLES = 2000;

    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "flow-metrics");
        t.setDaemon(true);
        t.setPriority(Thread.NORM_PRIORITY - 1);
        return t;
    });
    private final ParallelRunner runner = new ParallelRunner(1);
    private final AtomicBoolean busy = new AtomicBoolean();
    private final AtomicReference<MetricsSample> result = new AtomicReference<>();
    private final long minIntervalNanos;
    private long lastOffer = Long.MIN_VALUE / 2;
    private Snapshot lastSnapshot;
    private Dataset calculatorDataset;
    private MetricsCalculator calculator;

    /** @param maxPerSecond at most this many measurements per second */
    public MetricsSampler(double maxPerSecond) {
        this.minIntervalNanos = (long) (1e9 / maxPerSecond);
    }

    /**
     * Offers the snapshot just drawn; returns true if a measurement was started. Call from one
     * thread (the FX thread).
     */
    public boolean offer(Snapshot snap, long nowNanos) {
        if (snap == lastSnapshot || nowNanos - lastOffer < minIntervalNanos || !busy.compareAndSet(false, true)) {
            return false;
        }
        lastSnapshot = snap;
        lastOffer = nowNanos;
        executor.execute(() -> {
            try {
                result.set(measure(snap));
            } catch (RuntimeException e) {
                result.set(null);
            } finally {
                busy.set(false);
            }
        });
        return true;
    }

    /** The newest finished measurement, or null if none since the last call. */
    public MetricsSample poll() {
        return result.getAndSet(null);
    }

    private MetricsSample measure(Snapshot snap) {
        Dataset data = snap.targets();
        if (data != calculatorDataset) {
            calculator = new MetricsCalculator(data.points(), data.mixture(), runner);
            calculatorDataset = data;
        }
        PointSet particles = strided(snap.positions(), MAX_PARTICLES);
        Snapshot view = new Snapshot(snap.step(), snap.sigma(), snap.nextSigma(), particles, null, data,
                snap.parameters(), snap.msPerStep(), snap.pauseReason(), snap.state());
        return new MetricsSample(data, HeadlessRun.row(calculator, view, snap.msPerStep()), particles.size());
    }

    /** At most {@code max} points taken at an even stride. */
    public static PointSet strided(PointSet points, int max) {
        int n = points.size();
        if (n <= max) {
            return points;
        }
        int[] idx = new int[max];
        for (int k = 0; k < max; k++) {
            idx[k] = (int) ((long) k * n / max);
        }
        return points.subset(idx);
    }

    @Override
    public void close() {
        executor.shutdownNow();
        runner.close();
    }
}
