package org.flowexplorer.core.experiment.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.flowexplorer.core.flow.FlowKind;
import org.flowexplorer.core.schedule.NoiseSchedule;
import org.flowexplorer.core.schedule.ScheduleKind;
import org.flowexplorer.core.sim.FlowParameters;

/**
 * One cell of the SD-flow paper's convergence tables: a flow under the four factors the captions
 * name (algorithms.md §4; the settings are our assumptions, the paper gives none):
 * <ul>
 *   <li>AdaGrad off / on (with momentum α = 0.9 on the drift, §3);</li>
 *   <li>targets full (B_p = 0) / subsampled ({@value #BATCH} targets drawn each step);</li>
 *   <li>particle updates all (B_q = 0) / batched ({@value #BATCH} particles move each step and
 *       stand for q);</li>
 *   <li>noise annealed = linear σ 1 → 0.05 / cosine σ 1 → 0.05 over the run.</li>
 * </ul>
 * η = 0.5 for every flow; MMD uses the noise injection β = {@value #MMD_BETA} of its preset.
 *
 * @param flow              SD, MMD or SVGD
 * @param adagrad           AdaGrad with momentum on the drift
 * @param subsampledTargets B_p = 256 instead of all targets
 * @param batchedParticles  B_q = 256 instead of all particles
 * @param cosine            cosine schedule instead of the linear ("annealed") one
 */
public record PaperCondition(FlowKind flow, boolean adagrad, boolean subsampledTargets, boolean batchedParticles,
                             boolean cosine) {
    /** Batch size of the subsampled targets and of the batched particle updates. */
    public static final int BATCH = 256;
    /** MMD noise injection β used for MMD in every condition. */
    public static final double MMD_BETA = 0.1;
    /** σ at the start and the end of both schedules. */
    public static final double SIGMA_MAX = 1.0;
    public static final double SIGMA_MIN = 0.05;
    /** The flows the tables compare, in column order. */
    public static final List<FlowKind> FLOWS = List.of(FlowKind.SD, FlowKind.MMD, FlowKind.SVGD);

    public PaperCondition {
        if (!FLOWS.contains(flow)) {
            throw new IllegalArgumentException("the tables compare sd, mmd and svgd, got " + flow);
        }
    }

    /**
     * The 48 conditions, condition-major (the paper's rows) with the three flows inside each:
     * AdaGrad, then targets, particle updates and noise, each "off" value first.
     */
    public static List<PaperCondition> grid() {
        List<PaperCondition> out = new ArrayList<>();
        for (boolean a : new boolean[] {false, true}) {
            for (boolean t : new boolean[] {false, true}) {
                for (boolean b : new boolean[] {false, true}) {
                    for (boolean c : new boolean[] {false, true}) {
                        for (FlowKind f : FLOWS) {
                            out.add(new PaperCondition(f, a, t, b, c));
                        }
                    }
                }
            }
        }
        return out;
    }

    /** The parameters of this condition with the schedule stretched over {@code steps} steps. */
    public FlowParameters params(int steps) {
        NoiseSchedule schedule = new NoiseSchedule(cosine ? ScheduleKind.COSINE : ScheduleKind.LINEAR, SIGMA_MAX,
                SIGMA_MIN, Math.max(1, steps));
        FlowParameters p = FlowParameters.defaults(flow).withSchedule(schedule).withAdagrad(adagrad)
                .withBatches(subsampledTargets ? BATCH : 0, batchedParticles ? BATCH : 0);
        return flow == FlowKind.MMD ? p.withMmdNoise(MMD_BETA) : p;
    }

    /** The same factors for another flow. */
    public PaperCondition withFlow(FlowKind f) {
        return new PaperCondition(f, adagrad, subsampledTargets, batchedParticles, cosine);
    }

    /** True when the four factors (not the flow) are equal. */
    public boolean sameFactors(PaperCondition o) {
        return withFlow(o.flow).equals(o);
    }

    public String adagradLabel() {
        return adagrad ? "on" : "off";
    }

    public String targetsLabel() {
        return subsampledTargets ? "subsampled" : "full";
    }

    public String particlesLabel() {
        return batchedParticles ? "batched" : "all";
    }

    public String noiseLabel() {
        return cosine ? "cosine" : "annealed";
    }

    /** The four factors as the --only option spells them after the flow: "off/full/batched/annealed". */
    public String factorsKey() {
        return adagradLabel() + "/" + targetsLabel() + "/" + particlesLabel() + "/" + noiseLabel();
    }

    /** e.g. "SD flow, AdaGrad off, targets full, particles batched, annealed". */
    public String label() {
        return flow.displayName() + ", AdaGrad " + adagradLabel() + ", targets " + targetsLabel() + ", particles "
                + particlesLabel() + ", " + noiseLabel();
    }

    /** Parses "sd/off/full/batched/annealed" (the --only option). */
    public static PaperCondition parse(String s) {
        String[] p = s.trim().toLowerCase(Locale.ROOT).split("/", -1);
        if (p.length != 5) {
            throw new IllegalArgumentException("condition '" + s + "' must look like sd/off/full/batched/annealed "
                    + "(flow/AdaGrad/targets/particles/noise)");
        }
        FlowKind f = FlowKind.parse(p[0]);
        if (!FLOWS.contains(f)) {
            throw new IllegalArgumentException("condition '" + s + "': the tables compare sd, mmd and svgd");
        }
        return new PaperCondition(f, choice(p[1], "off", "on", s), choice(p[2], "full", "subsampled", s),
                choice(p[3], "all", "batched", s), choice(p[4], "annealed", "cosine", s));
    }

    private static boolean choice(String v, String no, String yes, String whole) {
        if (v.equals(no)) {
            return false;
        }
        if (v.equals(yes)) {
            return true;
        }
        throw new IllegalArgumentException("condition '" + whole + "': '" + v + "' must be " + no + " or " + yes);
    }
}
