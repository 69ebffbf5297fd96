package org.flowexplorer.core.kernel.pair;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.flowexplorer.core.math.PointSet;
import org.junit.jupiter.api.Test;

/**
 * The shared-cube test against brute force: a point marked shared has another point within the cube
 * side on every axis (so within side·√d), a point with no other point that close is never marked,
 * duplicates are always marked, and the count returned is the number marked.
 */
class SharedCellsTest {
    @Test
    void marksOnlyPointsWithANeighbourInTheirCube() {
        SplittableRandom rng = new SplittableRandom(17);
        SharedCells cells = new SharedCells();
        for (int round = 0; round < 40; round++) {
            int d = 2 + round % 2;
            int n = 1 + rng.nextInt(400);
            double[] c = new double[n * d];
            for (int i = 0; i < c.length; i++) {
                c[i] = 1e3 * (round % 3) + rng.nextGaussian() * (round % 5 + 1);
            }
            if (n > 3) {
                System.arraycopy(c, 0, c, d, d);   // a duplicate pair
            }
            double side = 0.05 + rng.nextDouble();
            boolean[] shared = new boolean[n];
            int count = cells.mark(PointSet.wrap(d, c), side, shared);
            int marked = 0;
            for (int p = 0; p < n; p++) {
                double closest = Double.POSITIVE_INFINITY;
                for (int q = 0; q < n; q++) {
                    if (q != p) {
                        double cheb = 0;
                        for (int k = 0; k < d; k++) {
                            cheb = Math.max(cheb, Math.abs(c[p * d + k] - c[q * d + k]));
                        }
                        closest = Math.min(closest, cheb);
                    }
                }
                if (shared[p]) {
                    marked++;
                    assertTrue(closest < side, "round " + round + " point " + p + " marked, nearest " + closest);
                }
                if (closest >= side) {
                    assertTrue(!shared[p], "round " + round + " point " + p);
                }
                if (closest == 0.0) {
                    assertTrue(shared[p], "duplicate " + p + " in round " + round);
                }
            }
            assertEquals(marked, count, "round " + round);
        }
    }

    @Test
    void refusesWhatItCannotBin() {
        SharedCells cells = new SharedCells();
        assertEquals(-1, cells.mark(PointSet.wrap(2, new double[] {0, 0, 1, Double.POSITIVE_INFINITY}), 1, new boolean[2]));
        assertEquals(-1, cells.mark(PointSet.wrap(2, new double[] {0, 0, 1e30, 1e30}), 1e-9, new boolean[2]));
        assertEquals(-1, cells.mark(PointSet.wrap(2, new double[] {0, 0, 1, 1}), 0.0, new boolean[2]));
    }
}
