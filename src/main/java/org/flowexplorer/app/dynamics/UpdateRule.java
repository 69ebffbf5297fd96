package org.flowexplorer.app.dynamics;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.flowexplorer.core.flow.FlowKind;
import org.flowexplorer.core.sim.FlowParameters;

/**
 * The update rule a step applies, in plain text, cut into segments that name the term they show,
 * so that the DYNAMICS strip and the presenter band can highlight the term a slider just changed.
 * The step is x ← x + ε·v with ε = ησ² (Langevin and DiffFlow add noise), v the flow's velocity
 * ({@link FlowKind#formula()}); κ adds κJv, β evaluates MMD's field at a noised point, AdaGrad
 * replaces ε·v by its adaptive step. Free of JavaFX.
 */
public final class UpdateRule {
    /** The term a segment shows: a parameter, the flow's formula, or nothing in particular. */
    public enum Term { NONE, FLOW, ETA, SIGMA, RHO, WP, WQ, KAPPA, BETA, ADAGRAD }

    /**
     * One piece of the rule's text.
     *
     * @param text the text
     * @param term what it shows
     */
    public record Segment(String text, Term term) {
    }

    private UpdateRule() {
    }

    /** The rule of {@code p}, segment by segment. */
    public static List<Segment> of(FlowParameters p) {
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
        return List.copyOf(s);
    }

    private static void velocity(List<Segment> s, FlowParameters p) {
        switch (p.flow()) {
            case LANGEVIN -> add(s, "v = s_p = (m_p − x)/σ²", Term.FLOW);
            case DIFFFLOW -> {
                add(s, "v = ", Term.FLOW);
                add(s, p.wp() == null ? "" : "w_p", Term.WP);
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

    /** The whole rule as one string. */
    public static String text(FlowParameters p) {
        StringBuilder b = new StringBuilder();
        of(p).forEach(seg -> b.append(seg.text()));
        return b.toString();
    }

    /** The terms a change reported by {@link DynamicsModel#lastChanged()} touched. */
    public static Set<Term> changed(String lastChanged) {
        return switch (lastChanged) {
            case "η" -> Set.of(Term.ETA);
            case "σ start", "σ end", "σ schedule", "T" -> Set.of(Term.SIGMA);
            case "ρ" -> Set.of(Term.RHO);
            case "w_p" -> Set.of(Term.WP);
            case "w_q" -> Set.of(Term.WQ);
            case "w_p, w_q" -> Set.of(Term.WP, Term.WQ, Term.RHO);
            case "κ" -> Set.of(Term.KAPPA);
            case "β" -> Set.of(Term.BETA);
            case "AdaGrad" -> Set.of(Term.ADAGRAD);
            case "flow" -> Set.of(Term.FLOW);
            default -> Set.of();
        };
    }
}
