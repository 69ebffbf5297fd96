package org.flowexplorer.core.experiment;

import org.flowexplorer.core.math.PointSet;

/**
 * The end of one headless run as the experiments need it.
 *
 * @param positions      final particles
 * @param steps          steps actually taken
 * @param mmd2           final MMD²
 * @param slicedW2       final sliced W2
 * @param modesCovered   covered modes (or −1 without a mixture)
 * @param inModeFraction in-mode fraction (NaN without a mixture)
 * @param pauseReason    why the run stopped early, or null
 * @param seconds        wall time of the run
 */
public record RunOutcome(PointSet positions, long steps, double mmd2, double slicedW2, int modesCovered,
                         double inModeFraction, String pauseReason, double seconds) {
}
