package org.flowexplorer.core.metric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.flowexplorer.core.data.Mixture;
import org.flowexplorer.core.flow.FlowKind;
import org.flowexplorer.core.flow.FlowSpec;
import org.flowexplorer.core.math.VectorField;
import org.flowexplorer.core.sim.MeasuredField;
import org.flowexplorer.core.math.ParallelRunner;
import org.flowexplorer.core.math.PointSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class MetricsCalculatorTest {
    private static final ParallelRunner ONE = new ParallelRunner(1);
    private static final Mixture MIXTURE = new Mixture(TestData.points(2, -1, -1, 1, 1, -1, 1, 1, -1), 0.1);

    @AfterAll
    static void close() {
        ONE.close();
    }

    @Test
    void jsonKeysAreExactlyTheSpecifiedOnesInOrder() {
        PointSet x = TestData.gaussian(81, 80, 2, 0.0, 1.0);
        PointSet y = TestData.clustered(82, 90, 2, 4, 0.1);
        MetricsReport plain = MetricsCalculator.compute(x, y, MIXTURE, ONE);
        assertEquals(List.of("mmd2", "sliced_w2", "modes_covered", "in_mode_fraction",
                "nn_particle_to_target_mean", "nn_particle_to_target_median",
                "nn_target_to_target_mean", "nn_target_to_target_median", "mean_error", "cov_error"),
                new ArrayList<>(plain.toJsonMap().keySet()));
        assertFalse(plain.hasFieldDiagnostics());
        assertNull(plain.relativeCurl());

        VectorField v = MeasuredField.of(FlowSpec.of(FlowKind.SD).create().field(x, y, 0.5, ONE));
        MetricsReport withField = MetricsCalculator.compute(x, y, MIXTURE, v, 0.5, ONE);
        List<String> keys = new ArrayList<>(MetricsReport.BASE_KEYS);
        keys.addAll(MetricsReport.FIELD_KEYS);
        assertEquals(keys, new ArrayList<>(withField.toJsonMap().keySet()));
        assertEquals(List.of("relative_curl", "circulation"), keys.subList(10, 12));
        assertEquals(plain, new MetricsReport(withField.mmd2(), withField.slicedW2(), withField.modesCovered(),
                withField.inModeFraction(), withField.nnParticleToTargetMean(), withField.nnParticleToTargetMedian(),
                withField.nnTargetToTargetMean(), withField.nnTargetToTargetMedian(), withField.meanError(),
                withField.covError(), null));
    }

    @Test
    void reportAgreesWithTheIndividualMetrics() {
        PointSet x = TestData.gaussian(83, 120, 2, 0.0, 1.0);
        PointSet y = TestData.clustered(84, 110, 2, 4, 0.1);
        MetricsCalculator calc = new MetricsCalculator(y, MIXTURE, ONE);
        MetricsReport r = calc.report(x);
        assertEquals(MmdSquared.compute(x, y, ONE), r.mmd2(), 0.0);
        assertEquals(SlicedWasserstein.compute(x, y, ONE), r.slicedW2(), 0.0);
        ModeCoverage modes = ModeCoverage.compute(x, MIXTURE, ONE);
        assertEquals(modes.modesCovered(), r.modesCovered());
        assertEquals(modes.inModeFraction(), r.inModeFraction());
        NearestNeighbours nn = NearestNeighbours.compute(x, y, ONE);
        assertEquals(nn.particleToTargetMedian(), r.nnParticleToTargetMedian(), 0.0);
        assertEquals(nn.targetToTargetMean(), r.nnTargetToTargetMean());
        assertEquals(MomentErrors.compute(x, y).covError(), r.covError());
        Map<String, Object> json = r.toJsonMap();
        assertEquals(r.mmd2(), json.get("mmd2"));
        assertEquals(r.modesCovered(), json.get("modes_covered"));
    }

    @Test
    void nullsWithoutMixtureAndForSinglePoints() {
        MetricsReport r = MetricsCalculator.compute(TestData.points(2, 0, 0), TestData.points(2, 1, 0), null, ONE);
        Map<String, Object> json = r.toJsonMap();
        assertEquals(10, json.size());
        for (String key : List.of("modes_covered", "in_mode_fraction", "nn_target_to_target_mean",
                "nn_target_to_target_median", "cov_error")) {
            assertTrue(json.containsKey(key) && json.get(key) == null, key);
        }
        assertEquals(1.0, r.nnParticleToTargetMean(), 0.0);
        assertEquals(1.0, r.meanError(), 0.0);
        assertEquals(2.0 - 2.0 * Math.exp(-2.0), r.mmd2(), 1e-15);
    }

    @Test
    void wholeReportIsBitwiseIdenticalForOneTwoAndFourThreads() {
        for (int d : new int[] {2, 3}) {
            PointSet x = TestData.clustered(85 + d, 300, d, 5, 0.4);
            PointSet y = TestData.clustered(87 + d, 270, d, 8, 0.1);
            double[] means = new double[8 * d];
            for (int i = 0; i < means.length; i++) {
                means[i] = (i % 3) - 1.0;
            }
            Mixture mixture = new Mixture(PointSet.of(d, means), 0.3);
            VectorField v = MeasuredField.of(FlowSpec.of(FlowKind.SVGD).create().field(x, y, 0.4, ONE));
            MetricsReport ref = MetricsCalculator.compute(x, y, mixture, v, 0.4, ONE);
            for (int t : new int[] {2, 4}) {
                try (ParallelRunner r = new ParallelRunner(t)) {
                    VectorField vt = MeasuredField.of(FlowSpec.of(FlowKind.SVGD).create().field(x, y, 0.4, r));
                    assertEquals(ref, MetricsCalculator.compute(x, y, mixture, vt, 0.4, r), "d = " + d + ", threads = " + t);
                }
            }
        }
    }
}
