package org.flowexplorer.core.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.flowexplorer.core.math.PointSet;
import org.junit.jupiter.api.Test;

/** The leaf size follows the reach √(60/k) against the diameter of both point sets together. */
class LeafSizeRuleTest {
    /** Two sets whose common bounding box is the segment [0, 12] on the x axis (diameter 12). */
    private static final PointSet LEFT = PointSet.wrap(2, new double[] {0, 0, 3, 0});
    private static final PointSet RIGHT = PointSet.wrap(2, new double[] {9, 0, 12, 0});

    /** k with reach √(60/k) = reach. */
    private static double k(double reach) {
        return LeafVisit.NEGLIGIBLE / (reach * reach);
    }

    @Test
    void wideLeavesWhileTheReachSpansHalfTheData() {
        assertEquals(LeafSizeRule.WIDE_LEAF_SIZE, LeafSizeRule.leafSize(LEFT, RIGHT, k(6.01)));
        assertEquals(LeafSizeRule.WIDE_LEAF_SIZE, LeafSizeRule.leafSize(LEFT, RIGHT, k(40.0)));
    }

    @Test
    void middleLeavesBetweenAThirdAndHalf() {
        assertEquals(LeafSizeRule.MID_LEAF_SIZE, LeafSizeRule.leafSize(LEFT, RIGHT, k(5.9)));
        assertEquals(LeafSizeRule.MID_LEAF_SIZE, LeafSizeRule.leafSize(LEFT, RIGHT, k(4.01)));
    }

    @Test
    void smallLeavesWhenTheReachIsShort() {
        assertEquals(LeafSizeRule.LEAF_SIZE, LeafSizeRule.leafSize(LEFT, RIGHT, k(3.9)));
        assertEquals(LeafSizeRule.LEAF_SIZE, LeafSizeRule.leafSize(LEFT, RIGHT, k(0.01)));
    }

    @Test
    void bothSetsCountAndEveryAxis() {
        PointSet tall = PointSet.wrap(2, new double[] {0, 0, 0, 12});
        // alone, LEFT spans 3 (wide leaves at reach 2); with a far point in y the diameter is √(12² + 3²)
        assertEquals(LeafSizeRule.WIDE_LEAF_SIZE, LeafSizeRule.leafSize(LEFT, LEFT, k(2.0)));
        assertEquals(LeafSizeRule.LEAF_SIZE, LeafSizeRule.leafSize(LEFT, tall, k(2.0)));
    }

    @Test
    void nonFiniteDataFallsBackToSmallLeaves() {
        PointSet bad = PointSet.wrap(2, new double[] {0, 0, Double.NaN, 1});
        assertEquals(LeafSizeRule.LEAF_SIZE, LeafSizeRule.leafSize(bad, bad, k(1e6)));
    }
}
