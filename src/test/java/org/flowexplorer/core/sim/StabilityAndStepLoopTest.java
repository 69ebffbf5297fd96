package org.flowexplorer.core.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.flowexplorer.core.flow.FlowKind;
import org.junit.jupiter.api.Test;

class StabilityAndStepLoopTest {
    @Test
    void theRuleIsEtaTimesOnePlusKappaSquaredBelowTwo() {
        FlowParameters p = FlowParameters.defaults(FlowKind.LANGEVIN).withEta(0.2);
        assertTrue(StabilityRule.stable(p.withCurl(2.0)), "0.2 (1 + 4) = 1 < 2");
        assertEquals(2.5, StabilityRule.factor(p.withEta(0.5).withCurl(2.0)), 1e-15);
        assertFalse(StabilityRule.stable(p.withEta(0.5).withCurl(2.0)));
        assertFalse(StabilityRule.stable(p.withEta(2.0)), "η = 2 without curl is the boundary");
        assertTrue(StabilityRule.stable(p.withEta(2.0).withAdagrad(true)), "AdaGrad bounds every step");
        assertTrue(StabilityRule.warning(p.withEta(0.5).withCurl(2.0)).orElseThrow().startsWith("η(1+κ²) = 2.50 ≥ 2"));
        assertTrue(StabilityRule.warning(p).isEmpty());
    }

    /**
     * The rule against the step itself: one particle in a wide Gaussian target, Langevin without
     * noise is x ← x − η(I + κJ)x near the mode; it must shrink below the rule's limit and grow above.
     */
    @Test
    void theRuleMatchesTheLinearisedStep() {
        for (double eta : new double[] {0.3, 0.5, 0.9}) {
            for (double kappa : new double[] {0.5, 1.0, 2.0}) {
                double a = 1 - eta;
                double b = eta * kappa;
                boolean shrinks = a * a + b * b < 1;
                FlowParameters p = FlowParameters.defaults(FlowKind.LANGEVIN).withEta(eta).withCurl(kappa);
                assertEquals(shrinks, StabilityRule.stable(p), "η " + eta + " κ " + kappa);
            }
        }
    }

    @Test
    void theLoopAppliesRecordedChangesAtTheirStepsAndStopsAtARejection() {
        FlowParameters p = FlowParameters.defaults(FlowKind.SD);
        RunConfig config = new RunConfig("8gaussians", "offset", 20, 20, 0, 10, p)
                .withChanges(List.of(new ParameterChange(3, p.withEta(0.2)), new ParameterChange(6, p.withFlow(FlowKind.MMD))));
        List<Snapshot> seen = new ArrayList<>();
        try (Simulation sim = SimulationFactory.create(config, 1)) {
            Snapshot last = StepLoop.advance(sim, config, 10, seen::add);
            assertEquals(10, last.step());
        }
        assertEquals(10, seen.size());
        assertEquals(0.5, seen.get(2).parameters().eta(), "step 3 still used the old η");
        assertEquals(0.2, seen.get(3).parameters().eta(), "the change at step 3 applies to the step from state 3");
        assertEquals(FlowKind.MMD, seen.get(6).parameters().flow());
        RunConfig overflowing = config.withParams(p.withEta(1e300)).withChanges(List.of());
        try (Simulation sim = SimulationFactory.create(overflowing, 1)) {
            Snapshot last = StepLoop.advance(sim, overflowing, 10, s -> { });
            assertTrue(last.paused());
            assertEquals(0, last.step());
        }
    }

    @Test
    void paramsAtFindsTheChangeInForceByBinarySearch() {
        FlowParameters p = FlowParameters.defaults(FlowKind.SD);
        List<ParameterChange> changes = new ArrayList<>();
        for (int i = 1; i <= 1000; i++) {
            changes.add(new ParameterChange(10 * i, p.withEta(i / 1000.0)));
        }
        RunConfig c = new RunConfig("8gaussians", "offset", 5, 5, 0, 20_000, p).withChanges(changes);
        assertEquals(p, c.paramsAt(0));
        assertEquals(p, c.paramsAt(9));
        assertEquals(0.001, c.paramsAt(10).eta());
        assertEquals(0.001, c.paramsAt(19).eta());
        assertEquals(0.5, c.paramsAt(5005).eta());
        assertEquals(1.0, c.paramsAt(1_000_000).eta());
    }

    @Test
    void theMemoryBudgetRefusesWhatCannotFit() {
        assertTrue(MemoryBudget.simulationBytes(1000, 1000, 2) < 1 << 20);
        org.junit.jupiter.api.Assertions.assertThrows(org.flowexplorer.core.data.InputException.class,
                () -> MemoryBudget.require(Runtime.getRuntime().maxMemory() + 1, "--size", "a frame"));
        MemoryBudget.require(1024, "--size", "a small frame");
    }
}
