package org.flowexplorer.core.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.flowexplorer.core.flow.FlowKind;
import org.flowexplorer.core.io.PresetLibrary;
import org.junit.jupiter.api.Test;

/** Scrubbing, the memory budget, forking from a past step, and lock-step comparison panes. */
class TimelineTest {
    private final RunConfig config = new PresetLibrary().require("25gaussians-sd").config().withSizes(100, 120);

    @Test
    void keepsEverythingWithinBudgetAndThinsTheOlderHalfBeyondIt() {
        try (Simulation sim = SimulationFactory.create(config, 2)) {
            long one = Timeline.bytesOf(sim.latest().get());
            Timeline all = new Timeline(1000 * one);
            Timeline small = new Timeline(20 * one);
            all.record(sim.latest().get());
            small.record(sim.latest().get());
            for (int s = 0; s < 200; s++) {
                sim.step();
                all.record(sim.latest().get());
                small.record(sim.latest().get());
            }
            assertEquals(201, all.size());
            assertEquals(57, all.at(57).step());
            assertTrue(small.usedBytes() <= small.budgetBytes(), small.usedBytes() + " > " + small.budgetBytes());
            assertEquals(0, small.oldest().step(), "the start is always kept");
            assertEquals(200, small.newest().step(), "the newest is always kept");
            assertTrue(small.size() >= 10 && small.size() <= 20, "kept " + small.size());
            long[] steps = small.steps();
            for (int i = 1; i < steps.length; i++) {
                assertTrue(steps[i] > steps[i - 1]);
            }
            assertTrue(small.at(150).step() <= 150 && small.at(150).step() > 100, "scrub resolution " + small.at(150).step());
        }
    }

    @Test
    void forkFromAPastStepReplaysTheOriginalThenDivergesWithNewParameters() {
        Timeline timeline = new Timeline(Timeline.DEFAULT_BUDGET_BYTES);
        List<Snapshot> original = new java.util.ArrayList<>();
        try (Simulation sim = SimulationFactory.create(config, 2)) {
            timeline.record(sim.latest().get());
            for (int s = 0; s < 60; s++) {
                sim.step();
                timeline.record(sim.latest().get());
                original.add(sim.latest().get());
            }
            // scrub back to step 20 and fork with unchanged parameters: the same future
            sim.restore(timeline.at(20).state());
            timeline.record(sim.latest().get());
            assertEquals(20, timeline.newest().step(), "forking drops the abandoned future");
            for (int s = 20; s < 40; s++) {
                sim.step();
                assertEquals(original.get(s).positions(), sim.latest().get().positions(), "step " + (s + 1));
            }
            // fork again at 20 with another flow: a different future from the same past
            sim.restore(timeline.at(20).state());
            sim.parameters().set(sim.parameters().get().withFlow(FlowKind.MMD));
            sim.step();
            assertEquals(21, sim.stepCount());
            assertNotEquals(original.get(20).positions(), sim.latest().get().positions());
        }
    }

    @Test
    void lockstepPanesShareTheirStartAndStepTogether() {
        FlowParameters sd = config.params();
        List<FlowParameters> panes = List.of(sd, sd.withFlow(FlowKind.MMD), sd.withFlow(FlowKind.SVGD));
        try (LockstepRuns runs = LockstepRuns.of(config, panes, 2);
             Simulation alone = SimulationFactory.create(config.withParams(sd.withFlow(FlowKind.SVGD)), 1)) {
            List<Snapshot> start = runs.latest();
            assertEquals(start.get(0).positions(), start.get(1).positions());
            assertEquals(start.get(0).positions(), start.get(2).positions());
            for (int s = 0; s < 15; s++) {
                runs.step();
                alone.step();
            }
            List<Snapshot> now = runs.latest();
            for (Snapshot snap : now) {
                assertEquals(15, snap.step());
            }
            assertNotEquals(now.get(0).positions(), now.get(1).positions());
            assertEquals(alone.latest().get().positions(), now.get(2).positions(), "a pane equals the same run alone");
        }
    }
}
