package org.flowexplorer.core.kernel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.SplittableRandom;
import org.flowexplorer.core.math.ParallelRunner;
import org.flowexplorer.core.math.PointSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * The sums of a set with itself by pairs of leaves ({@link SelfSums}, on the Vector API backend the
 * tests run with) against direct double sums written out here: W_i = Σ_j e^(−k‖x_i − x_j‖²) within
 * 1e−6 relative (positive terms), O_i = Σ_j e^(…)(x_j − x_i) within 1e−6 of Σ_j e^(…)‖x_j − x_i‖; every
 * point it accepts really has another point within k·d² ≤ 2 (the float rule); results bitwise the
 * same on 1, 2 and 4 threads; and the cases it must decline.
 */
class SelfPairSumsTest {
    private static final double TOLERANCE = 1e-6;

    private static SelfSums pairSums(ParallelRunner runner) {
        SelfSums s = KernelBackend.detect().selfSums(runner);
        assumeTrue(s != null, "no Vector API backend in this JVM");
        return s;
    }

    private static LeafLayout layout(PointSet points, int leaf) {
        LeafLayout l = new LeafLayout(leaf);
        l.build(points, null);
        return l;
    }

    @ParameterizedTest(name = "{0} n={1} sigma={2} offset={3} leaf={4}")
    @CsvSource({
        "mixture, 1500, 0.3, 0, 64", "mixture, 1500, 2.0, 1000, 256", "uniform, 1200, 0.5, 0, 32",
        "gauss, 999, 1.0, -500, 128", "gauss, 700, 0.6, 0, 1024", "uniform, 2000, 0.05, 3, 64",
        "ring, 800, 0.8, 0, 64"})
    void matchesDirectSums(String shape, int n, double sigma, double offset, int leaf) {
        PointSet xs = DenseSumsAccuracyTest.cloud(shape, new SplittableRandom(n * 31L + leaf), n, 2, 1.0, offset);
        double k = 0.5 / (sigma * sigma);
        double[] out = new double[n * 3];
        boolean[] accepted = new boolean[n];
        try (ParallelRunner two = new ParallelRunner(2)) {
            assertTrue(pairSums(two).sums(layout(xs, leaf), k, out, accepted), "declined");
        }
        double[] x = xs.coords();
        int count = 0;
        for (int i = 0; i < n; i++) {
            if (!accepted[i]) {
                continue;
            }
            count++;
            double w = 0;
            double o0 = 0;
            double o1 = 0;
            double scale = 0;
            double nearest = Double.POSITIVE_INFINITY;
            for (int j = 0; j < n; j++) {
                double dx = x[2 * j] - x[2 * i];
                double dy = x[2 * j + 1] - x[2 * i + 1];
                double e = Math.exp(-k * (dx * dx + dy * dy));
                w += e;
                o0 += e * dx;
                o1 += e * dy;
                scale += e * Math.sqrt(dx * dx + dy * dy);
                if (j != i) {
                    nearest = Math.min(nearest, k * (dx * dx + dy * dy));
                }
            }
            assertTrue(nearest <= 2.0, "point " + i + " accepted with its nearest at k·d² = " + nearest);
            assertEquals(w, out[3 * i], TOLERANCE * w, "W of point " + i);
            double err = Math.hypot(out[3 * i + 1] - o0, out[3 * i + 2] - o1);
            assertTrue(err <= TOLERANCE * scale + 1e-300, "O of point " + i + " error " + err + " scale " + scale);
        }
        assertTrue(count >= 0.9 * n, "only " + count + " of " + n + " accepted");
    }

    @Test
    void theSameBitsOnAnyNumberOfThreads() {
        PointSet xs = DenseSumsAccuracyTest.cloud("mixture", new SplittableRandom(5), 3001, 2, 1.0, 0.0);
        double[][] outs = new double[3][];
        int[] threads = {1, 2, 4};
        for (int t = 0; t < 3; t++) {
            outs[t] = new double[3001 * 3];
            try (ParallelRunner r = new ParallelRunner(threads[t])) {
                assertTrue(pairSums(r).sums(layout(xs, 64), 2.0, outs[t], new boolean[3001]));
            }
        }
        assertArrayEquals(outs[0], outs[1]);
        assertArrayEquals(outs[0], outs[2]);
        // and through DenseSums, points left to the per-point way included
        double[][] mean = new double[3][];
        for (int t = 0; t < 3; t++) {
            mean[t] = new double[3001 * 2];
            try (ParallelRunner r = new ParallelRunner(threads[t])) {
                DenseSums.detect(r).meanOffsets(xs, xs, 2.0, false, mean[t]);
            }
        }
        assertArrayEquals(mean[0], mean[1]);
        assertArrayEquals(mean[0], mean[2]);
    }

    @Test
    void pointsAloneGoThePerPointWay() {
        // a dense cluster and 20 far outliers: the outliers fail the float test, the cluster passes
        int n = 420;
        double[] c = new double[2 * n];
        SplittableRandom rng = new SplittableRandom(9);
        for (int i = 0; i < n; i++) {
            boolean far = i % 21 == 20;
            c[2 * i] = far ? 50.0 * i : 0.02 * rng.nextGaussian();
            c[2 * i + 1] = far ? -30.0 * i : 0.02 * rng.nextGaussian();
        }
        PointSet xs = PointSet.wrap(2, c);
        double k = 0.5 / (0.2 * 0.2);
        boolean[] accepted = new boolean[n];
        try (ParallelRunner two = new ParallelRunner(2)) {
            assertTrue(pairSums(two).sums(layout(xs, 32), k, new double[3 * n], accepted));
            for (int i = 0; i < n; i++) {
                assertEquals(i % 21 != 20, accepted[i], "point " + i);
            }
            // the mean offsets of all points, outliers (no other term above e^−60: offset 0) included
            double[] got = new double[2 * n];
            double[] want = new double[2 * n];
            DenseSums.detect(two).meanOffsets(xs, xs, k, false, got);
            new ReferenceSums(two).meanOffsets(xs, xs, k, false, want);
            for (int i = 0; i < n; i++) {
                double scale = SumScale.meanOffset(c, 2 * i, xs, k, -1);
                assertTrue(SumScale.diff(got, want, i, 2) <= TOLERANCE * scale + 1e-20, "point " + i);
            }
        }
    }

    @Test
    void declinesWhatItCannotDo() {
        SplittableRandom rng = new SplittableRandom(3);
        try (ParallelRunner two = new ParallelRunner(2)) {
            SelfSums pairs = pairSums(two);
            PointSet space = DenseSumsAccuracyTest.cloud("gauss", rng, 300, 3, 1.0, 0.0);
            assertFalse(pairs.sums(layout(space, 64), 1.0, new double[1200], new boolean[300]), "d = 3");
            PointSet plane = DenseSumsAccuracyTest.cloud("gauss", rng, 300, 2, 1.0, 0.0);
            LeafLayout weighted = new LeafLayout(64);
            double[] logW = new double[300];
            logW[7] = Math.log(3);
            weighted.build(plane, logW);
            assertFalse(pairs.sums(weighted, 1.0, new double[900], new boolean[300]), "log-weights");
            // σ far below the spacing: almost every point is alone in its cube
            assertFalse(pairs.sums(layout(plane, 64), 1e8, new double[900], new boolean[300]), "isolated points");
            double[] bad = plane.coords().clone();
            bad[11] = Double.NaN;
            assertFalse(pairs.sums(layout(PointSet.wrap(2, bad), 64), 1.0, new double[900], new boolean[300]), "NaN");
        }
    }
}
