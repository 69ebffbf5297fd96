package org.flowexplorer.core.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.flowexplorer.core.flow.FlowKind;
import org.flowexplorer.core.kernel.KernelMode;
import org.junit.jupiter.api.Test;

/** The cost model's structure (no timing is asserted: speed is measured by bench and JMH). */
class CostEstimateTest {
    private final CostEstimate model = new CostEstimate(0.5);

    @Test
    void exactCostGrowsWithThePairsAndShrinksWithThreads() {
        CostEstimate.Estimate small = model.estimate(FlowKind.SD, 1000, 1000, 2, KernelMode.AUTO, 1);
        CostEstimate.Estimate big = model.estimate(FlowKind.SD, 10_000, 10_000, 2, KernelMode.AUTO, 1);
        assertEquals(100.0, big.worstMsPerStep() / small.worstMsPerStep(), 1e-9);
        assertEquals(0.5 * big.worstMsPerStep(), big.msPerStep(), 1e-12);
        // N = M = 10,000 SD: 2·10^8 pairs · 0.5 ns = 100 ms worst on one thread
        assertEquals(100.0, big.worstMsPerStep(), 1e-9);
        assertEquals(50.0, model.estimate(FlowKind.SD, 10_000, 10_000, 2, KernelMode.AUTO, 2).worstMsPerStep(), 1e-9);
        assertTrue(model.estimate(FlowKind.LANGEVIN, 5000, 5000, 2, KernelMode.EXACT, 1).worstMsPerStep()
                < model.estimate(FlowKind.SD, 5000, 5000, 2, KernelMode.EXACT, 1).worstMsPerStep());
        assertTrue(model.estimate(FlowKind.SD, 5000, 5000, 3, KernelMode.EXACT, 1).worstMsPerStep()
                > model.estimate(FlowKind.SD, 5000, 5000, 2, KernelMode.EXACT, 1).worstMsPerStep());
    }

    @Test
    void autoSwitchesToGridAboveTwentyThousandAndSaysSo() {
        CostEstimate.Estimate exact = model.estimate(FlowKind.SD, 20_000, 1000, 2, KernelMode.AUTO, 2);
        CostEstimate.Estimate grid = model.estimate(FlowKind.SD, 20_001, 1000, 2, KernelMode.AUTO, 2);
        assertFalse(exact.kernel().grid());
        assertTrue(grid.kernel().grid());
        assertTrue(grid.kernel().label().startsWith("grid mode, about"), grid.kernel().label());
        assertEquals("exact", exact.kernel().label());
        // grid mode at 100,000 costs far less than the dense sums would
        assertTrue(model.estimate(FlowKind.SD, 100_000, 100_000, 2, KernelMode.GRID, 2).msPerStep()
                < 0.01 * model.estimate(FlowKind.SD, 100_000, 100_000, 2, KernelMode.EXACT, 2).msPerStep());
        // grid mode needs d ≤ 3
        assertFalse(model.estimate(FlowKind.SD, 100_000, 100_000, 5, KernelMode.GRID, 2).kernel().grid());
    }

    @Test
    void calibrationMeasuresAPositivePairTime() {
        assertTrue(CostEstimate.calibrate(256, 3).pairNanos() > 0);
        assertThrows(IllegalArgumentException.class, () -> new CostEstimate(0));
    }
}
