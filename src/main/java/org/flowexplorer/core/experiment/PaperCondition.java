package org.flowexplorer.core.experiment;

import java.util.ArrayList;
import java.util.List;
import org.flowexplorer.core.flow.FlowKind;
import org.flowexplorer.core.schedule.NoiseSchedule;
import org.flowexplorer.core.schedule.ScheduleKind;
import org.flowexplorer.core.sim.FlowParameters;

/**
 * One cell of the SD-flow paper's convergence tables, mapped to our parameters as ALGORITHMS.md §4
 * states (our assumptions; the paper gives no further detail): annealed = linear σ 1 → 0.05,
 * cosine = cosine σ 1 → 0.05, full data = B_p = B_q = 0, batched = B_p = B_q = 256, η = 0.5,
 * AdaGrad on/off as in §3. MMD uses the noise injection β = 0.1 of its preset (Arbel et al.).
 *
 * @param flow    SD, MMD or SVGD
 * @param adagrad AdaGrad with momentum on the drift
 * @param batched 256/256 batches instead of full data
 * @param cosine  cosine schedule instead of the linear ("annealed") one
 */
public record PaperCondition(FlowKind flow, boolean adagrad, boolean batched, boolean cosine) {
    /** Batch size of the batched condition. */
    public static final int BATCH = 256;
    /** MMD noise injection β used for MMD in every condition. */
    public static final double MMD_BETA = 0.1;

    /** The 24 conditions flow × AdaGrad × data × noise, flows outermost, in table order. */
    public static List<PaperCondition> grid() {
        List<PaperCondition> out = new ArrayList<>();
        for (FlowKind f : List.of(FlowKind.SD, FlowKind.MMD, FlowKind.SVGD)) {
            for (boolean a : new boolean[] {false, true}) {
                for (boolean b : new boolean[] {false, true}) {
                    for (boolean c : new boolean[] {false, true}) {
                        out.add(new PaperCondition(f, a, b, c));
                    }
                }
            }
        }
        return out;
    }

    /** The parameters of this condition with the schedule stretched over {@code steps} steps. */
    public FlowParameters params(int steps) {
        NoiseSchedule schedule = new NoiseSchedule(cosine ? ScheduleKind.COSINE : ScheduleKind.LINEAR, 1.0, 0.05,
                Math.max(1, steps));
        FlowParameters p = FlowParameters.defaults(flow).withEta(FlowParameters.DEFAULT_ETA).withSchedule(schedule)
                .withAdagrad(adagrad).withBatches(batched ? BATCH : 0, batched ? BATCH : 0);
        return flow == FlowKind.MMD ? p.withMmdNoise(MMD_BETA) : p;
    }

    public String adagradLabel() {
        return adagrad ? "on" : "off";
    }

    public String dataLabel() {
        return batched ? "batched" : "full";
    }

    public String noiseLabel() {
        return cosine ? "cosine" : "annealed";
    }

    /** e.g. "SD flow, AdaGrad off, full, annealed". */
    public String label() {
        return flow.displayName() + ", AdaGrad " + adagradLabel() + ", " + dataLabel() + ", " + noiseLabel();
    }

    /** Parses "sd/off/full/annealed" (used by the --only option). */
    public static PaperCondition parse(String s) {
        String[] p = s.trim().toLowerCase(java.util.Locale.ROOT).split("/");
        if (p.length != 4) {
            throw new IllegalArgumentException("condition '" + s + "' must look like sd/off/full/annealed");
        }
        FlowKind f = FlowKind.parse(p[0]);
        if (f != FlowKind.SD && f != FlowKind.MMD && f != FlowKind.SVGD) {
            throw new IllegalArgumentException("condition '" + s + "': the tables compare sd, mmd and svgd");
        }
        boolean a = choice(p[1], "off", "on", s);
        boolean b = choice(p[2], "full", "batched", s);
        boolean c = choice(p[3], "annealed", "cosine", s);
        return new PaperCondition(f, a, b, c);
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
