package org.flowexplorer.core.sim;

import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicReference;
import org.flowexplorer.core.data.CoordinateRange;
import org.flowexplorer.core.data.Dataset;
import org.flowexplorer.core.flow.AdaGrad;
import org.flowexplorer.core.flow.Flow;
import org.flowexplorer.core.flow.FlowKind;
import org.flowexplorer.core.flow.StepBuffers;
import org.flowexplorer.core.flow.StepInput;
import org.flowexplorer.core.kernel.KernelStatus;
import org.flowexplorer.core.kernel.KernelSums;
import org.flowexplorer.core.math.PairMedian;
import org.flowexplorer.core.math.ParallelRunner;
import org.flowexplorer.core.math.PointSet;
import org.flowexplorer.core.math.RandomStreams;
import org.flowexplorer.core.math.RunCancelledException;
import org.flowexplorer.core.math.RandomStreams.Purpose;

/**
 * The particle engine: owns the particle state and advances it one step at a time with the step
 * rule of algorithms.md §3,
 * <pre>
 *   ε = η σ²,   d_i = ε v(x_i)  (or AdaGrad),   n_i = sqrt(2 ρ_eff ε) ξ_i,   x_i ← x_i + d_i + n_i
 * </pre>
 * with all particles updated from the same old state. Parameters are read once per step from an
 * {@link AtomicReference}; after each step an immutable {@link Snapshot} is published. Every random
 * number comes from {@link RandomStreams} keyed by (seed, step, particle), and each particle's
 * velocity is computed by one thread in a fixed order, so a run is bitwise identical for any thread
 * count. Velocities come from the kernel sums chosen by the {@code kernel} parameter
 * ({@link StepKernels}).
 *
 * <p>Per step it allocates only the two arrays the published snapshot owns (positions and
 * velocities; AdaGrad's state too when AdaGrad is on); batches, probes and intermediate sums live in
 * buffers kept from step to step. Not thread safe: one thread calls {@link #step()}.
 */
public final class Simulation implements AutoCloseable {
    private static final int VELOCITIES = 4;
    private static final int SAMPLE = 5;
    private static final int TARGETS = 6;

    private final Dataset dataset;
    private final PointSet initial;
    private final RandomStreams random;
    private final ParallelRunner runner;
    private final StepKernels kernels;
    private final StepBuffers buffers = new StepBuffers();
    private final int[][] indexBuffers = new int[4][];
    private final AtomicReference<FlowParameters> parameters;
    private final AtomicReference<Snapshot> latest = new AtomicReference<>();
    private final int n;
    private final int d;

    private double[] positions;
    private AdaGrad adagrad;
    private FlowKind lastFlow;
    private long step;

    /**
     * @param dataset  the targets
     * @param initial  the starting particles (same dimension as the targets)
     * @param params   the initial parameters
     * @param seed     the run's seed for every random draw of the dynamics
     * @param threads  kernel threads (≥ 1); results do not depend on it
     */
    public Simulation(Dataset dataset, PointSet initial, FlowParameters params, long seed, int threads) {
        if (initial.dim() != dataset.dim()) {
            throw new IllegalArgumentException("particles have dimension " + initial.dim()
                    + " but targets have " + dataset.dim());
        }
        this.dataset = dataset;
        this.initial = initial;
        this.random = new RandomStreams(seed);
        this.runner = new ParallelRunner(threads);
        this.kernels = new StepKernels(runner);
        this.parameters = new AtomicReference<>(params);
        this.n = initial.size();
        this.d = initial.dim();
        restore(new SimulationState(0, initial, new AdaGrad(n, d), null));
    }

    /** The parameters, to be replaced between steps (by a slider, a CLI option, a script). */
    public AtomicReference<FlowParameters> parameters() {
        return parameters;
    }

    /** The latest published snapshot; never null. */
    public AtomicReference<Snapshot> latest() {
        return latest;
    }

    public Dataset dataset() {
        return dataset;
    }

    /** Steps completed so far. */
    public long stepCount() {
        return step;
    }

    public int threads() {
        return runner.threads();
    }

    /** What the next step's kernel sums will be with the current parameters (exact or grid, code path). */
    public KernelStatus kernelStatus() {
        return kernels.status(parameters.get().kernel(), n, dataset.points().size(), d);
    }

    /** Back to the initial particles at step 0 (parameters are kept). */
    public void reset() {
        restore(new SimulationState(0, initial, new AdaGrad(n, d), null));
    }

    /** Continues from a saved state, e.g. a timeline fork. */
    public void restore(SimulationState state) {
        if (state.positions().size() != n || state.positions().dim() != d) {
            throw new IllegalArgumentException("state does not match this simulation's particle count or dimension");
        }
        this.positions = state.positions().copyCoords();
        this.adagrad = state.adagradCopy();
        this.lastFlow = state.lastFlow();
        this.step = state.step();
        FlowParameters p = parameters.get();
        double sigma = p.schedule().sigmaAt(step);
        publish(PointSet.of(d, positions), p, sigma, sigma, null, 0.0, null, kernelStatus());
    }

    private void publish(PointSet now, FlowParameters p, double sigma, double nextSigma, PointSet velocities, double ms,
                         String reason, KernelStatus status) {
        SimulationState state = new SimulationState(step, now, adagrad.copy(), lastFlow);
        latest.set(new Snapshot(step, sigma, nextSigma, now, velocities, dataset, p, ms, reason, state, status));
    }

    /**
     * Stops the step in progress, if any, once its kernel work items under way are done: it then
     * returns {@link StepOutcome#CANCELLED} with nothing changed. Any thread may call it; a step
     * that starts afterwards runs in full. Steps are keyed by their index, so taking the step again
     * later gives exactly the same result.
     */
    public void cancelStep() {
        runner.cancel();
    }

