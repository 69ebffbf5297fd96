package org.flowexplorer.app.data;

import java.util.List;
import org.flowexplorer.core.flow.FlowKind;
import org.flowexplorer.core.sim.FlowParameters;
import org.flowexplorer.core.sim.RunConfig;
import org.flowexplorer.core.sim.Simulation;
import org.flowexplorer.core.sim.SimulationFactory;

/**
 * Measures the cost of a step instead of guessing it: builds the configuration at a small size
 * (at most {@link #SAMPLE} particles and targets), times {@link #TIMED} steps after one warm-up step,
 * and scales by the kernel sums a step evaluates — N·M target pairs for every flow, plus N·N particle
 * pairs for the flows with a particle term (SD, MMD, SVGD, DiffFlow; not Langevin), with N and M
 * replaced by the batch sizes B_q, B_p when set. Exact kernels only: there is no grid mode yet.
 */
public final class SampledStepCost implements StepCostEstimator {
    /** Particles and targets of the timed sample. */
    public static final int SAMPLE = 300;
    /** Steps timed after the warm-up. */
    public static final int TIMED = 3;

    private final int threads;

    /** @param threads the kernel threads the run will use */
    public SampledStepCost(int threads) {
        this.threads = threads;
    }

    @Override
    public StepCost estimate(RunConfig config) {
        int n = Math.min(config.particles(), SAMPLE);
        int m = Math.min(config.targets(), SAMPLE);
        RunConfig small = config.withSizes(n, m).withChanges(List.of());
        FlowParameters p = config.params();
        double seconds;
        try (Simulation sim = SimulationFactory.create(small.withParams(p.withBatches(0, 0)), threads)) {
            sim.step();
            long start = System.nanoTime();
            for (int k = 0; k < TIMED; k++) {
                sim.step();
            }
            seconds = (System.nanoTime() - start) / 1e9 / TIMED;
        }
        double scale = pairs(config.particles(), config.targets(), p) / pairs(n, m, p.withBatches(0, 0));
        return new StepCost(seconds * Math.max(1.0, scale), null, null);
    }

    /** Kernel pairs one step evaluates. */
    static double pairs(int particles, int targets, FlowParameters p) {
        double n = p.particleBatch() > 0 ? Math.min(p.particleBatch(), particles) : particles;
        double m = p.targetBatch() > 0 ? Math.min(p.targetBatch(), targets) : targets;
        double own = p.flow() == FlowKind.LANGEVIN ? 0 : n * particles;
        return n * m + own;
    }

    @Override
    public List<String> kernelModes() {
        return List.of("exact");
    }
}
