package org.flowexplorer.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.flowexplorer.core.math.PointSet;
import org.junit.jupiter.api.Test;

class BaseDistributionTest {
    private static double mean(PointSet p, int c) {
        double s = 0;
        for (int i = 0; i < p.size(); i++) {
            s += p.get(i, c);
        }
        return s / p.size();
    }

    @Test
    void offsetIsCentredAtAlternatingThreesWithStdHalf() {
        int n = 10000;
        for (int dim : new int[] {2, 3, 7}) {
            PointSet p = BaseDistribution.OFFSET.sample(n, dim, 1);
            for (int c = 0; c < dim; c++) {
                // standard error of the mean 0.5/sqrt(n) = 0.005; 5 se margin
                assertEquals(c % 2 == 0 ? 3.0 : -3.0, mean(p, c), 0.025);
            }
            double var = 0;
            for (int i = 0; i < n; i++) {
                var += (p.get(i, 0) - 3) * (p.get(i, 0) - 3);
            }
            assertEquals(0.25, var / n, 0.25 * 0.07);
        }
    }

    @Test
    void normalAndBox() {
        PointSet n = BaseDistribution.NORMAL.sample(10000, 2, 2);
        assertEquals(0, mean(n, 0), 0.05);
        PointSet b = BaseDistribution.BOX.sample(10000, 3, 3);
        for (double v : b.coords()) {
            assertTrue(v >= -3 && v < 3);
        }
        assertEquals(0, mean(b, 2), 0.1);
    }

    @Test
    void deterministicPerSeedAndParsedById() {
        assertEquals(BaseDistribution.BOX.sample(50, 2, 9), BaseDistribution.parse("box").sample(50, 2, 9));
        assertEquals("base", assertThrows(InputException.class, () -> BaseDistribution.parse("cube")).source());
        assertThrows(InputException.class, () -> BaseDistribution.OFFSET.sample(0, 2, 0));
    }
}
