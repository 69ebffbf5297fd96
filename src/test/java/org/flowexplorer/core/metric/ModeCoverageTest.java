package org.flowexplorer.core.metric;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.flowexplorer.core.data.Mixture;
import org.flowexplorer.core.math.ParallelRunner;
import org.flowexplorer.core.math.PointSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class ModeCoverageTest {
    private static final ParallelRunner ONE = new ParallelRunner(1);
    private static final Mixture TWO_MODES = new Mixture(TestData.points(2, 0, 0, 10, 0), 1.0);

    @AfterAll
    static void close() {
        ONE.close();
    }

    @Test
    void thresholdIsExactCeiling() {
        assertEquals(3, ModeCoverage.coverageThreshold(60, 2));    // 60/20 = 3 exactly
        assertEquals(4, ModeCoverage.coverageThreshold(61, 2));    // 3.05 → 4
        assertEquals(3, ModeCoverage.coverageThreshold(30, 1));
        assertEquals(7, ModeCoverage.coverageThreshold(70, 1));
        assertEquals(4, ModeCoverage.coverageThreshold(1000, 25)); // 0.1·1000/25 = 4
        assertEquals(5, ModeCoverage.coverageThreshold(1001, 25));
        assertEquals(1, ModeCoverage.coverageThreshold(1, 25));
        assertEquals(0, ModeCoverage.coverageThreshold(0, 3));
        assertEquals(Integer.MAX_VALUE / 10 + 1, ModeCoverage.coverageThreshold(Integer.MAX_VALUE, 1));
    }

    @Test
    void modeWithExactlyTheThresholdIsCoveredAndOneLessIsNot() {
        // N = 60, K = 2: threshold 3. Mode 0 holds 3 in-mode particles (one exactly at 3·std),
        // mode 1 holds 2 in mode plus one just outside 3·std; 54 particles are far from both.
        PointSet x = particles(60,
                0, 0, 3, 0, 0, -2,
                10, 0, 9, 1, 13.000001, 0);
        ModeCoverage c = ModeCoverage.compute(x, TWO_MODES, ONE);
        assertEquals(1, c.modesCovered());
        assertEquals(5.0 / 60.0, c.inModeFraction(), 0.0);
    }

    @Test
    void oneMoreParticleCoversTheSecondMode() {
        PointSet x = particles(60,
                0, 0, 3, 0, 0, -2,
                10, 0, 9, 1, 12.9, 0);
        ModeCoverage c = ModeCoverage.compute(x, TWO_MODES, ONE);
        assertEquals(2, c.modesCovered());
        assertEquals(6.0 / 60.0, c.inModeFraction(), 0.0);
    }

    @Test
    void thresholdRoundsUp() {
        // N = 61: threshold ⌈3.05⌉ = 4, so three in-mode particles no longer cover a mode
        PointSet x = particles(61,
                0, 0, 3, 0, 0, -2,
                10, 0, 9, 1, 12.9, 0, 10, 0.5);
        ModeCoverage c = ModeCoverage.compute(x, TWO_MODES, ONE);
        assertEquals(1, c.modesCovered());
        assertEquals(7.0 / 61.0, c.inModeFraction(), 0.0);
    }

    @Test
    void particleGoesToItsNearestMeanOnly() {
        // std 2 → radius 6, N = 2 → threshold 1. (5, 0) is 5 from both means: the tie goes to the
        // lowest index, so two such particles cover mode 0 only; (5.1, 0) belongs to mode 1.
        Mixture wide = new Mixture(TestData.points(2, 0, 0, 10, 0), 2.0);
        ModeCoverage tie = ModeCoverage.compute(TestData.points(2, 5, 0, 5, 0), wide, ONE);
        assertEquals(1, tie.modesCovered());
        assertEquals(1.0, tie.inModeFraction(), 0.0);
        ModeCoverage split = ModeCoverage.compute(TestData.points(2, 5, 0, 5.1, 0), wide, ONE);
        assertEquals(2, split.modesCovered());
        // (16.5, 0) is nearest to mode 1 but 6.5 > 6 away: counts for neither
        ModeCoverage out = ModeCoverage.compute(TestData.points(2, 5, 0, 16.5, 0), wide, ONE);
        assertEquals(1, out.modesCovered());
        assertEquals(0.5, out.inModeFraction(), 0.0);
    }

    /** The given points followed by far-away ones, n in total. */
    private static PointSet particles(int n, double... given) {
        double[] c = new double[2 * n];
        System.arraycopy(given, 0, c, 0, given.length);
        for (int i = given.length / 2; i < n; i++) {
            c[2 * i] = 100.0 + i;
            c[2 * i + 1] = -100.0;
        }
        return PointSet.wrap(2, c);
    }
}
