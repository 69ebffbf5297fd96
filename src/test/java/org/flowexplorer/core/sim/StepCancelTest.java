package org.flowexplorer.core.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.concurrent.CompletableFuture;
import org.flowexplorer.core.flow.FlowKind;
import org.flowexplorer.core.kernel.KernelMode;
import org.junit.jupiter.api.Test;

/**
 * A step cancelled part way ({@link Simulation#cancelStep}, the window's pause) changes and
 * publishes nothing, and taking it again gives bit for bit the step an uncancelled run takes.
 */
class StepCancelTest {
    @Test
    void aCancelledStepChangesNothingAndIsTakenAgainExactly() {
        for (FlowKind flow : new FlowKind[] {FlowKind.SD, FlowKind.SVGD}) {
            RunConfig c = StepBenchmark.config(flow, 4000, 4000, 0.5, KernelMode.EXACT);
            try (Simulation cancelled = SimulationFactory.create(c, 2); Simulation plain = SimulationFactory.create(c, 2)) {
                Snapshot before = cancelled.latest().get();
                CompletableFuture<StepOutcome> step = CompletableFuture.supplyAsync(cancelled::step);
                while (!step.isDone()) { // cancel until the step ends: the first cancel after its start stops it
                    cancelled.cancelStep();
                    Thread.onSpinWait();
                }
                assertEquals(StepOutcome.CANCELLED, step.join(), flow + ": the step was stopped");
                assertSame(before, cancelled.latest().get(), flow + ": nothing published");
                assertEquals(0, cancelled.stepCount(), flow.name());
                assertEquals(StepOutcome.ADVANCED, cancelled.step(), flow + ": the next step runs in full");
                assertEquals(StepOutcome.ADVANCED, plain.step(), flow.name());
                assertEquals(plain.latest().get().positions(), cancelled.latest().get().positions(),
                        flow + ": the same step as without the cancel");
            }
        }
    }
}
