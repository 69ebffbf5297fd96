package org.flowexplorer.app.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.flowexplorer.app.window.FxWait;
import org.flowexplorer.core.flow.FlowKind;
import org.flowexplorer.core.io.PresetLibrary;
import org.flowexplorer.core.sim.RunConfig;
import org.flowexplorer.core.sim.Simulation;
import org.flowexplorer.core.sim.Snapshot;
import org.junit.jupiter.api.Test;

/** The worker thread without a window. */
class SimulationWorkerTest {
    private final RunConfig config = new PresetLibrary().require("25gaussians-sd").config().withSizes(200, 200);

    @Test
    void playsStepsAndPausesOnCommand() throws Exception {
        try (SimulationWorker w = new SimulationWorker(config, 1)) {
            Snapshot first = w.latest();
            w.play();
            FxWait.until("20 steps", () -> w.latest().step() >= 20);
            w.pause();
            Thread.sleep(50);
            long at = w.latest().step();
            Thread.sleep(100);
            assertEquals(at, w.latest().step());
            assertFalse(first.positions().equals(w.latest().positions()));
        }
    }

    @Test
    void parametersApplyOnTheNextStepWithoutReset() throws Exception {
        try (SimulationWorker w = new SimulationWorker(config, 1)) {
            Simulation sim = w.simulation();
            w.stepOnce();
            FxWait.until("step 1", () -> w.latest().step() == 1);
            w.setParameters(w.latest().parameters().withFlow(FlowKind.DIFFFLOW).withRho(0.5));
            Snapshot before = w.latest();
            w.stepOnce();
            FxWait.until("step 2", () -> w.latest().step() == 2);
            assertEquals(0.5, w.latest().parameters().rho());
            assertSame(sim, w.simulation());
            assertEquals(1, before.step());
        }
    }

    @Test
    void rebuildUsesTheLatestParametersAndResetStartsOver() throws Exception {
        try (SimulationWorker w = new SimulationWorker(config, 1)) {
            Simulation sim = w.simulation();
            w.rebuild(config.withSizes(100, 100));
            w.setParameters(config.params().withEta(0.3));
            FxWait.until("rebuilt", () -> w.latest().positions().size() == 100);
            assertNotSame(sim, w.simulation());
            assertEquals(0.3, w.simulation().parameters().get().eta());
            w.stepOnce();
            FxWait.until("step 1", () -> w.latest().step() == 1);
            w.reset();
            FxWait.until("step 0", () -> w.latest().step() == 0);
        }
    }

    @Test
    void aRejectedStepPausesWithAReason() throws Exception {
        try (SimulationWorker w = new SimulationWorker(config, 1)) {
            w.setParameters(config.params().withEta(1e300).withSchedule(config.params().schedule().withSigmaMax(1e200)));
            w.play();
            FxWait.until("paused", () -> !w.playing());
            Snapshot s = w.latest();
            assertTrue(s.paused());
            assertNotNull(s.pauseReason());
            assertEquals(0, s.step());
        }
    }

    @Test
    void stepRateCap() throws Exception {
        try (SimulationWorker w = new SimulationWorker(config.withSizes(20, 20), 1)) {
            w.setMaxStepsPerSecond(20);
            w.play();
            Thread.sleep(500);
            w.pause();
            long steps = w.latest().step();
            assertTrue(steps >= 3 && steps <= 16, "steps in 0.5 s at 20/s: " + steps);
        }
    }
}
