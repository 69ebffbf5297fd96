package org.flowexplorer.app.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.flowexplorer.app.window.WindowFixture;
import org.flowexplorer.core.flow.FlowKind;
import org.flowexplorer.core.io.ConfigJson;
import org.flowexplorer.core.io.PresetLibrary;
import org.flowexplorer.core.sim.FlowParameters;
import org.flowexplorer.core.sim.HeadlessRun;
import org.flowexplorer.core.sim.RunConfig;
import org.flowexplorer.core.sim.Simulation;
import org.flowexplorer.core.sim.Snapshot;
import org.junit.jupiter.api.Test;

/**
 * The steering recorder without a window: slider moves made from another thread while the worker
 * runs at full speed are recorded at the step where the engine used them, so the recorded
 * configuration replays bit for bit (also after a JSON round trip and a reset).
 */
class ConfigSteeringRecorderTest {
    private final RunConfig config = new PresetLibrary().require("25gaussians-sd").config().withSizes(150, 150);

    private static SavedRun capture(SimulationWorker w, SteeringRecorder r) throws Exception {
        CompletableFuture<SavedRun> f = new CompletableFuture<>();
        w.submit(() -> {
            Simulation sim = w.simulation();
            Snapshot s = sim.latest().get();
            f.complete(new SavedRun(r.configAt(s.step(), sim.parameters().get()), s));
        });
        return f.get(10, TimeUnit.SECONDS);
    }

    private static Snapshot replay(RunConfig c) {
        RunConfig viaJson = new ConfigJson().parse(new ConfigJson().write(c), "test");
        assertEquals(c, viaJson, "JSON round trip");
        return new HeadlessRun(1, Integer.MAX_VALUE).run(viaJson, s -> { }).last();
    }

    @Test
    void changesMadeWhileRunningReplayBitForBit() throws Exception {
        try (SimulationWorker w = new SimulationWorker(config, 1)) {
            SteeringRecorder r = new SteeringRecorder(w::config);
            w.setStepObserver(r);
            w.setMaxStepsPerSecond(0);
            w.play();
            SplittableRandom rnd = new SplittableRandom(7);
            FlowParameters p = config.params();
            FlowKind[] flows = {FlowKind.SD, FlowKind.MMD, FlowKind.DIFFFLOW};
            for (int i = 0; i < 12; i++) {
                Thread.sleep(1 + rnd.nextInt(6));
                p = i % 3 == 2 ? p.withFlow(flows[rnd.nextInt(flows.length)]) : p.withEta(0.2 + 0.6 * rnd.nextDouble());
                w.setParameters(p);
            }
            SavedRun mid = capture(w, r); // captured while still running
            w.pause();
            assertTrue(mid.config().changes().size() >= 3, "recorded changes: " + mid.config().changes().size());
            assertEquals(mid.snapshot().step(), mid.config().steps());
            assertEquals(mid.snapshot().positions(), replay(mid.config()).positions());
        }
    }

    @Test
    void aResetStartsANewRecordAndTheCurrentParametersAreKept() throws Exception {
        try (SimulationWorker w = new SimulationWorker(config, 1)) {
            SteeringRecorder r = new SteeringRecorder(w::config);
            w.setStepObserver(r);
            w.setMaxStepsPerSecond(0);
            w.play();
            WindowFixture.until("10 steps", () -> w.latest().step() >= 10);
            w.setParameters(config.params().withEta(0.3));
            WindowFixture.until("20 steps", () -> w.latest().step() >= 20);
            w.reset();
            WindowFixture.until("reset", () -> w.latest().step() == 0);
            SavedRun atZero = capture(w, r);
            assertEquals(0, atZero.config().steps());
            assertTrue(atZero.config().changes().isEmpty());
            assertEquals(0.3, atZero.config().params().eta());
            for (int i = 0; i < 5; i++) {
                w.stepOnce();
            }
            WindowFixture.until("5 steps", () -> w.latest().step() == 5);
            w.setParameters(config.params().withFlow(FlowKind.MMD));
            for (int i = 0; i < 5; i++) {
                w.stepOnce();
            }
            WindowFixture.until("10 steps", () -> w.latest().step() == 10);
            SavedRun later = capture(w, r);
            assertEquals(1, later.config().changes().size());
            assertEquals(5, later.config().changes().get(0).step());
            assertEquals(later.snapshot().positions(), replay(later.config()).positions());
        }
    }
}
