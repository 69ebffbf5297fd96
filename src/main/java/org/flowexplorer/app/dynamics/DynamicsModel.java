package org.flowexplorer.app.dynamics;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.flowexplorer.core.flow.FlowKind;
import org.flowexplorer.core.kernel.KernelMode;
import org.flowexplorer.core.rule.UpdateRule.Term;
import org.flowexplorer.core.schedule.NoiseSchedule;
import org.flowexplorer.core.schedule.ScheduleKind;
import org.flowexplorer.core.sim.FlowParameters;
import org.flowexplorer.core.sim.StabilityRule;

/**
 * The view model of the DYNAMICS panel: the current {@link FlowParameters} value and one method
 * per control that derives a new value with one field changed and hands it to the sink (the
 * simulation's parameter reference). Nothing here resets a run. Free of JavaFX, so it is tested
 * without a window.
 */
public final class DynamicsModel {
    private final Consumer<FlowParameters> sink;
    private final List<Consumer<FlowParameters>> listeners = new ArrayList<>();
    private FlowParameters current;
    private String lastChanged = "";
    private Set<Term> lastChangedTerms = Set.of();

    public DynamicsModel(FlowParameters initial,
                         Consumer<FlowParameters> sink) {
        this.current = initial;
        this.sink = sink;
    }

    public FlowParameters current() {
        return current;
    }

    /** The name of the term the last change touched ("η", "ρ", …), for highlighting. */
    public String lastChanged() {
        return lastChanged;
    }

    /** The terms of the update rule the last change touched, to highlight them. */
    public Set<Term> lastChangedTerms() {
        return lastChangedTerms;
    }

    /** Called (on the caller's thread) after every accepted change. */
    public void addListener(Consumer<FlowParameters> l) {
        listeners.add(l);
    }

    /** Replaces the whole value (a preset was loaded) without pushing it to the sink. */
    public void load(FlowParameters p) {
        current = p;
        lastChanged = "";
        lastChangedTerms = Set.of();
        listeners.forEach(l -> l.accept(p));
    }

    public String setFlow(FlowKind f) {
        return change("flow", Set.of(Term.FLOW), p -> p.withFlow(f));
    }

    public String setEta(double eta) {
        return change("η", Set.of(Term.ETA), p -> p.withEta(eta));
    }

    public String setScheduleKind(ScheduleKind k) {
        return change("σ schedule", Set.of(Term.SIGMA), p -> p.withSchedule(p.schedule().withKind(k)));
    }

    public String setSigmaMax(double s) {
        return change("σ start", Set.of(Term.SIGMA), p -> p.withSchedule(p.schedule().withSigmaMax(s)));
    }

    public String setSigmaMin(double s) {
        return change("σ end", Set.of(Term.SIGMA), p -> p.withSchedule(p.schedule().withSigmaMin(s)));
    }

    public String setScheduleLength(int t) {
        return change("T", Set.of(Term.SIGMA), p -> p.withSchedule(p.schedule().withLength(t)));
    }

    public String setRho(double rho) {
        return change("ρ", Set.of(Term.RHO), p -> p.withRho(rho));
    }

    /** Switches DiffFlow between coupled weights (w_q = 1 − ρ) and free w_p, w_q. */
    public String setFreeWeights(boolean free) {
        return change("w_p, w_q", Set.of(Term.WP, Term.WQ, Term.RHO), p -> free
                ? p.withWeights(p.wp() == null ? 1.0 : p.wp(), p.wq() == null ? 1.0 - p.rho() : p.wq())
                : p.withWeights(null, null));
    }

    public String setWp(double wp) {
        return change("w_p", Set.of(Term.WP), p -> p.withWeights(wp, p.wq() == null ? 1.0 - p.rho() : p.wq()));
    }

    public String setWq(double wq) {
        return change("w_q", Set.of(Term.WQ), p -> p.withWeights(p.wp() == null ? 1.0 : p.wp(), wq));
    }

    public String setMmdNoise(double beta) {
        return change("β", Set.of(Term.BETA), p -> p.withMmdNoise(beta));
    }

    public String setAdagrad(boolean on) {
        return change("AdaGrad", Set.of(Term.ADAGRAD), p -> p.withAdagrad(on));
    }

    public String setTargetBatch(int b) {
        return change("B_p", Set.of(), p -> p.withBatches(b, p.particleBatch()));
    }

    public String setParticleBatch(int b) {
        return change("B_q", Set.of(), p -> p.withBatches(p.targetBatch(), b));
    }

    /** The kernel sums (exact, grid, auto): a dynamics parameter, so it needs no reset. */
    public String setKernel(KernelMode k) {
        return change("kernel", Set.of(), p -> p.withKernel(k));
    }

    public String setCurl(double kappa) {
        return change("κ", Set.of(Term.KAPPA), p -> p.withCurl(kappa));
    }

    /** True when free DiffFlow weights are set. */
    public boolean freeWeights() {
        return current.wp() != null || current.wq() != null;
    }

    /** The warning of the one stability rule ({@link StabilityRule}: η(1+κ²) &lt; 2), else null. */
    public String curlWarning() {
        return StabilityRule.warning(current).orElse(null);
    }

    /** The note shown in free-weights mode, else null. */
    public String weightsNote() {
        return freeWeights() ? "Free weights: the marginals of the noised targets are no longer preserved." : null;
    }

    /** σ of step {@code t} under the current schedule. */
    public double sigmaAt(long t) {
        return current.schedule().sigmaAt(t);
    }

    public NoiseSchedule schedule() {
        return current.schedule();
    }

    /**
     * Applies {@code change} to the current value ({@code label} names it, {@code terms} are the
     * parts of the update rule it touches); on success pushes the new value to the sink
     * and returns null, otherwise keeps the current value and returns the error message.
     */
    private String change(String label, Set<Term> terms, UnaryOperator<FlowParameters> change) {
        FlowParameters next;
        try {
            next = change.apply(current);
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
        if (next.equals(current)) {
            return null;
        }
        current = next;
        lastChanged = label;
        lastChangedTerms = terms;
        sink.accept(next);
        listeners.forEach(l -> l.accept(next));
        return null;
    }
}
