package org.flowexplorer.app.metrics;

import java.util.ArrayList;
import java.util.List;
import org.flowexplorer.core.data.Dataset;
import org.flowexplorer.core.math.ParallelRunner;
import org.flowexplorer.core.math.PointSet;
import org.flowexplorer.core.metric.MetricsCalculator;
import org.flowexplorer.core.sim.HeadlessRun;
import org.flowexplorer.core.sim.MetricsRow;
import org.flowexplorer.core.sim.Snapshot;

/**
 * The live metrics measurement (MMD², sliced W2, modes covered, in-mode fraction) of one snapshot
 * or of the compare panes' snapshots, as {@code metrics.csv} computes them. Runs on the background
 * thread of a {@code ThrottledTask}, never on the FX thread; keeps the calculator of the last
 * dataset. Large runs are measured on an evenly strided subset of {@link #MAX_PARTICLES} particles
 * (the window says so). Use from one thread.
 */
public final class LiveMetrics implements AutoCloseable {
    /** The most particles the live metrics look at (MMD² is quadratic in N). */
    public static final int MAX_PARTICLES = 2000;

    private final ParallelRunner runner = new ParallelRunner(1);
    private Dataset calculatorDataset;
    private MetricsCalculator calculator;

    /** Every metric of {@code snap}'s step. */
    public MetricsSample measure(Snapshot snap) {
        Dataset data = snap.targets();
        PointSet particles = snap.positions().strided(MAX_PARTICLES);
        Snapshot view = new Snapshot(snap.step(), snap.sigma(), snap.nextSigma(), particles, null, data,
                snap.parameters(), snap.msPerStep(), snap.pauseReason(), snap.state());
        return new MetricsSample(data, HeadlessRun.row(calculator(data), view, snap.msPerStep()), particles.size());
    }

    /** MMD² and sliced W2 of each of {@code panes} (same targets), in pane order. */
    public List<MetricsRow> distances(List<Snapshot> panes) {
        MetricsCalculator c = calculator(panes.get(0).targets());
        List<MetricsRow> rows = new ArrayList<>(panes.size());
        for (Snapshot s : panes) {
            PointSet p = s.positions().strided(MAX_PARTICLES);
            rows.add(new MetricsRow(s.step(), s.sigma(), c.mmd2(p), c.slicedW2(p), null, null, s.msPerStep()));
        }
        return rows;
    }

    private MetricsCalculator calculator(Dataset data) {
        if (data != calculatorDataset) {
            calculator = MetricsCalculator.forRun(data.points(), data.mixture(), runner);
            calculatorDataset = data;
        }
        return calculator;
    }

    @Override
    public void close() {
        runner.close();
    }
}
