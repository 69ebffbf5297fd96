package org.flowexplorer.core.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * ρ = 0, 0.5, 1 end at the same sliced W2 within 3 standard errors of the seed spread plus the 0.05
 * bias the reference implies (reduced size N = M = 300, 1000 steps, cosine schedule, 3 seeds;
 * measured: 0.19 / 0.28 / 0.35 with tolerances 0.19 / 0.21 for ρ = 0.5 / 1). At this size the
 * agreement rests on a seed spread of about 0.08; ρ = 1 sits systematically higher (at N = 200 it
 * leaves the tolerance), see the report for the full-size numbers.
 */
class DiffFlowMarginalsExperimentTest {
    @Test
    void threePanesAgreeWithinTheStatedTolerance() {
        DiffFlowMarginalsExperiment.Result r = DiffFlowMarginalsExperiment.run(
                DiffFlowMarginalsExperiment.Settings.of(300, 1000, 3, 2), line -> { });
        assertEquals(3, r.panes().size());
        for (DiffFlowMarginalsExperiment.Pane p : r.panes()) {
            assertTrue(p.sd() > 0, "seed spread of ρ = " + p.rho());
            assertTrue(p.tolerance() < 0.3, "tolerance stays meaningful: " + p.tolerance());
            assertTrue(p.agrees(), "ρ = " + p.rho() + ": Δ " + p.difference() + " vs tolerance " + p.tolerance());
            assertTrue(p.mean() < 0.5, "ρ = " + p.rho() + " reached the targets: " + p.mean());
        }
        assertTrue(r.allAgree());
    }
}
