package org.flowexplorer.app.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.flowexplorer.app.window.WindowFixture;
import org.flowexplorer.core.io.PresetLibrary;
import org.flowexplorer.core.sim.FlowParameters;
import org.flowexplorer.core.sim.Snapshot;
import org.junit.jupiter.api.Test;

/** The compare worker thread without a window: lock-step, per-pane parameters, rejected steps. */
class CompareWorkerTest {
    private final ComparePreset paper = ComparePresets.builtIn(new PresetLibrary()).get(0);
    private final ComparePreset small = new ComparePreset(paper.name(), paper.description(),
            paper.config().withSizes(120, 150), paper.panes());

    @Test
    void everyPublishedTickHasAllPanesAtOneStep() throws Exception {
        try (CompareWorker w = new CompareWorker(small, 1)) {
            w.setMaxStepsPerSecond(0);
            w.play();
            for (int i = 0; i < 200 && w.latest().get(0).step() < 25; i++) {
                List<Snapshot> tick = w.latest();
                long s = tick.get(0).step();
                assertTrue(tick.stream().allMatch(x -> x.step() == s), "one tick, one step");
                Thread.sleep(2);
            }
            w.pause();
            WindowFixture.until("steps", () -> w.latest().get(0).step() >= 5);
        }
    }

    @Test
    void aRejectedStepInOnePanePausesAllAndKeepsThemInLockStep() throws Exception {
        try (CompareWorker w = new CompareWorker(small, 1)) {
            w.stepOnce();
            w.stepOnce();
            WindowFixture.until("step 2", () -> w.latest().get(0).step() == 2);
            List<Snapshot> good = w.latest();
            FlowParameters p = w.parameters(1);
            w.setParameters(1, p.withEta(1e300).withSchedule(p.schedule().withSigmaMax(1e200)));
            w.play();
            WindowFixture.until("paused", () -> !w.playing() && w.latest().get(1).paused());
            List<Snapshot> after = w.latest();
            for (int i = 0; i < 3; i++) {
                assertEquals(2, after.get(i).step(), "pane " + i + " stayed at step 2");
                assertEquals(good.get(i).positions(), after.get(i).positions());
            }
            assertFalse(after.get(0).paused());
            w.setParameters(1, p);
            w.stepOnce();
            WindowFixture.until("step 3", () -> w.latest().stream().allMatch(s -> s.step() == 3));
            assertNotEquals(after.get(0).positions(), w.latest().get(0).positions());
        }
    }
}
