package org.flowexplorer.core.metric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.flowexplorer.core.math.ParallelRunner;
import org.flowexplorer.core.math.PointSet;
import org.junit.jupiter.api.Test;

/**
 * MMD² of large runs: the strided subsets and the fast kernel masses against the exact reference
 * {@link MmdSquared} on the same subsets (each term within 1e-6 relative), independent of the
 * thread count, and a {@link MetricsCalculator#forRun} calculator that stays exact below the limit.
 */
class StridedMmdTest {
    @Test
    void stridedSubsetsAreEvenlySpreadAndSmallSetsStayWhole() {
        PointSet p = TestData.gaussian(1, 10, 2, 0, 1);
        assertSame(p, p.strided(10));
        PointSet s = p.strided(4);
        assertEquals(4, s.size());
        for (int k = 0; k < 4; k++) { // rows 0, 2, 5, 7 = floor(k * 10 / 4)
            int row = k * 10 / 4;
            assertEquals(p.get(row, 0), s.get(k, 0));
            assertEquals(p.get(row, 1), s.get(k, 1));
        }
    }

    @Test
    void matchesTheExactMmdOfTheStridedSubsets() {
        PointSet x = TestData.clustered(2, 1500, 2, 5, 0.4);
        PointSet y = TestData.clustered(3, 1200, 2, 5, 0.3);
        int max = 500;
        try (ParallelRunner one = new ParallelRunner(1); ParallelRunner three = new ParallelRunner(3)) {
            PointSet xs = x.strided(max);
            PointSet ys = y.strided(max);
            double xx = MmdSquared.selfTerm(xs, one);
            double yy = MmdSquared.selfTerm(ys, one);
            double xy = MmdSquared.crossTerm(xs, ys, one);
            double want = xx + yy - 2 * xy;
            double a = new StridedMmd(y, one, max).compute(x);
            double b = new StridedMmd(y, three, max).compute(x);
            assertEquals(a, b, 0.0, "independent of the thread count");
            assertEquals(want, a, 1e-6 * (xx + yy + 2 * xy));
            assertTrue(want > 1e-3, "a distance worth measuring: " + want);
        }
    }

    @Test
    void aRunCalculatorIsExactBelowTheLimit() {
        PointSet x = TestData.gaussian(4, 300, 2, 0.3, 1);
        PointSet y = TestData.gaussian(5, 200, 2, 0, 1);
        try (ParallelRunner r = new ParallelRunner(2)) {
            MetricsCalculator run = MetricsCalculator.forRun(y, null, r);
            assertEquals(new MetricsCalculator(y, null, r).mmd2(x), run.mmd2(x), 0.0);
            assertEquals(300, run.mmdParticles(300));
            assertEquals(StridedMmd.MAX_POINTS, run.mmdParticles(50_000));
        }
    }
}
