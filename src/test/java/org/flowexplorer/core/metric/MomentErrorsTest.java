package org.flowexplorer.core.metric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.flowexplorer.core.math.PointSet;
import org.junit.jupiter.api.Test;

class MomentErrorsTest {

    @Test
    void handComputedTriangleAgainstDiagonalPair() {
        // x = {(0,0),(2,0),(0,2)}: mean (2/3, 2/3), unbiased cov [[4/3, −2/3], [−2/3, 4/3]]
        // y = {(1,1),(−1,−1)}:      mean (0, 0),     unbiased cov [[2, 2], [2, 2]]
        // mean error √(8/9); cov difference [[−2/3, −8/3], [−8/3, −2/3]] → Frobenius √136 / 3
        MomentErrors m = MomentErrors.compute(TestData.points(2, 0, 0, 2, 0, 0, 2), TestData.points(2, 1, 1, -1, -1));
        assertEquals(Math.sqrt(8.0) / 3.0, m.meanError(), 1e-15);
        assertEquals(Math.sqrt(136.0) / 3.0, m.covError(), 1e-14);
    }

    @Test
    void covarianceIsUnbiased() {
        double[] cov = MomentErrors.covariance(TestData.points(1, 1, 2, 3, 4), new double[] {2.5});
        assertEquals(5.0 / 3.0, cov[0], 1e-15);      // Σ(x − 2.5)² = 5, divided by n − 1 = 3
    }

    @Test
    void covarianceErrorIsNullBelowTwoPoints() {
        MomentErrors one = MomentErrors.compute(TestData.points(2, 1, 2), TestData.points(2, 0, 0, 2, 0));
        assertEquals(2.0, one.meanError(), 0.0);      // (1,2) against the mean (1,0)
        assertNull(one.covError());
        assertNull(MomentErrors.compute(TestData.points(2, 0, 0, 2, 0), TestData.points(2, 1, 2)).covError());
    }

    @Test
    void staysAccurateFarFromTheOrigin() {
        PointSet x = TestData.gaussian(61, 500, 2, 0.0, 1.0);
        PointSet y = TestData.gaussian(62, 400, 2, 0.0, 2.0);
        double[] xs = x.copyCoords();
        double[] ys = y.copyCoords();
        for (int i = 0; i < xs.length; i++) {
            xs[i] += 1e6;
        }
        for (int i = 0; i < ys.length; i++) {
            ys[i] += 1e6;
        }
        MomentErrors near = MomentErrors.compute(x, y);
        MomentErrors far = MomentErrors.compute(PointSet.wrap(2, xs), PointSet.wrap(2, ys));
        assertEquals(near.meanError(), far.meanError(), 1e-8);
        assertEquals(near.covError(), far.covError(), 1e-8);
    }
}
