package org.flowexplorer.core.replay;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.flowexplorer.core.flow.FlowKind;
import org.flowexplorer.core.schedule.NoiseSchedule;
import org.flowexplorer.core.schedule.ScheduleKind;
import org.flowexplorer.core.sim.FlowParameters;

/**
 * The update rule of one parameter set in plain text (ALGORITHMS.md §2–3), as the replay shows it
 * beside the particles: the velocity of the flow, the step {@code x ← x + ε v + noise} with the
 * terms this parameter set switches on (AdaGrad, noise, curl, MMD noise injection), and the
 * parameter values by symbol.
 *
 * @param flow    display name of the flow
 * @param formula the velocity
 * @param update  one line: how a particle moves in one step
 * @param params  symbol → value, in display order
 */
public record UpdateRule(String flow, String formula, String update, Map<String, String> params) {
    public UpdateRule {
        params = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }

    /** The rule of {@code p}. */
    public static UpdateRule of(FlowParameters p) {
        FlowKind f = p.flow();
        String drift = p.adagrad() ? "η σ v / (10⁻⁶ + √G)" : "ε v(x)";
        StringBuilder u = new StringBuilder("x ← x + ").append(drift);
        double rhoEff = f == FlowKind.LANGEVIN ? 1 : f == FlowKind.DIFFFLOW ? p.rho() : 0;
        if (rhoEff == 1) {
            u.append(" + √(2ε) ξ");
        } else if (rhoEff > 0) {
            u.append(" + √(2ρε) ξ");
        }
        u.append(",  ε = ησ²");
        if (p.curl() != 0) {
            u.append(";  v ← v + κ J v (J: 90° turn)");
        }
        if (f == FlowKind.MMD && p.mmdNoise() > 0) {
            u.append(";  v evaluated at x + βσu");
        }
        if (p.adagrad()) {
            u.append(";  G ← 0.9 G + 0.1 v²");
        }
        Map<String, String> m = new LinkedHashMap<>();
        m.put("η", num(p.eta()));
        m.put("σ schedule", schedule(p.schedule()));
        if (f == FlowKind.DIFFFLOW) {
            m.put("ρ", num(p.rho()));
            m.put("w_p", p.wp() == null ? "1 (coupled)" : num(p.wp()));
            m.put("w_q", p.wq() == null ? "1 − ρ = " + num(1 - p.rho()) + " (coupled)" : num(p.wq()));
        }
        if (f == FlowKind.MMD) {
            m.put("β", num(p.mmdNoise()));
        }
        m.put("κ", num(p.curl()));
        m.put("AdaGrad", p.adagrad() ? "on" : "off");
        m.put("batches", (p.targetBatch() == 0 ? "all" : String.valueOf(p.targetBatch())) + " targets, "
                + (p.particleBatch() == 0 ? "all" : String.valueOf(p.particleBatch())) + " particles per step");
        return new UpdateRule(f.displayName(), f.formula(), u.toString(), m);
    }

    /** The symbols whose value differs from {@code before} (all of them when the flow changed). */
    public List<String> changedFrom(UpdateRule before) {
        List<String> out = new ArrayList<>();
        if (before == null) {
            return out;
        }
        if (!before.flow.equals(flow)) {
            out.add("flow");
        }
        for (Map.Entry<String, String> e : params.entrySet()) {
            if (!Objects.equals(before.params.get(e.getKey()), e.getValue())) {
                out.add(e.getKey());
            }
        }
        return out;
    }

    private static String schedule(NoiseSchedule s) {
        if (s.kind() == ScheduleKind.CONSTANT) {
            return "constant σ = " + num(s.sigmaMax());
        }
        return s.kind().id() + " σ " + num(s.sigmaMax()) + " → " + num(s.sigmaMin()) + " over " + s.length() + " steps";
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.4g", v).replaceAll("(\\.\\d*?)0+(e|$)", "$1$2").replaceAll("\\.(e|$)", "$1");
    }
}
