package org.flowexplorer.core.metric;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.flowexplorer.core.math.ParallelRunner;
import org.flowexplorer.core.math.PointSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class NearestNeighboursTest {
    private static final ParallelRunner ONE = new ParallelRunner(1);

    @AfterAll
    static void close() {
        ONE.close();
    }

    @Test
    void handExampleWithDuplicateTargets() {
        PointSet x = TestData.points(2, 0, 0, 3, 4);
        PointSet y = TestData.points(2, 0, 1, 0, 1, 6, 8);
        NearestNeighbours nn = NearestNeighbours.compute(x, y, ONE);
        // (0,0) → (0,1): 1;  (3,4) → (0,1): √18 < (6,8): 5
        assertArrayEquals(new double[] {1.0, Math.sqrt(18)}, nn.particleToTarget(), 0.0);
        // duplicates are each other's nearest other target at distance 0; (6,8) → (0,1): √85
        assertArrayEquals(new double[] {0.0, 0.0, Math.sqrt(85)}, nn.targetToTarget(), 0.0);
        assertEquals((1.0 + Math.sqrt(18)) / 2.0, nn.particleToTargetMean(), 1e-15);
        assertEquals((1.0 + Math.sqrt(18)) / 2.0, nn.particleToTargetMedian(), 1e-15); // even count
        assertEquals(Math.sqrt(85) / 3.0, nn.targetToTargetMean(), 1e-15);
        assertEquals(0.0, nn.targetToTargetMedian(), 0.0);                           // odd count
    }

    @Test
    void evenCountMedianIsMeanOfTheTwoMiddleValues() {
        // targets on a line at 0, 1, 3, 7: nearest others 1, 1, 2, 4 → median (1 + 2)/2
        PointSet y = TestData.points(1, 7, 0, 3, 1);
        NearestNeighbours nn = NearestNeighbours.compute(TestData.points(1, 2.5), y, ONE);
        assertArrayEquals(new double[] {4, 1, 2, 1}, nn.targetToTarget(), 0.0);
        assertEquals(1.5, nn.targetToTargetMedian(), 0.0);
        assertEquals(2.0, nn.targetToTargetMean(), 0.0);
        assertEquals(0.5, nn.particleToTargetMean(), 0.0);
        assertEquals(0.5, nn.particleToTargetMedian(), 0.0);
    }

    @Test
    void singleTargetHasNoTargetStatistics() {
        NearestNeighbours nn = NearestNeighbours.compute(TestData.points(2, 0, 0, 1, 1), TestData.points(2, 0, 0), ONE);
        assertNull(nn.targetToTarget());
        assertNull(nn.targetToTargetMean());
        assertNull(nn.targetToTargetMedian());
        assertArrayEquals(new double[] {0.0, Math.sqrt(2)}, nn.particleToTarget(), 0.0);
    }

    @Test
    void rawArraysAreCopies() {
        NearestNeighbours nn = NearestNeighbours.compute(TestData.points(1, 0), TestData.points(1, 1, 3), ONE);
        nn.particleToTarget()[0] = 99;
        nn.targetToTarget()[0] = 99;
        assertEquals(1.0, nn.particleToTargetMean(), 0.0);
        assertEquals(2.0, nn.targetToTargetMean(), 0.0);
    }

    @Test
    void sameArraysForAnyThreadCount() {
        PointSet x = TestData.gaussian(51, 400, 3, 0.0, 1.0);
        PointSet y = TestData.clustered(52, 333, 3, 6, 0.1);
        NearestNeighbours ref = NearestNeighbours.compute(x, y, ONE);
        for (int t : new int[] {2, 4}) {
            try (ParallelRunner r = new ParallelRunner(t)) {
                NearestNeighbours nn = NearestNeighbours.compute(x, y, r);
                assertArrayEquals(ref.particleToTarget(), nn.particleToTarget(), 0.0);
                assertArrayEquals(ref.targetToTarget(), nn.targetToTarget(), 0.0);
            }
        }
    }
}
