package org.flowexplorer.app.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The sentence above "Apply &amp; reset" for given estimates, independent of this machine's speed
 * (the window test sees whatever this machine estimates): exact, a range at a wide σ, grid mode,
 * and the warning with the grid alternative once a step takes over {@link StepCost#SLOW_SECONDS}.
 */
class StepCostTest {
    @Test
    void aQuickExactStepIsStatedWithoutWarning() {
        StepCost c = new StepCost(0.012, 0.015, "exact", 0.004, 0.5);
        assertFalse(c.slow());
        assertEquals("≈ 12 ms per step, exact", c.text());
    }

    @Test
    void aWideSigmaAddsTheWorstCaseWhenItIsMuchLonger() {
        assertEquals("≈ 45 ms per step (up to 90 ms), exact", new StepCost(0.045, 0.090, "exact", null, null).text());
        assertEquals("≈ < 1 ms per step, exact", new StepCost(2e-4, 2e-4, "exact", null, null).text());
    }

    @Test
    void overHalfASecondIsAWarningThatOffersGridModeWithItsError() {
        StepCost c = new StepCost(0.66, 1.4, "exact", 0.06, 0.5);
        assertTrue(c.slow());
        assertTrue(c.gridOffered());
        assertEquals("⚠ ≈ 660 ms per step (up to 1.4 s), exact: slow (over 500 ms). Grid mode: ≈ 60 ms, about 0.5 % error.",
                c.text());
        assertEquals("⚠ ≈ 12 s per step, exact: slow (over 500 ms). Grid mode: ≈ 80 ms, about 3 % error.",
                new StepCost(12.0, 12.0, "exact", 0.08, 3.0).text());
    }

    @Test
    void theThresholdItselfIsNotSlowAndWithoutGridNothingIsOffered() {
        assertFalse(new StepCost(StepCost.SLOW_SECONDS, StepCost.SLOW_SECONDS, "exact", null, null).slow());
        StepCost threeD = new StepCost(2.5, 2.5, "exact", null, null);
        assertEquals("⚠ ≈ 2.5 s per step, exact: slow (over 500 ms).", threeD.text());
    }
}
