package org.flowexplorer.core.experiment;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Langevin at η = 0.2 with κ = 2: the drift is far from a gradient field (relative curl ≈ 1.2), yet
 * the final MMD² matches κ = 0 within the seed-to-seed noise (reduced size: N = M = 200, 500 steps,
 * 3 seeds).
 */
class CurlLangevinExperimentTest {
    @Test
    void curlTermChangesTheFieldButNotTheTransport() {
        CurlLangevinExperiment.Result r = CurlLangevinExperiment.run(
                new CurlLangevinExperiment.Settings(200, 500, 3, 0.2, 2.0, 2), line -> { });
        assertTrue(r.minCurl() > 0.5, "relative curl of the κ = 2 field " + r.minCurl());
        assertTrue(r.maxPlainCurl() < 1e-3, "κ = 0 is a gradient field " + r.maxPlainCurl());
        assertTrue(r.noise() > 0, "noise level");
        assertTrue(r.withinNoise(), "difference " + r.difference() + " vs noise " + r.noise());
        for (CurlLangevinExperiment.Run x : r.curled()) {
            assertTrue(x.outcome().modesCovered() >= 24, "κ = 2 still covers the modes: " + x.outcome().modesCovered());
        }
        assertTrue(CurlLangevinExperiment.markdown(r).contains("Within noise"));
    }
}
