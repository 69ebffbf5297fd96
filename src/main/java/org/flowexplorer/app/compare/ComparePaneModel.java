package org.flowexplorer.app.compare;

import java.util.Locale;
import java.util.function.Consumer;
import org.flowexplorer.app.dynamics.DynamicsModel;
import org.flowexplorer.core.flow.FlowKind;
import org.flowexplorer.core.sim.FlowParameters;
import org.flowexplorer.core.sim.StabilityRule;

/**
 * The view model of one compare pane: its current {@link FlowParameters} and the controls that
 * change them (flow, η, ρ, κ), each producing a new record handed to the pane's simulation through
 * {@code sink}. Also the pane's title and its stability warning. Free of JavaFX.
 */
public final class ComparePaneModel {
    private final int index;
    private final DynamicsModel dynamics;

    /**
     * @param index   the pane's position (0-based), which also picks its Okabe–Ito colour
     * @param initial the pane's first parameters
     * @param sink    receives every accepted change (the pane simulation's parameter reference)
     */
    public ComparePaneModel(int index, FlowParameters initial, Consumer<FlowParameters> sink) {
        this.index = index;
        this.dynamics = new DynamicsModel(initial, sink);
    }

    public int index() {
        return index;
    }

    public FlowParameters current() {
        return dynamics.current();
    }

    /** Replaces the value (a new comparison was loaded) without pushing it to the sink. */
    public void load(FlowParameters p) {
        dynamics.load(p);
    }

    /** Each setter returns null on success, else the reason the value was refused (value kept). */
    public String setFlow(FlowKind f) {
        return dynamics.setFlow(f);
    }

    public String setEta(double eta) {
        return dynamics.setEta(eta);
    }

    public String setRho(double rho) {
        return dynamics.setRho(rho);
    }

    public String setCurl(double kappa) {
        return dynamics.setCurl(kappa);
    }

    /** The pane title: the flow and its key parameters, e.g. "DiffFlow · ρ = 0.5 · η = 0.5". */
    public String title() {
        return title(current());
    }

    /** The title of a pane running {@code p}. */
    public static String title(FlowParameters p) {
        StringBuilder b = new StringBuilder(p.flow().displayName());
        if (p.flow() == FlowKind.DIFFFLOW) {
            b.append(" · ρ = ").append(num(p.rho()));
        }
        if (p.flow() == FlowKind.MMD && p.mmdNoise() > 0) {
            b.append(" · β = ").append(num(p.mmdNoise()));
        }
        if (p.curl() != 0 || p.flow() == FlowKind.LANGEVIN) {
            b.append(" · κ = ").append(num(p.curl()));
        }
        b.append(" · η = ").append(num(p.eta()));
        return b.toString();
    }

    /**
     * A warning whenever η(1+κ²) ≥ 2 (the explicit step with the curl term is then unstable, with
     * or without curl), else null.
     */
    public String warning() {
        return warning(current());
    }

    /** The warning of the one stability rule ({@link StabilityRule}) for {@code p}, or null. */
    public static String warning(FlowParameters p) {
        return StabilityRule.warning(p).map(w -> "⚠ " + w).orElse(null);
    }

    private static String num(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e6 ? Long.toString((long) v)
                : String.format(Locale.ROOT, "%.3g", v).replaceAll("\\.?0+$", "");
    }
}
