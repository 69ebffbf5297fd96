package org.flowexplorer.app.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import org.flowexplorer.app.window.WindowFixture;
import org.flowexplorer.core.sim.ParameterChange;
import org.flowexplorer.core.sim.Snapshot;
import org.flowexplorer.core.sim.Timeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The main window's timeline on headless Monocle: every step recorded, scrub back, fork, changes kept. */
class TimelineBarTest {

    @RegisterExtension
    final WindowFixture w = WindowFixture.firstStart();

    /** The configuration File › Save would write now (the window's steering record). */
    private org.flowexplorer.core.sim.RunConfig saved() {
        try {
            return WindowFixture.fx(() -> w.c().files().configs().capture()).get(20, TimeUnit.SECONDS).config();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private Timeline timeline() {
        return w.c().timeline().model().timeline();
    }

    /** Plays until at least {@code steps} steps are recorded, pauses, and returns the recording by step. */
    private Map<Long, Snapshot> runAndRecord(long steps) {
        w.c().worker().setMaxStepsPerSecond(0);
        w.c().worker().play();
        WindowFixture.until(steps + " steps", () -> w.c().worker().latest().step() >= steps);
        WindowFixture.await(w.c().worker().pause());
        long last = w.c().worker().latest().step();
        WindowFixture.until("recorded up to " + last, () -> WindowFixture.fx(() -> timeline().newest().step()) == last);
        return WindowFixture.fx(() -> {
            Map<Long, Snapshot> m = new HashMap<>();
            for (long s : timeline().steps()) {
                m.put(s, timeline().at(s));
            }
            return m;
        });
    }

    @Test
    void scrubbingBackAndForkingReplaysTheOriginalFuture() {
        Map<Long, Snapshot> original = runAndRecord(30);
        long last = w.c().worker().latest().step();
        assertEquals(last + 1, original.size(), "every step 0.." + last + " recorded");
        assertEquals(Timeline.DEFAULT_BUDGET_BYTES, WindowFixture.fx(() -> timeline().budgetBytes()));
        WindowFixture.until("memory label", () -> WindowFixture.fx(() -> w.robot().lookup("#timelineMemory").queryAs(Label.class).getText())
                .endsWith("/ 256 MB"));
        long k = 12;
        w.robot().interact(() -> w.c().timeline().slider().setValue(k));
        assertEquals(TimelineMode.SCRUB, WindowFixture.fx(() -> w.c().timeline().model().mode()));
        assertFalse(w.c().worker().playing(), "scrubbing pauses");
        WindowFixture.until("the past on the canvas", () -> WindowFixture.fx(() -> w.c().canvas().drawn().step()) == k);
        assertEquals(original.get(k).positions(), WindowFixture.fx(() -> w.c().canvas().drawn().positions()));

        w.robot().clickOn("#timelineFork");
        WindowFixture.until("running on from the fork", () -> WindowFixture.fx(() -> timeline().newest().step()) >= k + 10
                && w.c().worker().latest().step() >= k + 10);
        w.c().worker().pause();
        for (long s = k + 1; s <= k + 10; s++) {
            long step = s;
            Snapshot again = WindowFixture.fx(() -> timeline().at(step));
            assertEquals(step, again.step());
            assertNotSame(original.get(step), again, "step " + step + " was recomputed after the fork");
            assertEquals(original.get(step).positions(), again.positions(), "step " + step + " equals the original");
        }
        assertTrue(saved().changes().isEmpty(), "no parameter change in the window's steering record");
    }

    @Test
    void forkWithChangedDynamicsDivergesAndRecordsTheChangeInTheRunConfig() {
        Map<Long, Snapshot> original = runAndRecord(20);
        long k = 8;
        w.robot().interact(() -> w.c().timeline().slider().setValue(k));
        w.robot().interact(() -> w.c().dynamicsPanel().etaSlider().setValue(0.8));
        w.robot().clickOn("#timelineFork");
        WindowFixture.until("steps after the fork", () -> WindowFixture.fx(() -> timeline().newest().step()) >= k + 3);
        w.c().worker().pause();
        Snapshot next = WindowFixture.fx(() -> timeline().at(k + 1));
        assertEquals(0.8, next.parameters().eta(), 1e-12);
        assertNotEquals(original.get(k + 1).positions(), next.positions());
        assertEquals(original.get(k).positions(), WindowFixture.fx(() -> timeline().at(k)).positions(), "the past is kept");
        var saved = saved();
        var changes = saved.changes();
        assertEquals(1, changes.size(), changes.toString());
        ParameterChange change = changes.get(0);
        assertEquals(k, change.step());
        assertEquals(0.8, change.params().eta(), 1e-12);
        assertEquals(0.5, saved.params().eta(), 1e-12);
    }
}
