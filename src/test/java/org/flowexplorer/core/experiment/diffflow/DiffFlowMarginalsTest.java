package org.flowexplorer.core.experiment.diffflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.flowexplorer.core.experiment.Progress;
import org.flowexplorer.core.experiment.report.Report;
import org.junit.jupiter.api.Test;

/**
 * The family's marginals at reduced size (N = M = 200, 400 steps, 4 seeds per ρ), judged against the
 * measured seed spread only: while σ is large ρ = 1 differs from ρ = 0 by more than 3 standard
 * errors of the seed means (measured: 4.9×, gap −0.48 at step 16), and the gap shrinks as σ → σ_min
 * (measured at the end: −0.05, 1.2×).
 */
class DiffFlowMarginalsTest {
    @Test
    void marginalsDifferMidRunAndMeetAgainAtTheEnd() {
        DiffFlowResult r = new DiffFlowMarginals(new DiffFlowSettings(200, 400, 4, 8, 2)).run(Progress.silent());
        int end = r.steps().length - 1;
        assertEquals(400, r.steps()[end]);
        int j = r.strongestGap(2);
        double noise = r.gapNoise(2, j);
        assertTrue(noise > 0, "seeds differ");
        assertTrue(Math.abs(r.gap(2, j)) > DiffFlowReport.Z * noise, "mid-run gap " + r.gap(2, j) + " vs seed noise "
                + noise);
        assertTrue(Math.abs(r.gap(2, end)) < 0.5 * Math.abs(r.gap(2, j)), "the gap shrinks: " + r.gap(2, end));
        for (int k = 0; k < 3; k++) {
            assertTrue(r.mean(k, end) < 0.5 * r.mean(k, 0), "ρ index " + k + " moved towards the targets");
        }
        Report report = new DiffFlowMarginals(r.settings()).report(r);
        assertEquals(DiffFlowSettings.definition().files(), report.fileNames());
        String md = DiffFlowReport.markdown(r);
        assertTrue(md.contains("over the run"), md);
        assertTrue(md.contains("**the marginals differ**"), md);
    }
}
