package org.flowexplorer.core.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.flowexplorer.core.flow.FlowKind;
import org.flowexplorer.core.sim.FlowParameters;
import org.flowexplorer.core.sim.Snapshot;

/**
 * The two HUD lines of a frame, from the dynamics in force at the frame's step (for a steered run
 * {@code RunConfig.paramsAt(step)}, so a frame after a recorded switch to SVGD names SVGD):
 * <pre>
 *   SVGD · step 412 / 1000
 *   σ 0.310 · η 0.50 · modes 25 / 25
 * </pre>
 * σ is the noise level of the step taken from this state ({@code schedule.sigmaAt(step)}, what the
 * window's top bar shows), marked "held" once the schedule has ended; ρ and κ appear when they
 * matter; a rejected step says so.
 */
public final class HudText {
    private HudText() {
    }

    /**
     * @param s        the frame's state
     * @param inForce  the dynamics in force at {@code s.step()}
     * @param steps    the run's length
     * @param covered  modes covered, or null when the targets are not a mixture
     * @param modes    the mixture's number of modes (ignored when {@code covered} is null)
     */
    public static List<String> lines(Snapshot s, FlowParameters inForce, long steps, Integer covered, int modes) {
        List<String> out = new ArrayList<>(2);
        out.add(inForce.flow().displayName() + " · step " + s.step() + " / " + steps);
        StringBuilder b = new StringBuilder();
        double sigma = inForce.schedule().sigmaAt(s.step());
        b.append("σ ").append(fmt(sigma, 3));
        if (s.step() >= inForce.schedule().length()) {
            b.append(" (held)");
        }
        b.append(" · η ").append(fmt(inForce.eta(), 2));
        if (inForce.flow() == FlowKind.DIFFFLOW) {
            b.append(" · ρ ").append(fmt(inForce.rho(), 2));
        }
        if (inForce.curl() != 0) {
            b.append(" · κ ").append(fmt(inForce.curl(), 2));
        }
        if (covered != null) {
            b.append(" · modes ").append(covered).append(" / ").append(modes);
        }
        if (s.paused()) {
            b.append(" · paused: rejected step");
        }
        out.add(b.toString());
        return out;
    }

    private static String fmt(double v, int digits) {
        return String.format(Locale.ROOT, "%." + digits + "g", v).replaceAll("(\\.\\d*?)0+$", "$1").replaceAll("\\.$", "");
    }
}
