package org.flowexplorer.core.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The documented maximal errors of {@link FastExp}, measured on a dense sweep of the clamped range. */
class FastExpTest {
    @Test
    void doubleExpIsWithinTwoUlpOverItsWholeRange() {
        double worst = 0;
        for (double x = FastExp.MIN_ARG; x <= FastExp.MAX_ARG; x += 0.000731) {
            double want = Math.exp(x);
            worst = Math.max(worst, Math.abs(FastExp.exp(x) - want) / want);
        }
        assertTrue(worst < 4e-16, "max relative error " + worst);
    }

    @Test
    void floatExpIsWithinThreeTenthsOfAMillionth() {
        double worst = 0;
        for (float x = FastExp.MIN_ARG_F; x <= FastExp.MAX_ARG_F; x += 0.000173f) {
            double want = Math.exp(x);
            worst = Math.max(worst, Math.abs(FastExp.expf(x) - want) / want);
        }
        assertTrue(worst < 3e-7, "max relative error " + worst);
    }

    @Test
    void argumentsOutsideTheRangeAreClampedAndNanStaysNan() {
        assertEquals(FastExp.exp(FastExp.MIN_ARG), FastExp.exp(-1e9), 0.0);
        assertTrue(FastExp.exp(-1e9) > 0 && FastExp.exp(-1e9) < 3e-308);
        assertTrue(Double.isFinite(FastExp.exp(1e9)));
        assertTrue(Double.isNaN(FastExp.exp(Double.NaN)));
        assertTrue(Float.isNaN(FastExp.expf(Float.NaN)));
        assertEquals(1.0, FastExp.exp(0.0), 0.0);
        assertEquals(1.0f, FastExp.expf(0.0f), 0.0f);
    }
}
