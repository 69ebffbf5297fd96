package org.flowexplorer.core.sim;

import java.util.Locale;
import java.util.Optional;

/**
 * The one stability rule of the explicit step (algorithms.md §2, curl term): near a mode the smoothed score
 * is s_p(x) ≈ −(x − μ)/σ², so with the curl term the step ε(I + κJ)s_p = −η(I + κJ)(x − μ) maps
 * the offset by I − η(I + κJ), whose eigenvalues 1 − η ± iηκ have modulus² (1 − η)² + η²κ². The
 * step settles only while that is below 1:
 * <pre>
 *   η (1 + κ²) &lt; 2
 * </pre>
 * (for κ = 0 simply η &lt; 2). At or above the limit particles spiral out of the modes. AdaGrad
 * rescales every step to about η σ, so the rule does not apply when it is on. The window and the
 * command line both warn through this class.
 */
public final class StabilityRule {
    /** The limit of η(1 + κ²). */
    public static final double LIMIT = 2.0;

    private StabilityRule() {
    }

    /** η(1 + κ²) of these parameters. */
    public static double factor(FlowParameters p) {
        return p.eta() * (1.0 + p.curl() * p.curl());
    }

    /** True when steps with these parameters settle near a mode (always with AdaGrad). */
    public static boolean stable(FlowParameters p) {
        return p.adagrad() || factor(p) < LIMIT;
    }

    /** A one-line warning when the parameters break the rule, e.g. "η(1+κ²) = 2.50 ≥ 2: …". */
    public static Optional<String> warning(FlowParameters p) {
        if (stable(p)) {
            return Optional.empty();
        }
        return Optional.of(String.format(Locale.ROOT,
                "η(1+κ²) = %.3g ≥ 2: steps overshoot the modes and particles spiral out (lower η or κ)", factor(p)));
    }
}
