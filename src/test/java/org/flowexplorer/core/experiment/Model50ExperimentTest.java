package org.flowexplorer.core.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ALGORITHMS.md §7 at reduced size: d = 50, σ = 5, η = 0.5, N = M = 200, 200 steps. */
class Model50ExperimentTest {
    @TempDir
    Path dir;

    @Test
    void sdFlowLearnsTheMeanAndCovariance() throws Exception {
        Model50Experiment.Result r = Model50Experiment.run(
                new Model50Experiment.Settings(50, 5.0, 0.5, 200, 200, 200, 0, 2, 10));
        Model50Experiment.ErrorRow start = r.history().get(0);
        Model50Experiment.ErrorRow end = r.last();
        assertEquals(1.0, start.relativeMeanError(), 1e-12);
        assertTrue(end.relativeMeanError() < 0.10, "mean error " + end.relativeMeanError() + " of ‖μ‖");
        assertTrue(end.covError() < 0.5 * start.covError(), "covariance error " + start.covError() + " -> "
                + end.covError());
        assertTrue(end.covError() < 0.35, "covariance error " + end.covError());
        // no overfitting: generated points are about as far from the targets as targets from each other
        double ratio = r.nn().particleToTargetMean() / r.nn().targetToTargetMean();
        assertTrue(ratio > 0.7 && ratio < 1.3, "NN ratio " + ratio);
        Model50Experiment.write(r, dir);
        for (String f : new String[] {"model50.csv", "model50-mean.png", "model50-cov.png", "model50-nn.png",
            "model50-nn.csv"}) {
            assertTrue(Files.size(dir.resolve(f)) > 100, f);
        }
        assertEquals("step,mean_error,relative_mean_error,cov_error", Files.readAllLines(dir.resolve("model50.csv")).get(0));
    }
}
