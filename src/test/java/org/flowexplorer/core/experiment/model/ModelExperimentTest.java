package org.flowexplorer.core.experiment.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.flowexplorer.core.flow.QSelf;
import org.flowexplorer.core.experiment.Progress;
import org.flowexplorer.core.experiment.report.Report;
import org.junit.jupiter.api.Test;

/**
 * algorithms.md §7 at reduced size (d = 50, σ = 5, η = 0.5, N = M = 200, 200 steps, 2000 training
 * points): leaving the particle's own term out of its q-score keeps the covariance's scale, keeping
 * it shrinks the covariance. Measured at this size: exclude slope 0.998, trace ratio 1.02, include
 * slope 0.75, trace ratio 0.66; the bounds below sit between the two with a wide margin.
 */
class ModelExperimentTest {
    @Test
    void errorsOfAScaledModelAreClosedForms() {
        ModelTarget t = ModelTarget.draw(6, 3);
        DMatrixRMaj scaled = t.b().copy();
        CommonOps_DDRM.scale(1.1, scaled);
        DMatrixRMaj mu = t.mu().copy();
        CommonOps_DDRM.scale(0.5, mu);
        ModelErrors e = ModelErrors.of(7, t.mu(), t.b(), mu, scaled);
        assertEquals(7, e.step());
        assertEquals(0.5, e.relativeMeanError(), 1e-12);
        assertEquals(1.21 - 1, e.covError(), 1e-12, "B̂B̂ᵀ = 1.21 BBᵀ");
        assertEquals(1.21, e.covSlope(), 1e-12);
        assertEquals(1.21, e.traceRatio(), 1e-12);
    }

    @Test
    void leaveOneOutKeepsTheCovarianceIncludeShrinksIt() {
        ModelSettings s = new ModelSettings(50, 5.0, 0.5, 200, 200, 200, 0, 2000, 500, 20, 2);
        ModelResult r = new ModelExperiment(s).run(Progress.silent());
        ModelFit exclude = r.fits().get(0);
        ModelFit include = r.fits().get(1);
        assertEquals(QSelf.EXCLUDE, exclude.qSelf());
        assertEquals(1.0, exclude.history().get(0).relativeMeanError(), 1e-12, "starts at μ̂ = 0");
        assertEquals(1.0, exclude.last().covSlope(), 0.05);
        assertEquals(1.0, exclude.last().traceRatio(), 0.06);
        assertTrue(include.last().covSlope() < 0.9, "include shrinks: slope " + include.last().covSlope());
        assertTrue(include.last().traceRatio() < 0.85, "include shrinks: trace " + include.last().traceRatio());
        assertTrue(exclude.last().covError() < include.last().covError());
        assertTrue(exclude.last().relativeMeanError() < 0.15, "mean learned: " + exclude.last().relativeMeanError());
        // the training set's own covariance error at 2000 points in R^50 (≈ √(d/M) ≈ 0.16 in order of magnitude)
        assertTrue(r.trainingCovError() > 0.05 && r.trainingCovError() < 0.3, "" + r.trainingCovError());
        assertEquals(500, r.heldOutToTraining().length);
        assertEquals(2000, r.trainingToTraining().length);
        Report report = new ModelExperiment(s).report(r);
        assertEquals(ModelSettings.definition().files(), report.fileNames());
        assertTrue(report.summary().get(0).startsWith("q_self exclude"), report.summary().get(0));
    }
}
