package org.flowexplorer.app;

import java.util.ArrayList;
import java.util.List;
import org.flowexplorer.core.experiment.CurlDiagnosis;
import org.flowexplorer.core.experiment.CurlDiagnosis.Circle;
import org.flowexplorer.core.experiment.CurlDiagnosis.CircleResult;
import org.flowexplorer.core.flow.VelocityField;
import org.flowexplorer.core.math.ParallelRunner;
import org.flowexplorer.core.math.PointSet;
import org.flowexplorer.core.metric.FieldDiagnostics;
import org.flowexplorer.core.render.CurlGrid;

/**
 * Measures the curl of the current velocity field on its own thread, never on the FX thread, at
 * most {@code maxPerSecond} times a second and only when the request changed (a new snapshot,
 * flow, σ, view or circle). The math is the core's: the field v(x) with the particles and targets
 * held fixed ({@code FlowSpec.create().field}), the grid of {@link CurlDiagnosis#sampleGrid}
 * (curl = ∂v_y/∂x − ∂v_x/∂y by central differences, δ = 10⁻³σ, coordinates beyond the second at
 * the particles' mean), {@link FieldDiagnostics} at the particles and
 * {@link CurlDiagnosis#circle} for ∮ v·dl. Runs with more than {@link #MAX_PARTICLES} particles use
 * an even-strided subset as the sample of q (an approximation, like the live metrics).
 */
public final class CurlSampler implements AutoCloseable {
    /** The most particles the field is built from. */
    public static final int MAX_PARTICLES = 2000;

    private final ParallelRunner runner = new ParallelRunner(1);
    private final ThrottledTask<CurlRequest, CurlSample> task;

    /** @param maxPerSecond at most this many measurements per second */
    public CurlSampler(double maxPerSecond) {
        task = new ThrottledTask<>("flow-curl", maxPerSecond, r -> measure(r, runner), CurlRequest::sameAs);
    }

    /** Offers a request; returns true if a measurement was started. Call from one thread. */
    public boolean offer(CurlRequest req, long nowNanos) {
        return task.offer(req, nowNanos);
    }

    /** Forgets the last request so that the next offer measures again (e.g. overlay switched on). */
    public void invalidate() {
        task.invalidate();
    }

    /** The newest finished measurement, or null if none since the last call. */
    public CurlSample poll() {
        return task.poll();
    }

    /** The newest error message, or null. */
    public String pollError() {
        return task.pollError();
    }
    /** Measures {@code req} on the calling thread (the sampler's thread; tests call it directly). */
    public static CurlSample measure(CurlRequest req, ParallelRunner runner) {
        PointSet particles = MetricsSampler.strided(req.snapshot().positions(), MAX_PARTICLES);
        PointSet targets = req.snapshot().targets().points();
        VelocityField field = req.spec().create().field(particles, targets, req.sigma(), runner);
        double[] base = CurlDiagnosis.mean(particles);
        CurlDiagnosis.Sampled g = CurlDiagnosis.sampleGrid(field, base, req.view(), req.nx(), req.ny(),
                req.sigma(), runner);
        double[] v = req.view();
        CurlGrid grid = new CurlGrid(v[0], v[1], v[2], v[3], req.nx(), req.ny(), g.curl(),
                CurlDiagnosis.colourScale(g.curl(), g.frobenius()));
        FieldDiagnostics diag = FieldDiagnostics.compute(particles, field, req.sigma(), runner);
        List<CircleResult> circles = new ArrayList<>();
        for (Circle c : req.circles()) {
            circles.add(CurlDiagnosis.circle(field, base, c));
        }
        return new CurlSample(req, grid, diag, List.copyOf(circles));
    }

    @Override
    public void close() {
        task.close();
        runner.close();
    }
}
