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
import javafx.stage.Stage;
import org.flowexplorer.app.file.FileActions;
import org.flowexplorer.app.window.ExplorerController;
import org.flowexplorer.app.window.ExplorerWindow;
import org.flowexplorer.app.window.FxWait;
import org.flowexplorer.core.sim.ParameterChange;
import org.flowexplorer.core.sim.Snapshot;
import org.flowexplorer.core.sim.Timeline;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The main window's timeline on headless Monocle: every step recorded, scrub back, fork, changes kept. */
@ExtendWith(ApplicationExtension.class)
class TimelineBarTest {
    private ExplorerWindow window;
    private ExplorerController c;

    @Start
    void start(Stage stage) {
        window = ExplorerWindow.open(stage);
        c = window.controller();
    }

    @AfterEach
    void stop() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> window.stage().close()).get(5, TimeUnit.SECONDS);
    }

    private Timeline timeline() {
        return c.timeline().model().timeline();
    }

    /** Plays until at least {@code steps} steps are recorded, pauses, and returns the recording by step. */
    private Map<Long, Snapshot> runAndRecord(long steps) {
        c.worker().setMaxStepsPerSecond(0);
        c.worker().play();
        FxWait.until(steps + " steps", () -> c.worker().latest().step() >= steps);
        c.worker().pause();
        WaitForAsyncUtils.sleep(100, TimeUnit.MILLISECONDS);
        long last = c.worker().latest().step();
        FxWait.until("recorded up to " + last, () -> FxWait.fx(() -> timeline().newest().step()) == last);
        return FxWait.fx(() -> {
            Map<Long, Snapshot> m = new HashMap<>();
            for (long s : timeline().steps()) {
                m.put(s, timeline().at(s));
            }
            return m;
        });
    }

    @Test
    void scrubbingBackAndForkingReplaysTheOriginalFuture(FxRobot robot) {
        Map<Long, Snapshot> original = runAndRecord(30);
        long last = c.worker().latest().step();
        assertEquals(last + 1, original.size(), "every step 0.." + last + " recorded");
        assertEquals(Timeline.DEFAULT_BUDGET_BYTES, FxWait.fx(() -> timeline().budgetBytes()));
        FxWait.until("memory label", () -> FxWait.fx(() -> robot.lookup("#timelineMemory").queryAs(Label.class).getText())
                .endsWith("/ 256 MB"));
        long k = 12;
        robot.interact(() -> c.timeline().slider().setValue(k));
        assertEquals(TimelineMode.SCRUB, FxWait.fx(() -> c.timeline().model().mode()));
        assertFalse(c.worker().playing(), "scrubbing pauses");
        FxWait.until("the past on the canvas", () -> FxWait.fx(() -> c.canvas().drawn().step()) == k);
        assertEquals(original.get(k).positions(), FxWait.fx(() -> c.canvas().drawn().positions()));

        robot.clickOn("#timelineFork");
        FxWait.until("running on from the fork", () -> FxWait.fx(() -> timeline().newest().step()) >= k + 10
                && c.worker().latest().step() >= k + 10);
        c.worker().pause();
        for (long s = k + 1; s <= k + 10; s++) {
            long step = s;
            Snapshot again = FxWait.fx(() -> timeline().at(step));
            assertEquals(step, again.step());
            assertNotSame(original.get(step), again, "step " + step + " was recomputed after the fork");
            assertEquals(original.get(step).positions(), again.positions(), "step " + step + " equals the original");
        }
        long now = c.worker().latest().step();
        assertTrue(FileActions.of(c).recorder().configAt(now, c.worker().simulation().parameters().get())
                .changes().isEmpty(), "no parameter change in the window's steering record");
    }

    @Test
    void forkWithChangedDynamicsDivergesAndRecordsTheChangeInTheRunConfig(FxRobot robot) {
        Map<Long, Snapshot> original = runAndRecord(20);
        long k = 8;
        robot.interact(() -> c.timeline().slider().setValue(k));
        robot.interact(() -> c.dynamicsPanel().etaSlider().setValue(0.8));
        robot.clickOn("#timelineFork");
        FxWait.until("steps after the fork", () -> FxWait.fx(() -> timeline().newest().step()) >= k + 3);
        c.worker().pause();
        Snapshot next = FxWait.fx(() -> timeline().at(k + 1));
        assertEquals(0.8, next.parameters().eta(), 1e-12);
        assertNotEquals(original.get(k + 1).positions(), next.positions());
        assertEquals(original.get(k).positions(), FxWait.fx(() -> timeline().at(k)).positions(), "the past is kept");
        long now = c.worker().latest().step();
        var saved = FileActions.of(c).recorder().configAt(now, c.worker().simulation().parameters().get());
        var changes = saved.changes();
        assertEquals(1, changes.size(), changes.toString());
        ParameterChange change = changes.get(0);
        assertEquals(k, change.step());
        assertEquals(0.8, change.params().eta(), 1e-12);
        assertEquals(0.5, saved.params().eta(), 1e-12);
    }
}
