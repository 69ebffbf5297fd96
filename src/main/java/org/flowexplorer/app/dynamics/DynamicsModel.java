package org.flowexplorer.app.dynamics;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.flowexplorer.core.flow.FlowKind;
import org.flowexplorer.core.kernel.KernelMode;
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

    /** Called (on the caller's thread) after every accepted change. */
    public void addListener(Consumer<FlowParameters> l) {
        listeners.add(l);
    }

    /** Replaces the whole value (a preset was loaded) without pushing it to the sink. */
    public void load(FlowParameters p) {
        current = p;
        lastChanged = "";
        listeners.forEach(l -> l.accept(p));
    }

    public String setFlow(FlowKind f) {
        return change("flow", p -> p.withFlow(f));
    }

    public String setEta(double eta) {
        return change("η", p -> p.withEta(eta));
    }

    public String setScheduleKind(ScheduleKind k) {
        return change("σ schedule", p -> p.withSchedule(p.schedule().withKind(k)));
    }

    public String setSigmaMax(double s) {
        return change("σ start", p -> p.withSchedule(p.schedule().withSigmaMax(s)));
    }

    public String setSigmaMin(double s) {
        return change("σ end", p -> p.withSchedule(p.schedule().withSigmaMin(s)));
    }

    public String setScheduleLength(int t) {
        return change("T", p -> p.withSchedule(p.schedule().withLength(t)));
    }

    public String setRho(double rho) {
        return change("ρ", p -> p.withRho(rho));
    }

    /** Switches DiffFlow between coupled weights (w_q = 1 − ρ) and free w_p, w_q. */
    public String setFreeWeights(boolean free) {
        return change("w_p, w_q", p -> free
                ? p.withWeights(p.wp() == null ? 1.0 : p.wp(), p.wq() == null ? 1.0 - p.rho() : p.wq())
                : p.withWeights(null, null));
    }

    public String setWp(double wp) {
        return change("w_p", p -> p.withWeights(wp, p.wq() == null ? 1.0 - p.rho() : p.wq()));
    }

    public String setWq(double wq) {
        return change("w_q", p -> p.withWeights(p.wp() == null ? 1.0 : p.wp(), wq));
    }

    public String setMmdNoise(double beta) {
        return change("β", p -> p.withMmdNoise(beta));
    }

    public String setAdagrad(boolean on) {
        return change("AdaGrad", p -> p.withAdagrad(on));
    }

    public String setTargetBatch(int b) {
        return change("B_p", p -> p.withBatches(b, p.particleBatch()));
    }

    public String setParticleBatch(int b) {
        return change("B_q", p -> p.withBatches(p.targetBatch(), b));
    }

    /** The kernel sums (exact, grid, auto): a dynamics parameter, so it needs no reset. */
    public String setKernel(KernelMode k) {
        return change("kernel", p -> p.withKernel(k));
    }

    public String setCurl(double kappa) {
        return change("κ", p -> p.withCurl(kappa));
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
     * Applies {@code change} to the current value; on success pushes the new value to the sink
     * and returns null, otherwise keeps the current value and returns the error message.
     */
    private String change(String term, UnaryOperator<FlowParameters> change) {
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
        lastChanged = term;
        sink.accept(next);
        listeners.forEach(l -> l.accept(next));
        return null;
    }
}
