package org.flowexplorer.core.metric;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.flowexplorer.core.math.ParallelRunner;
import org.flowexplorer.core.math.PointSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class SlicedWassersteinTest {
    private static final ParallelRunner ONE = new ParallelRunner(1);

    @AfterAll
    static void close() {
        ONE.close();
    }

    @Test
    void setAgainstItselfIsExactlyZero() {
        for (int d = 1; d <= 5; d++) {
            PointSet x = TestData.gaussian(11 + d, 200, d, 1.0, 2.0);
            assertEquals(0.0, SlicedWasserstein.compute(x, x, ONE), "d = " + d);
        }
    }

    @Test
    void translateIn2dIsNormOverRootTwo() {
        // Σ_k (t·u_k)² over θ_k = πk/64 is ‖t‖²·Σ_k cos²(θ_k − φ) = ‖t‖²·32 exactly (the 64th roots
        // of unity sum to 0), so SW2 = sqrt(mean_k (t·u_k)²) = ‖t‖/√2.
        double tx = 0.3;
        double ty = -0.7;
        PointSet x = TestData.gaussian(21, 300, 2, 0.0, 1.0);
        double[] shifted = x.copyCoords();
        for (int i = 0; i < x.size(); i++) {
            shifted[2 * i] += tx;
            shifted[2 * i + 1] += ty;
        }
        PointSet y = PointSet.wrap(2, shifted);
        double[] u = SliceDirections.unitVectors(2);
        double sum = 0.0;
        for (int k = 0; k < 64; k++) {
            double p = tx * u[2 * k] + ty * u[2 * k + 1];
            sum += p * p;
        }
        double norm2 = tx * tx + ty * ty;
        assertEquals(32.0, sum / norm2, 1e-13);
        double expected = Math.sqrt(norm2 / 2.0);
        assertEquals(Math.sqrt(sum / 64.0), expected, 1e-15);
        assertEquals(expected, SlicedWasserstein.compute(x, y, ONE), 1e-12);
    }

    @Test
    void translateIn3dMatchesMeanSquaredProjection() {
        double[] t = {0.4, -0.2, 1.1};
        PointSet x = TestData.gaussian(31, 150, 3, 0.0, 1.0);
        double[] shifted = x.copyCoords();
        for (int i = 0; i < shifted.length; i++) {
            shifted[i] += t[i % 3];
        }
        double[] u = SliceDirections.unitVectors(3);
        double sum = 0.0;
        for (int k = 0; k < 64; k++) {
            double p = t[0] * u[3 * k] + t[1] * u[3 * k + 1] + t[2] * u[3 * k + 2];
            sum += p * p;
        }
        assertEquals(Math.sqrt(sum / 64.0), SlicedWasserstein.compute(x, PointSet.wrap(3, shifted), ONE), 1e-12);
    }

    @Test
    void oneDimensionUsesTheSingleDirection() {
        PointSet x = TestData.points(1, 0, 1);
        PointSet y = TestData.points(1, 0, 1, 2);
        assertEquals(Math.sqrt(0.5), SlicedWasserstein.compute(x, y, ONE), 1e-15);
        assertEquals(1, SortedProjections.of(x, ONE).directions());
    }

    @Test
    void directionsAreUnitVectorsAsSpecified() {
        for (int d : new int[] {2, 3, 4, 7, 50}) {
            double[] u = SliceDirections.unitVectors(d);
            assertEquals(64 * d, u.length);
            for (int k = 0; k < 64; k++) {
                double s = 0.0;
                for (int c = 0; c < d; c++) {
                    s += u[k * d + c] * u[k * d + c];
                }
                assertEquals(1.0, s, 1e-14, "d = " + d + ", k = " + k);
            }
        }
        double[] u3 = SliceDirections.unitVectors(3);
        assertEquals(1.0 - 1.0 / 64.0, u3[2], 0.0);            // k = 0: z = 1 − 1/64, φ = 0
        assertEquals(Math.sqrt(1.0 - u3[2] * u3[2]), u3[0], 1e-16);
        double[] u4 = SliceDirections.unitVectors(4);            // k = 0: frac(√p) − ½
        double[] raw = {Math.sqrt(2) - 1.5, Math.sqrt(3) - 1.5, Math.sqrt(5) - 2.5, Math.sqrt(7) - 2.5};
        double n = Math.sqrt(raw[0] * raw[0] + raw[1] * raw[1] + raw[2] * raw[2] + raw[3] * raw[3]);
        for (int c = 0; c < 4; c++) {
            assertEquals(raw[c] / n, u4[c], 1e-15);
        }
        assertArrayEquals(new int[] {2, 3, 5, 7, 11, 13, 17, 19, 23, 29}, SliceDirections.firstPrimes(10));
    }

    @Test
    void cachedTargetProjectionsGiveTheSameValueForAnyThreadCount() {
        PointSet x = TestData.gaussian(41, 257, 3, 0.0, 1.0);
        PointSet y = TestData.clustered(42, 301, 3, 5, 0.2);
        double ref = SlicedWasserstein.compute(x, y, ONE);
        for (int t : new int[] {2, 4}) {
            try (ParallelRunner r = new ParallelRunner(t)) {
                assertEquals(ref, SlicedWasserstein.compute(x, SortedProjections.of(y, r), r), 0.0);
            }
        }
    }
}
