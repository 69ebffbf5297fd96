package org.flowexplorer.app.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.flowexplorer.app.window.WindowFixture;
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
            WindowFixture.until("20 steps", () -> w.latest().step() >= 20);
            w.pause().get(10, TimeUnit.SECONDS); // no step in progress, none to come
            long at = w.latest().step();
            CompletableFuture<Long> later = new CompletableFuture<>();
            w.submit(() -> later.complete(w.latest().step())); // a full turn of the loop after the pause
            assertEquals(at, later.get(10, TimeUnit.SECONDS), "no step after pause() completed");
            assertFalse(w.playing());
            assertFalse(first.positions().equals(w.latest().positions()));
            w.stepOnce();
            WindowFixture.until("exactly one more step", () -> w.latest().step() == at + 1);
        }
    }

    @Test
    void parametersApplyOnTheNextStepWithoutReset() throws Exception {
        try (SimulationWorker w = new SimulationWorker(config, 1)) {
            Simulation sim = w.simulation();
            w.stepOnce();
            WindowFixture.until("step 1", () -> w.latest().step() == 1);
            w.setParameters(w.latest().parameters().withFlow(FlowKind.DIFFFLOW).withRho(0.5));
            Snapshot before = w.latest();
            w.stepOnce();
            WindowFixture.until("step 2", () -> w.latest().step() == 2);
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
            WindowFixture.until("rebuilt", () -> w.latest().positions().size() == 100);
            assertNotSame(sim, w.simulation());
            assertEquals(0.3, w.simulation().parameters().get().eta());
            w.stepOnce();
            WindowFixture.until("step 1", () -> w.latest().step() == 1);
            w.reset();
            WindowFixture.until("step 0", () -> w.latest().step() == 0);
        }
    }

    @Test
    void aRejectedStepPausesWithAReason() throws Exception {
        try (SimulationWorker w = new SimulationWorker(config, 1)) {
            w.setParameters(config.params().withEta(1e300).withSchedule(config.params().schedule().withSigmaMax(1e200)));
            w.play();
            WindowFixture.until("paused", () -> !w.playing());
            Snapshot s = w.latest();
            assertTrue(s.paused());
            assertNotNull(s.pauseReason());
            assertEquals(0, s.step());
        }
    }

    @Test
    void theRateCapSpacesStepsOnePeriodApartAndNeverBursts() {
        long ms = 1_000_000L;
        assertEquals(50 * ms, PacedLoop.nextDue(0, 0, 20), "20 steps/s: the next step 50 ms after the last was due");
        assertEquals(150 * ms, PacedLoop.nextDue(100 * ms, 110 * ms, 20), "a step started late keeps the grid");
        assertEquals(950 * ms, PacedLoop.nextDue(100 * ms, 1000 * ms, 20),
                "after a slow step the next is due at most 50 ms in the past: no burst of catch-up steps");
        assertEquals(1000 * ms, PacedLoop.nextDue(100 * ms, 1000 * ms, 0), "no cap: due at once");
    }

    @Test
    void pauseCompletesOnlyAfterTheStepInProgress() throws Exception {
        try (SimulationWorker w = new SimulationWorker(config, 1)) {
            CompletableFuture<Void> inside = new CompletableFuture<>();
            CompletableFuture<Void> release = new CompletableFuture<>();
            w.submit(() -> {
                inside.complete(null);
                release.join(); // a long command (or step) on the worker thread
            });
            inside.get(10, TimeUnit.SECONDS);
            CompletableFuture<Void> paused = w.pause();
            assertFalse(paused.isDone(), "pause() waits for what the worker is doing");
            release.complete(null);
            paused.get(10, TimeUnit.SECONDS);
        }
    }
}
