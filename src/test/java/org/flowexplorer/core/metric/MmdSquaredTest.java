package org.flowexplorer.core.metric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.flowexplorer.core.math.ParallelRunner;
import org.flowexplorer.core.math.PointSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class MmdSquaredTest {
    private static final ParallelRunner ONE = new ParallelRunner(1);

    @AfterAll
    static void close() {
        ONE.close();
    }

    @Test
    void identicalSinglePointsGiveExactlyZero() {
        PointSet p = TestData.points(2, 0.3, -1.7);
        assertEquals(0.0, MmdSquared.compute(p, p, ONE));
    }

    @Test
    void twoSinglePointsAtDistanceR() {
        for (double r : new double[] {0.1, 0.5, 1.0, 2.0}) {
            PointSet x = TestData.points(2, 0.0, 0.0);
            PointSet y = TestData.points(2, r * 0.6, -r * 0.8);
            double expected = 2.0 - 2.0 * Math.exp(-r * r / 0.5);
            assertEquals(expected, MmdSquared.compute(x, y, ONE), 1e-14, "r = " + r);
        }
    }

    @Test
    void handComputedTwoAgainstOneIncludesDiagonal() {
        // x = {0, 1}, y = {2} on the line, k(a,b) = exp(−2(a−b)²)
        PointSet x = TestData.points(1, 0.0, 1.0);
        PointSet y = TestData.points(1, 2.0);
        double xx = (2.0 + 2.0 * Math.exp(-2.0)) / 4.0;
        double yy = 1.0;
        double xy = (Math.exp(-8.0) + Math.exp(-2.0)) / 2.0;
        assertEquals(xx, MmdSquared.selfTerm(x, ONE), 1e-16);
        assertEquals(xy, MmdSquared.crossTerm(x, y, ONE), 1e-16);
        assertEquals(xx + yy - 2.0 * xy, MmdSquared.compute(x, y, ONE), 1e-15);
    }

    @Test
    void cachedTargetTermGivesTheSameValue() {
        PointSet x = TestData.gaussian(1, 150, 2, 0.0, 1.0);
        PointSet y = TestData.gaussian(2, 170, 2, 0.5, 1.0);
        MmdTargetTerm term = MmdTargetTerm.of(y, ONE);
        assertEquals(MmdSquared.selfTerm(y, ONE), term.value());
        assertEquals(MmdSquared.compute(x, y, ONE), MmdSquared.compute(x, term, ONE));
    }

    @Test
    void identicalLargeSetsGiveZeroNotNegative() {
        PointSet x = TestData.gaussian(3, 300, 3, 0.0, 0.3);
        double v = MmdSquared.compute(x, x, ONE);
        assertTrue(v >= 0.0 && v < 1e-14, "got " + v);
    }

    @Test
    void bitwiseIdenticalForAnyThreadCount() {
        PointSet x = TestData.gaussian(4, 500, 2, 0.0, 1.0);
        PointSet y = TestData.clustered(5, 433, 2, 8, 0.1);
        double ref = MmdSquared.compute(x, y, ONE);
        for (int t : new int[] {2, 4}) {
            try (ParallelRunner r = new ParallelRunner(t)) {
                assertEquals(Double.doubleToRawLongBits(ref), Double.doubleToRawLongBits(MmdSquared.compute(x, y, r)));
            }
        }
    }

    @Test
    void rejectsDimensionMismatch() {
        assertThrows(IllegalArgumentException.class,
                () -> MmdSquared.compute(TestData.points(2, 0, 0), TestData.points(3, 0, 0, 0), ONE));
    }
}
