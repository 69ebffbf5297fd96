package org.flowexplorer.core.experiment;

import org.flowexplorer.core.math.PointSet;

/**
 * The end of one headless run as the experiments need it. Mode metrics are NaN (modes −1)
 * without a mixture.
 *
 * @param positions       final particles
 * @param steps           steps actually taken
 * @param mmd2            final MMD²
 * @param slicedW2        final sliced W2
 * @param modesCovered    covered modes (or −1 without a mixture)
 * @param inModeFraction  in-mode fraction
 * @param occupancyTv     total variation between particle and target mode occupancy
 * @param outlierFraction fraction of particles beyond 5 std of every mode
 * @param pauseReason     why the run stopped early, or null
 * @param seconds         wall time of the run
 */
public record RunOutcome(PointSet positions, long steps, double mmd2, double slicedW2, int modesCovered,
                         double inModeFraction, double occupancyTv, double outlierFraction, String pauseReason,
                         double seconds) {
    /** True when the run took all its steps. */
    public boolean completed() {
        return pauseReason == null;
    }
}
