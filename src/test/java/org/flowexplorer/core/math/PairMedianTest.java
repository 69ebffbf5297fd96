package org.flowexplorer.core.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** The pair median against sorting all pairs, and the sampled estimate's error. */
class PairMedianTest {
    private static final ParallelRunner ONE = new ParallelRunner(1);
    private static final ParallelRunner THREE = new ParallelRunner(3);

    @AfterAll
    static void close() {
        ONE.close();
        THREE.close();
    }

    static double bruteForce(PointSet p) {
        int n = p.size();
        double[] all = new double[n * (n - 1) / 2];
        int t = 0;
        for (int i = 0; i < n; i++) {
            for (int k = i + 1; k < n; k++) {
                double s = 0;
                for (int c = 0; c < p.dim(); c++) {
                    s += (p.get(i, c) - p.get(k, c)) * (p.get(i, c) - p.get(k, c));
                }
                all[t++] = s;
            }
        }
        Arrays.sort(all);
        return all.length % 2 == 1 ? all[all.length / 2] : 0.5 * (all[all.length / 2 - 1] + all[all.length / 2]);
    }

    static PointSet cloud(long seed, int n, int d, boolean grid) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[] c = new double[n * d];
        for (int i = 0; i < c.length; i++) {
            c[i] = grid ? rng.nextInt(4) : rng.nextGaussian() + 3 * rng.nextInt(3);
        }
        return PointSet.wrap(d, c);
    }

    @Test
    void exactMedianEqualsSortingAllPairs() {
        // odd and even pair counts, 1 to 3 dimensions, clouds and lattices with many equal distances
        int[] sizes = {2, 3, 4, 5, 17, 64, 301, 900};
        for (int n : sizes) {
            for (int d = 1; d <= 3; d++) {
                for (boolean lattice : new boolean[] {false, true}) {
                    PointSet p = cloud(n * 31L + d, n, d, lattice);
                    double want = bruteForce(p);
                    assertEquals(want, new PairMedian().exact(p, ONE), 0.0, "n=" + n + " d=" + d + " lattice=" + lattice);
                    assertEquals(want, new PairMedian().exact(p, THREE), 0.0);
                }
            }
        }
    }

    @Test
    void theBracketIsBisectedWhenTooManyValuesFallInside() {
        // a collection cap of 50 values forces the counting bisection, ties and straddles included
        for (int n : new int[] {40, 41, 120}) {
            for (boolean lattice : new boolean[] {false, true}) {
                PointSet p = cloud(7 + n, n, 2, lattice);
                assertEquals(bruteForce(p), new PairMedian().exact(p, ONE, 50), 0.0, "n=" + n + " lattice=" + lattice);
            }
        }
        PointSet same = PointSet.wrap(2, new double[200]);
        assertEquals(0.0, new PairMedian().exact(same, ONE, 10), 0.0);
    }

    @Test
    void sampledMedianIsWithinTwoPercent() {
        // the estimate used above 10,000 particles, checked where the exact value is affordable
        for (long seed = 1; seed <= 4; seed++) {
            PointSet p = cloud(seed, 3000, 2, false);
            double exact = new PairMedian().exact(p, THREE);
            double est = PairMedian.sampled(p, new SplittableRandom(seed), PairMedian.SAMPLED_PAIRS);
            assertTrue(Math.abs(est / exact - 1) < 0.02, "sampled " + est + " exact " + exact);
        }
    }
}