    /** Takes one step, publishes a snapshot and reports whether the step was taken. */
    public StepOutcome step() {
        long start = System.nanoTime();
        runner.resume(); // a cancel meant for an earlier step does not stop this one
        FlowParameters p = parameters.get();
        if (p.flow() != lastFlow && lastFlow != null) {
            adagrad = new AdaGrad(n, d);
        }
        double sigma = p.schedule().sigmaAt(step);
        double eps = p.eta() * sigma * sigma;
        int[] moving = p.particleBatch() > 0 && p.particleBatch() < n
                ? RandomStreams.sortedSubset(random.stream(Purpose.PARTICLE_BATCH, step), n, p.particleBatch(),
                        indices(0, n), indices(1, p.particleBatch()))
                : null;
        PointSet sample = moving == null ? PointSet.wrap(d, positions) : gather(PointSet.wrap(d, positions), moving, SAMPLE);
        PointSet targets = dataset.points();
        if (p.targetBatch() > 0 && p.targetBatch() < targets.size()) {
            int[] chosen = RandomStreams.sortedSubset(random.stream(Purpose.TARGET_BATCH, step), targets.size(),
                    p.targetBatch(), indices(2, targets.size()), indices(3, p.targetBatch()));
            targets = gather(targets, chosen, TARGETS);
        }
        Flow flow = p.flowSpec().create(p.mmdNoise());
        KernelSums sums = kernels.sums(p.kernel(), sample.size(), targets.size(), d);
        double[] v = buffers.array(VELOCITIES, sample.size() * d);
        try {
            flow.velocities(new StepInput(sample, targets, sigma, step, moving, random, buffers, runner,
                    PairMedian.EXACT_LIMIT), sums, v);
        } catch (RunCancelledException e) {
            return StepOutcome.CANCELLED; // nothing of this step has been written yet
        }

        double noiseScale = Math.sqrt(2.0 * flow.noiseRho() * eps);
        double[] next = positions.clone();
        double[] velocities = new double[n * d];
        AdaGrad backup = p.adagrad() ? adagrad.copy() : null;
        if (p.adagrad()) {
            adagrad.prepare();
        }
        long t = step;
        runner.forRange(sample.size(), (from, to) -> {
            double[] drift = new double[d];
            for (int k = from; k < to; k++) {
                int i = moving == null ? k : moving[k];
                int off = i * d;
                System.arraycopy(v, k * d, velocities, off, d);
                if (p.adagrad()) {
                    adagrad.drift(i, v, k * d, p.eta(), sigma, drift, 0);
                } else {
                    for (int c = 0; c < d; c++) {
                        drift[c] = eps * v[k * d + c];
                    }
                }
                SplittableRandom xi = noiseScale > 0 ? random.stream(Purpose.STEP_NOISE, t, i) : null;
                for (int c = 0; c < d; c++) {
                    double noise = xi == null ? 0.0 : noiseScale * xi.nextGaussian();
                    next[off + c] = positions[off + c] + drift[c] + noise;
                }
            }
        });

        String rejected = outOfRange(next, velocities, sigma, p);
        double ms = (System.nanoTime() - start) / 1e6;
        KernelStatus status = kernels.lastStatus();
        if (rejected != null) {
            if (backup != null) {
                adagrad = backup;
            }
            publish(PointSet.of(d, positions), p, sigma, sigma, null, ms, rejected, status);
            return StepOutcome.REJECTED;
        }
        positions = next;
        lastFlow = p.flow();
        step++;
        // the snapshot owns 'next' and 'velocities' from here on: the engine never writes them again
        publish(PointSet.wrap(d, next), p, sigma, p.schedule().sigmaAt(step), PointSet.wrap(d, velocities), ms, null,
                status);
        return StepOutcome.ADVANCED;
    }

    /** An index array of exactly {@code length} in slot {@code slot}, kept for the next step. */
    private int[] indices(int slot, int length) {
        if (indexBuffers[slot] == null || indexBuffers[slot].length != length) {
            indexBuffers[slot] = new int[length];
        }
        return indexBuffers[slot];
    }

    /** The rows {@code rows} of {@code points}, in a buffer kept for the next step. */
    private PointSet gather(PointSet points, int[] rows, int slot) {
        double[] src = points.coords();
        double[] out = buffers.array(slot, rows.length * d);
        for (int k = 0; k < rows.length; k++) {
            System.arraycopy(src, rows[k] * d, out, k * d, d);
        }
        return PointSet.wrap(d, out);
    }

    /**
     * Why the step must be rejected, or null: a new coordinate or a velocity that is non-finite or
     * beyond ±{@value CoordinateRange#LIMIT}, where squared distances and every metric would
     * overflow (so nothing non-finite ever reaches a snapshot, a file or the screen).
     */
    private String outOfRange(double[] next, double[] velocities, double sigma, FlowParameters p) {
        double[] values = next;
        String what = "coordinate";
        int bad = CoordinateRange.firstOutside(next);
        if (bad < 0) {
            values = velocities;
            what = "velocity";
            bad = CoordinateRange.firstOutside(velocities);
        }
        if (bad < 0) {
            return null;
        }
        double v = values[bad];
        String kind = Double.isNaN(v) ? "a NaN" : Double.isInfinite(v) ? "an infinite" : "an overflowing";
        return "step " + (step + 1) + " rejected: particle " + bad / d + " would get " + kind + " " + what
                + " (beyond ±" + CoordinateRange.LIMIT + "; σ = " + sigma + ", η = " + p.eta()
                + "); the run is paused at the last good state";
    }

    @Override
    public void close() {
        runner.close();
    }
}
