package org.flowexplorer.app.overlay;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.flowexplorer.app.run.ThrottledTask;
import org.flowexplorer.core.math.ParallelRunner;
import org.flowexplorer.core.math.PointSet;
import org.flowexplorer.core.math.VectorField;
import org.flowexplorer.core.metric.FieldDiagnostics;
import org.flowexplorer.core.metric.field.CircleIntegral;
import org.flowexplorer.core.metric.field.FieldCircle;
import org.flowexplorer.core.metric.field.FieldGrid;
import org.flowexplorer.core.render.CurlGrid;
import org.flowexplorer.core.sim.MeasuredField;

/**
 * Measures the curl of the current velocity field off the FX thread: the grid and circles on one
 * thread, and the field diagnostics at {@link #PROBES} particles (about 16,600 field evaluations:
 * 64 probes × (4 + 256 arcs)) on a second thread, each at most {@code maxPerSecond} times a second
 * and only when its request changed (a new snapshot, flow,
 * σ, and for the grid the view or a circle). The math is the core's: the field v(x) with the particles and targets
 * held fixed ({@code FlowSpec.create().field}), the grid of {@link FieldGrid#sample}
 * (curl = ∂v_y/∂x − ∂v_x/∂y by central differences, δ = 10⁻³σ, coordinates beyond the second at
 * the particles' mean), {@link FieldDiagnostics} at the particles and
 * {@link CircleIntegral#of} for ∮ v·dl. Runs with more than {@link #MAX_PARTICLES} particles use
 * an even-strided subset as the sample of q (an approximation, like the live metrics).
 */
public final class CurlSampler implements AutoCloseable {
    /** The most particles the field is built from. */
    public static final int MAX_PARTICLES = 2000;
    /**
     * Particles (evenly strided) at which the read-out probes the field: a quarter of the CLI's 256,
     * so that the numbers keep up with a running flow (a few steps behind, not a second).
     */
    public static final int PROBES = 64;

    private final ParallelRunner runner = new ParallelRunner(1);
    private final ParallelRunner diagRunner = new ParallelRunner(1);
    private final ThrottledTask<CurlRequest, CurlSample> task;
    private final ThrottledTask<CurlRequest, FieldReadout> diagTask;

    /**
     * @param maxPerSecond at most this many grid and read-out measurements per second
     * @param errors       shows a failed measurement (the notification bar)
     */
    public CurlSampler(double maxPerSecond, Consumer<String> errors) {
        task = new ThrottledTask<>("curl overlay", maxPerSecond, r -> measure(r, runner), CurlRequest::sameAs,
                errors);
        diagTask = new ThrottledTask<>("curl read-out", maxPerSecond, r -> diagnose(r, diagRunner),
                CurlSampler::sameField, errors);
    }

    private static boolean sameField(CurlRequest a, CurlRequest b) {
        return a.snapshot() == b.snapshot() && a.spec().equals(b.spec()) && a.sigma() == b.sigma();
    }

    /** Offers a request to both measurements. Call from one thread. */
    public void offer(CurlRequest req, long nowNanos) {
        task.offer(req, nowNanos);
        diagTask.offer(req, nowNanos);
    }

    /** Forgets the last requests so that the next offer measures again (e.g. overlay switched on). */
    public void invalidate() {
        task.invalidate();
        diagTask.invalidate();
    }

    /** The newest finished grid measurement, or null if none since the last call. */
    public CurlSample poll() {
        return task.poll();
    }

    /** The newest finished diagnostics, or null if none since the last call. */
    public FieldReadout pollDiagnostics() {
        return diagTask.poll();
    }

    /** The sample of q the field is built from: at most {@link #MAX_PARTICLES} particles, evenly strided. */
    static PointSet sample(CurlRequest req) {
        return req.snapshot().positions().strided(MAX_PARTICLES);
    }

    /** Measures the grid and circles of {@code req} on the calling thread (tests call it directly). */
    public static CurlSample measure(CurlRequest req, ParallelRunner runner) {
        PointSet particles = sample(req);
        PointSet targets = req.snapshot().targets().points();
        VectorField field = MeasuredField.of(req.spec().create().field(particles, targets, req.sigma(), runner));
        double[] base = FieldGrid.mean(particles);
        FieldGrid g = FieldGrid.sample(field, base, req.view(), req.nx(), req.ny(), req.sigma(), runner);
        double[] v = req.view();
        CurlGrid grid = new CurlGrid(v[0], v[1], v[2], v[3], req.nx(), req.ny(), g.curl(), g.colourScale());
        List<CircleIntegral> circles = new ArrayList<>();
        for (FieldCircle c : req.circles()) {
            circles.add(CircleIntegral.of(field, base, c));
        }
        return new CurlSample(req, grid, List.copyOf(circles));
    }

    /** {@link FieldDiagnostics} of {@code req}'s field at {@link #PROBES} of its particles, on the calling thread. */
    public static FieldReadout diagnose(CurlRequest req, ParallelRunner runner) {
        PointSet particles = sample(req);
        VectorField field = MeasuredField.of(req.spec().create().field(particles, req.snapshot().targets().points(),
                req.sigma(), runner));
        PointSet probes = particles.strided(PROBES);
        return new FieldReadout(req, FieldDiagnostics.compute(probes, field, req.sigma(), runner));
    }

    @Override
    public void close() {
        task.close();
        diagTask.close();
        runner.close();
        diagRunner.close();
    }
}
