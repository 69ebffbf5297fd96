package org.flowexplorer.core.rule;

import java.util.ArrayList;
import java.util.Collections;
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
 * The update rule one step of a parameter set applies (algorithms.md §2–3), in plain text: the
 * step {@code x ← x + ησ²·v}, plus {@code √(2ρησ²)ξ} for DiffFlow and {@code √(2ησ²)ξ} for
 * Langevin, with v the flow's velocity; κ ≠ 0 turns v into {@code v + κJv}, β ≠ 0 evaluates MMD's
 * v at a noised point, AdaGrad replaces {@code ησ²·v} by its adaptive step. The text is cut into
 * segments that name the term they show, so a view can highlight the term a slider just changed,
 * and the parameter values come by symbol. The window's DYNAMICS strip and presenter band and the
 * replay page all show this one rule. Immutable.
 */
public final class UpdateRule {
    /** The term a segment shows: a parameter, the flow's velocity, or nothing in particular. */
    public enum Term { NONE, FLOW, ETA, SIGMA, RHO, WP, WQ, KAPPA, BETA, ADAGRAD }

    /**
     * One piece of the rule's text.
     *
     * @param text the text
     * @param term what it shows
     */
    public record Segment(String text, Term term) {
    }

    private final FlowKind flow;
    private final List<Segment> segments;
    private final Map<String, String> params;

    private UpdateRule(FlowKind flow, List<Segment> segments, Map<String, String> params) {
        this.flow = flow;
        this.segments = List.copyOf(segments);
        this.params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }

    /** The rule of {@code p}. */
    public static UpdateRule of(FlowParameters p) {
        return new UpdateRule(p.flow(), segments(p), params(p));
    }

    /** The flow's display name. */
    public String flow() {
        return flow.displayName();
    }

    /** The flow's defining formula ({@link FlowKind#formula()}). */
    public String formula() {
        return flow.formula();
    }

    /** The rule, segment by segment: the step, then the velocity. */
    public List<Segment> segments() {
        return segments;
    }

    /** The whole rule as one line. */
    public String text() {
        StringBuilder b = new StringBuilder();
        segments.forEach(s -> b.append(s.text()));
        return b.toString();
    }

    /** Parameter values by symbol, in display order (η, σ schedule, ρ, w_p, w_q, β, κ, AdaGrad, batches). */
    public Map<String, String> params() {
        return params;
    }

    /** The symbols whose value differs from {@code before} ("flow" first when the flow changed); none when null. */
    public List<String> changedFrom(UpdateRule before) {
        List<String> out = new ArrayList<>();
        if (before == null) {
            return out;
        }
        if (before.flow != flow) {
            out.add("flow");
        }
        for (Map.Entry<String, String> e : params.entrySet()) {
            if (!Objects.equals(before.params.get(e.getKey()), e.getValue())) {
                out.add(e.getKey());
            }
        }
        return out;
    }

    /** One sentence on how the flow differs from its neighbours, shown under the rule. */
    public static String note(FlowKind f) {
        return switch (f) {
            case SD -> "Kernel means of targets and particles, each normalised by its kernel density.";
            case MMD -> "The one difference from SD flow: the kernel sums are not normalised by the kernel density.";
            case SVGD -> "Kernel-smoothed target score plus a repulsion between particles; no particle score.";
            case LANGEVIN -> "Target score only, plus fresh noise every step: no particle score term.";
            case DIFFFLOW -> "ρ = 0 is SD flow (GAN-like), ρ = 1 is Langevin (diffusion-like).";
        };
    }

    private static List<Segment> segments(FlowParameters p) {
        List<Segment> s = new ArrayList<>();
        boolean noisy = p.flow() == FlowKind.LANGEVIN || p.flow() == FlowKind.DIFFFLOW;
        add(s, "x ← x + ", Term.NONE);
        if (p.adagrad()) {
            add(s, "AdaGrad(", Term.ADAGRAD);
        }
        add(s, "η", Term.ETA);
        add(s, "σ²", Term.SIGMA);
        add(s, p.curl() != 0 ? "·(v + " : "·v", Term.NONE);
        if (p.curl() != 0) {
            add(s, "κ", Term.KAPPA);
            add(s, "Jv)", Term.NONE);
        }
        if (p.adagrad()) {
            add(s, ")", Term.ADAGRAD);
        }
        if (noisy) {
            add(s, " + √(2", Term.NONE);
            if (p.flow() == FlowKind.DIFFFLOW) {
                add(s, "ρ", Term.RHO);
            }
            add(s, "η", Term.ETA);
            add(s, "σ²", Term.SIGMA);
            add(s, ")ξ", Term.NONE);
        }
        add(s, ",   ", Term.NONE);
        velocity(s, p);
        if (p.flow() == FlowKind.MMD && p.mmdNoise() != 0) {
            add(s, "  at x + ", Term.NONE);
            add(s, "β", Term.BETA);
            add(s, "σξ", Term.NONE);
        }
        return s;
    }

    private static void velocity(List<Segment> s, FlowParameters p) {
        switch (p.flow()) {
            case LANGEVIN -> add(s, "v = s_p = (m_p − x)/σ²", Term.FLOW);
            case DIFFFLOW -> {
                add(s, "v = ", Term.FLOW);
                add(s, p.wp() == null ? "" : "w_p ", Term.WP);
                add(s, "s_p − ", Term.FLOW);
                add(s, p.wq() == null ? "(1 − ρ)" : "w_q", p.wq() == null ? Term.RHO : Term.WQ);
                add(s, " s_q", Term.FLOW);
            }
            default -> add(s, p.flow().formula(), Term.FLOW);
        }
    }

    private static void add(List<Segment> s, String text, Term t) {
        if (!text.isEmpty()) {
            s.add(new Segment(text, t));
        }
    }

    private static Map<String, String> params(FlowParameters p) {
        FlowKind f = p.flow();
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
        return m;
    }

    private static String schedule(NoiseSchedule s) {
        if (s.kind() == ScheduleKind.CONSTANT) {
            return "constant σ = " + num(s.sigmaMax());
        }
        return s.kind().id() + " σ " + num(s.sigmaMax()) + " → " + num(s.sigmaMin()) + " over " + s.length() + " steps";
    }

    /** Four significant digits without trailing zeros: 0.5, 0.05, 1000, 1.235e-05. */
    private static String num(double v) {
        return String.format(Locale.ROOT, "%.4g", v).replaceAll("(\\.\\d*?)0+(e|$)", "$1$2").replaceAll("\\.(e|$)", "$1");
    }
}
