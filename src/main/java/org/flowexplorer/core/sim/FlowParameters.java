package org.flowexplorer.core.sim;

import org.flowexplorer.core.flow.FlowKind;
import org.flowexplorer.core.flow.FlowSpec;
import org.flowexplorer.core.flow.QSelf;
import org.flowexplorer.core.kernel.KernelMode;
import org.flowexplorer.core.schedule.NoiseSchedule;

/**
 * The dynamics of a run as one immutable value (algorithms.md §3). The GUI and the CLI replace it
 * between any two steps through an {@code AtomicReference}; the simulation reads it once at the
 * top of each step, so a change takes effect on the next step without a reset.
 *
 * @param flow          the flow
 * @param eta           step-size parameter η; the step length is ε = η σ²
 * @param schedule      the noise schedule σ_t
 * @param adagrad       AdaGrad with momentum on the drift
 * @param targetBatch   B_p: targets used per step (0 = all)
 * @param particleBatch B_q: particles moving per step and standing for q (0 = all)
 * @param rho           DiffFlow's ρ ∈ [0, 1]
 * @param wp            DiffFlow's free w_p, or null (coupled: 1)
 * @param wq            DiffFlow's free w_q, or null (coupled: 1 − ρ)
 * @param curl          curl term κ, all flows
 * @param mmdNoise      MMD noise injection β
 * @param qSelf         whether a particle is part of its own q sample (SD flow, DiffFlow)
 * @param kernel        exact, grid or auto kernel sums (algorithms.md §8; default auto)
 */
public record FlowParameters(FlowKind flow, double eta, NoiseSchedule schedule, boolean adagrad,
                             int targetBatch, int particleBatch, double rho, Double wp, Double wq,
                             double curl, double mmdNoise, QSelf qSelf, KernelMode kernel) {

    /** Default η for every flow. */
    public static final double DEFAULT_ETA = 0.5;

    public FlowParameters {
        if (flow == null) {
            throw new IllegalArgumentException("flow: missing");
        }
        if (schedule == null) {
            throw new IllegalArgumentException("schedule: missing");
        }
        requireFinite("eta", eta);
        if (eta <= 0) {
            throw new IllegalArgumentException("eta: must be positive, got " + eta);
        }
        if (targetBatch < 0) {
            throw new IllegalArgumentException("target_batch: must be 0 (all) or positive, got " + targetBatch);
        }
        if (particleBatch < 0) {
            throw new IllegalArgumentException("particle_batch: must be 0 (all) or positive, got " + particleBatch);
        }
        requireFinite("rho", rho);
        if (rho < 0 || rho > 1) {
            throw new IllegalArgumentException("rho: must be in [0, 1], got " + rho);
        }
        if (wp != null) {
            requireFinite("wp", wp);
        }
        if (wq != null) {
            requireFinite("wq", wq);
        }
        requireFinite("curl", curl);
        requireFinite("mmd_noise", mmdNoise);
        if (mmdNoise < 0) {
            throw new IllegalArgumentException("mmd_noise: must be non-negative, got " + mmdNoise);
        }
        if (qSelf == null) {
            throw new IllegalArgumentException("q_self: missing");
        }
        if (kernel == null) {
            throw new IllegalArgumentException("kernel: missing");
        }
    }

    /** Parameters with q_self = include and kernel = auto (exact up to 20,000 particles and targets). */
    public FlowParameters(FlowKind flow, double eta, NoiseSchedule schedule, boolean adagrad, int targetBatch,
                          int particleBatch, double rho, Double wp, Double wq, double curl, double mmdNoise) {
        this(flow, eta, schedule, adagrad, targetBatch, particleBatch, rho, wp, wq, curl, mmdNoise, QSelf.INCLUDE,
                KernelMode.AUTO);
    }

    private static void requireFinite(String key, double v) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException(key + ": must be a finite number, got " + v);
        }
    }

    /** The defaults of algorithms.md §3 for the given flow. */
    public static FlowParameters defaults(FlowKind flow) {
        return new FlowParameters(flow, DEFAULT_ETA, NoiseSchedule.defaults(), false, 0, 0, 0.0, null, null, 0.0, 0.0);
    }

    /** The velocity-defining part: flow, ρ, weights and κ. */
    public FlowSpec flowSpec() {
        return new FlowSpec(flow, rho, wp, wq, curl, qSelf);
    }

    public FlowParameters withFlow(FlowKind f) {
        return new FlowParameters(f, eta, schedule, adagrad, targetBatch, particleBatch, rho, wp, wq, curl, mmdNoise, qSelf, kernel);
    }

    public FlowParameters withEta(double e) {
        return new FlowParameters(flow, e, schedule, adagrad, targetBatch, particleBatch, rho, wp, wq, curl, mmdNoise, qSelf, kernel);
    }

    public FlowParameters withSchedule(NoiseSchedule s) {
        return new FlowParameters(flow, eta, s, adagrad, targetBatch, particleBatch, rho, wp, wq, curl, mmdNoise, qSelf, kernel);
    }

    public FlowParameters withAdagrad(boolean a) {
        return new FlowParameters(flow, eta, schedule, a, targetBatch, particleBatch, rho, wp, wq, curl, mmdNoise, qSelf, kernel);
    }

    public FlowParameters withBatches(int targets, int particles) {
        return new FlowParameters(flow, eta, schedule, adagrad, targets, particles, rho, wp, wq, curl, mmdNoise, qSelf, kernel);
    }

    public FlowParameters withRho(double r) {
        return new FlowParameters(flow, eta, schedule, adagrad, targetBatch, particleBatch, r, wp, wq, curl, mmdNoise, qSelf, kernel);
    }

    /** Free DiffFlow weights; pass nulls to return to the coupled mode. */
    public FlowParameters withWeights(Double p, Double q) {
        return new FlowParameters(flow, eta, schedule, adagrad, targetBatch, particleBatch, rho, p, q, curl, mmdNoise, qSelf, kernel);
    }

    public FlowParameters withCurl(double k) {
        return new FlowParameters(flow, eta, schedule, adagrad, targetBatch, particleBatch, rho, wp, wq, k, mmdNoise, qSelf, kernel);
    }

    public FlowParameters withQSelf(QSelf q) {
        return new FlowParameters(flow, eta, schedule, adagrad, targetBatch, particleBatch, rho, wp, wq, curl, mmdNoise, q,
                kernel);
    }

    public FlowParameters withKernel(KernelMode k) {
        return new FlowParameters(flow, eta, schedule, adagrad, targetBatch, particleBatch, rho, wp, wq, curl, mmdNoise,
                qSelf, k);
    }

    public FlowParameters withMmdNoise(double beta) {
        return new FlowParameters(flow, eta, schedule, adagrad, targetBatch, particleBatch, rho, wp, wq, curl, beta, qSelf, kernel);
    }
}
