package org.flowexplorer.core.metric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.flowexplorer.core.data.Mixture;
import org.flowexplorer.core.math.ParallelRunner;
import org.flowexplorer.core.math.PointSet;
import org.junit.jupiter.api.Test;

/** Occupancy TV, outliers and the TV spread of independent samples against closed forms. */
class ModeBalanceTest {
    private static final Mixture TWO = new Mixture(PointSet.ofRows(new double[][] {{0, 0}, {10, 0}}), 0.1);

    private static PointSet at(double[]... rows) {
        return PointSet.ofRows(rows);
    }

    @Test
    void occupancyTvIsHalfTheL1DistanceOfTheShares() {
        // particles 3:1 over the two modes, targets 1:1 → TV = ½(|0.75 − 0.5| + |0.25 − 0.5|) = 0.25
        PointSet x = at(new double[] {0, 0.05}, new double[] {0.1, 0}, new double[] {-0.2, 0}, new double[] {10, 0});
        PointSet y = at(new double[] {0, 0}, new double[] {10, 0.1});
        try (ParallelRunner one = new ParallelRunner(1)) {
            ModeBalance b = ModeBalance.compute(x, y, TWO, one);
            assertEquals(0.25, b.occupancyTv(), 1e-15);
            assertEquals(0.0, b.outlierFraction());
        }
    }

    @Test
    void outliersAreBeyondFiveStdOfEveryMeanAndLeaveTheOccupancy() {
        // 0.49 from a mean: between 3 and 5 std (neither in mode nor outlier); 0.51 and 40: outliers
        PointSet x = at(new double[] {0, 0}, new double[] {10, 0}, new double[] {0, 0.49}, new double[] {0.51, 0},
                new double[] {40, 40});
        PointSet y = at(new double[] {0, 0}, new double[] {10, 0});
        try (ParallelRunner one = new ParallelRunner(1)) {
            ModeBalance b = ModeBalance.compute(x, y, TWO, one);
            assertEquals(2.0 / 5, b.outlierFraction(), 1e-15);
            assertEquals(0.0, b.occupancyTv(), 1e-15, "in-mode shares are 1:1 like the targets'");
        }
    }

    @Test
    void noInModeParticleIsTotalImbalance() {
        try (ParallelRunner one = new ParallelRunner(1)) {
            assertEquals(1.0, ModeBalance.compute(at(new double[] {5, 5}), at(new double[] {0, 0}), TWO, one)
                    .occupancyTv());
        }
    }

    /**
     * Two modes, n = m = 1000: TV = |a₁ − b₁| with a₁, b₁ independent Binomial(n, ½)/n, so TV is close
     * to |N(0, 2·¼/n)|, whose median is 0.6745·√(0.5/n) = 0.01508 and 99th percentile
     * 2.5758·√(0.5/n) = 0.05760 (the binomial's lattice of step 1/n shifts both by less than 0.002).
     */
    @Test
    void spreadOfTwoIndependentSamplesMatchesTheNormalApproximation() {
        OccupancySpread s = OccupancySpread.measure(1000, 1000, 2);
        double sd = Math.sqrt(0.5 / 1000);
        assertEquals(0.6745 * sd, s.median(), 0.0025);
        assertEquals(2.5758 * sd, s.quantile(), 0.005);
        assertEquals(s, OccupancySpread.measure(1000, 1000, 2), "a fixed seed: the threshold is reproducible");
    }

    @Test
    void moreModesOrFewerPointsMeanMoreChanceImbalance() {
        OccupancySpread k25 = OccupancySpread.measure(1000, 1000, 25);
        assertTrue(k25.quantile() > OccupancySpread.measure(1000, 1000, 2).quantile());
        assertTrue(OccupancySpread.measure(200, 200, 25).quantile() > k25.quantile());
        assertEquals(0.0, OccupancySpread.measure(50, 70, 1).quantile(), "one mode: always balanced");
    }
}
