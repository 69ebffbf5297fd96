package org.flowexplorer.core.kernel.pair;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.flowexplorer.core.kernel.LeafLayout;
import org.flowexplorer.core.kernel.LeafVisit;
import org.flowexplorer.core.math.PointSet;
import org.junit.jupiter.api.Test;

/**
 * The plan of leaf pairs against brute force: a pair is planned exactly when its boxes are within
 * k·gap² ≤ 60, every stretch lies in the buffer without overlapping another, and each leaf lists its
 * stretches in ascending partner order (the fixed order of the reduction).
 */
class LeafPairsTest {
    @Test
    void plansThePairsWithinReachInAFixedOrder() {
        SplittableRandom rng = new SplittableRandom(4);
        double[] c = new double[2 * 3000];
        for (int i = 0; i < c.length; i++) {
            c[i] = 8 * rng.nextDouble();
        }
        LeafLayout s = new LeafLayout(64);
        s.build(PointSet.wrap(2, c), null);
        LeafPairs pairs = new LeafPairs();
        for (double k : new double[] {0.01, 0.5, 5, 50, 5000}) {
            pairs.plan(s, k, 3);
            int leaves = s.leaves();
            boolean[][] planned = new boolean[leaves][leaves];
            boolean[] used = new boolean[(int) pairs.size()];
            for (int i = 0; i < pairs.count(); i++) {
                int a = pairs.first(i);
                int b = pairs.second(i);
                assertTrue(a <= b);
                planned[a][b] = true;
                claim(used, pairs.rowOffset(i), 3 * s.leafPadded(a));
                if (a != b) {
                    claim(used, pairs.colOffset(i), 3 * s.leafPadded(b));
                }
            }
            for (int a = 0; a < leaves; a++) {
                List<Long> expected = new ArrayList<>();
                for (int b = 0; b < leaves; b++) {
                    double gap2 = 0;
                    for (int d = 0; d < 2; d++) {
                        double g = Math.max(0, Math.max(s.boxMin(b, d) - s.boxMax(a, d), s.boxMin(a, d) - s.boxMax(b, d)));
                        gap2 += g * g;
                    }
                    boolean within = k * gap2 <= LeafVisit.NEGLIGIBLE;
                    if (b >= a) {
                        assertEquals(within, planned[a][b], "k " + k + " pair " + a + "," + b);
                    }
                    if (within) {
                        expected.add(stretch(pairs, Math.min(a, b), Math.max(a, b), b < a));
                    }
                }
                List<Long> listed = new ArrayList<>();
                for (int i = pairs.partStart(a); i < pairs.partStart(a + 1); i++) {
                    listed.add(pairs.partOffset(i));
                }
                assertEquals(expected, listed, "k " + k + " leaf " + a);
            }
        }
    }

    private static long stretch(LeafPairs pairs, int a, int b, boolean column) {
        for (int i = 0; i < pairs.count(); i++) {
            if (pairs.first(i) == a && pairs.second(i) == b) {
                return column ? pairs.colOffset(i) : pairs.rowOffset(i);
            }
        }
        throw new AssertionError("pair " + a + "," + b + " not planned");
    }

    private static void claim(boolean[] used, long from, int length) {
        for (int i = 0; i < length; i++) {
            assertTrue(!used[(int) from + i], "stretches overlap at " + (from + i));
            used[(int) from + i] = true;
        }
    }
}
