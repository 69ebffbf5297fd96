package org.flowexplorer.core.metric;

import java.util.SplittableRandom;
import org.flowexplorer.core.math.PointSet;

/** Seeded random point sets for the metric tests. */
final class TestData {
    private TestData() {
    }

    /** n points from N(offset, scale² I) in R^d. */
    static PointSet gaussian(long seed, int n, int d, double offset, double scale) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[] c = new double[n * d];
        for (int i = 0; i < c.length; i++) {
            c[i] = offset + scale * rng.nextGaussian();
        }
        return PointSet.wrap(d, c);
    }

    /** n points around {@code clusters} random centres in [−2, 2]^d, each with std {@code spread}. */
    static PointSet clustered(long seed, int n, int d, int clusters, double spread) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[] centres = new double[clusters * d];
        for (int i = 0; i < centres.length; i++) {
            centres[i] = -2.0 + 4.0 * rng.nextDouble();
        }
        double[] c = new double[n * d];
        for (int i = 0; i < n; i++) {
            int k = rng.nextInt(clusters);
            for (int j = 0; j < d; j++) {
                c[i * d + j] = centres[k * d + j] + spread * rng.nextGaussian();
            }
        }
        return PointSet.wrap(d, c);
    }

    static PointSet points(int d, double... coords) {
        return PointSet.of(d, coords);
    }
}
