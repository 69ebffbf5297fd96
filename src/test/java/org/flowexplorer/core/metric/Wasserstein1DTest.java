package org.flowexplorer.core.metric;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class Wasserstein1DTest {

    private static double w2sq(double[] a, double[] b) {
        return Wasserstein1D.squaredSorted(a, a.length, b, b.length);
    }

    @Test
    void twoAgainstThreeByHand() {
        // quantiles: x = 0 on (0,1/2], 1 on (1/2,1]; y = 0,1,2 on thirds.
        // (0−0)²·1/3 + (0−1)²·(1/2−1/3) + (1−1)²·(2/3−1/2) + (1−2)²·(1−2/3) = 1/6 + 1/3 = 1/2
        assertEquals(0.5, w2sq(new double[] {0, 1}, new double[] {0, 1, 2}), 1e-15);
        assertEquals(0.5, w2sq(new double[] {0, 1, 2}, new double[] {0, 1}), 1e-15);
    }

    @Test
    void twoAgainstThreeUnevenValues() {
        // x = {0, 3}, y = {1, 2, 4}: 1·1/3 + 4·1/6 + 1·1/6 + 1·1/3 = 3/2
        assertEquals(1.5, w2sq(new double[] {0, 3}, new double[] {1, 2, 4}), 1e-15);
    }

    @Test
    void singlePointAgainstManyIsMeanSquare() {
        // x = {0}: W2² = mean_j y_j² = (0 + 1 + 4 + 9)/4
        assertEquals(3.5, w2sq(new double[] {0}, new double[] {0, 1, 2, 3}), 1e-15);
    }

    @Test
    void coincidingBreakpointsSixAgainstFour() {
        // N = 6, M = 4 share the breakpoint 1/2; y all zero gives mean_i x_i² = 55/6
        assertEquals(55.0 / 6.0, w2sq(new double[] {0, 1, 2, 3, 4, 5}, new double[] {0, 0, 0, 0}), 1e-14);
    }

    @Test
    void equalSizesGiveMeanSquaredDifference() {
        double[] a = {-1.0, 0.5, 2.0};
        double[] b = {0.0, 0.0, 3.0};
        assertEquals((1.0 + 0.25 + 1.0) / 3.0, w2sq(a, b), 1e-15);
    }

    @Test
    void matchesReplicatedEqualSizeSets() {
        // Repeating each of N values M times and each of M values N times leaves both empirical
        // distributions unchanged and makes the sizes equal (N·M each).
        SplittableRandom rng = new SplittableRandom(7);
        for (int trial = 0; trial < 20; trial++) {
            int n = 1 + rng.nextInt(9);
            int m = 1 + rng.nextInt(9);
            double[] a = sortedRandom(rng, n);
            double[] b = sortedRandom(rng, m);
            double[] ar = new double[n * m];
            double[] br = new double[n * m];
            for (int i = 0; i < n * m; i++) {
                ar[i] = a[i / m];
                br[i] = b[i / n];
            }
            assertEquals(w2sq(ar, br), w2sq(a, b), 1e-12, "n = " + n + ", m = " + m);
        }
    }

    private static double[] sortedRandom(SplittableRandom rng, int n) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = rng.nextGaussian() * 3.0;
        }
        Arrays.sort(v);
        return v;
    }
}
