package org.flowexplorer.core.flow;

/**
 * Everything that defines a flow's deterministic velocity apart from σ and the samples: the kind,
 * DiffFlow's ρ and optional free weights, and the curl term κ. This is what the {@code velocity}
 * command takes.
 *
 * @param kind  the flow
 * @param rho   DiffFlow's ρ ∈ [0, 1] (default 0); ignored by the other flows
 * @param wp    DiffFlow's free weight w_p, or null for the coupled value 1
 * @param wq    DiffFlow's free weight w_q, or null for the coupled value 1 − ρ
 * @param curl  the curl term κ (default 0), applies to every flow
 * @param qSelf whether a particle is part of its own q sample (default include; SD flow and DiffFlow)
 */
public record FlowSpec(FlowKind kind, double rho, Double wp, Double wq, double curl, QSelf qSelf) {

    public FlowSpec {
        if (kind == null) {
            throw new IllegalArgumentException("flow is missing");
        }
        if (!Double.isFinite(rho) || rho < 0 || rho > 1) {
            throw new IllegalArgumentException("rho must be in [0, 1], got " + rho);
        }
        if (wp != null && !Double.isFinite(wp)) {
            throw new IllegalArgumentException("wp must be finite, got " + wp);
        }
        if (wq != null && !Double.isFinite(wq)) {
            throw new IllegalArgumentException("wq must be finite, got " + wq);
        }
        if (!Double.isFinite(curl)) {
            throw new IllegalArgumentException("curl must be finite, got " + curl);
        }
        if (qSelf == null) {
            throw new IllegalArgumentException("q_self is missing");
        }
    }

    /** A flow with the particle in its own q sample (q_self = include). */
    public FlowSpec(FlowKind kind, double rho, Double wp, Double wq, double curl) {
        this(kind, rho, wp, wq, curl, QSelf.INCLUDE);
    }

    /** A flow with default options (ρ = 0, coupled weights, κ = 0, q_self = include). */
    public static FlowSpec of(FlowKind kind) {
        return new FlowSpec(kind, 0.0, null, null, 0.0);
    }

    /** This flow with another q_self. */
    public FlowSpec withQSelf(QSelf q) {
        return new FlowSpec(kind, rho, wp, wq, curl, q);
    }

    /** True when w_p or w_q was set, so DiffFlow's marginals are no longer preserved. */
    public boolean freeWeights() {
        return wp != null || wq != null;
    }

    /** w_p in effect: the free value, or 1. */
    public double effectiveWp() {
        return wp != null ? wp : 1.0;
    }

    /** w_q in effect: the free value, or 1 − ρ. */
    public double effectiveWq() {
        return wq != null ? wq : 1.0 - rho;
    }

    /** Builds the flow, wrapped in the curl term when κ ≠ 0 (MMD without noise injection). */
    public Flow create() {
        return create(0.0);
    }

    /**
     * Builds the flow for a simulation step: as {@link #create()}, with MMD's noise injection β
     * (algorithms.md §3; ignored by the other flows).
     */
    public Flow create(double mmdNoise) {
        Flow base = switch (kind) {
            case SD -> new ScoreDifferenceFlow(qSelf);
            case MMD -> new MmdFlow(mmdNoise);
            case SVGD -> new SvgdFlow();
            case LANGEVIN -> new LangevinFlow();
            case DIFFFLOW -> new DiffFlow(rho, effectiveWp(), effectiveWq(), qSelf);
        };
        return curl == 0.0 ? base : new CurlTerm(base, curl);
    }
}
