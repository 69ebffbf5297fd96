package org.flowexplorer.app.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.flowexplorer.core.flow.FlowKind;
import org.flowexplorer.core.sim.Snapshot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window as the application opens it: first-start preset, paused, hint, canvas share. */
@ExtendWith(ApplicationExtension.class)
class FirstStartTest {
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

    private Snapshot latest() {
        return c.worker().latest();
    }

    @Test
    void opensOnThe25GaussiansSdPresetPausedAtStep0WithAHintAndALargeCanvas(FxRobot robot) {
        assertTrue(window.stage().isShowing());
        assertEquals("25gaussians", latest().targets().name());
        assertEquals(1000, latest().positions().size());
        assertEquals(0, latest().step());
        assertFalse(c.worker().playing());
        assertEquals(FlowKind.SD, latest().parameters().flow());
        assertEquals("Space to run, → to step, ? for keys", robot.lookup("#hintLabel").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#hintLabel").query().isVisible());
        long end = System.nanoTime() + 10_000_000_000L;
        while (c.canvas().drawn() == null && System.nanoTime() < end) {
            WaitForAsyncUtils.sleep(20, TimeUnit.MILLISECONDS);
        }
        assertTrue(c.canvas().drawn() != null, "first frame drawn");
        Bounds canvas = c.canvasHolder().localToScene(c.canvasHolder().getBoundsInLocal());
        double share = canvas.getWidth() * canvas.getHeight() / (1280.0 * 800.0);
        assertTrue(share >= 0.60, "canvas share of the 1280x800 window " + share);
        assertEquals(c.canvas().frame().width(), (int) Math.floor(canvas.getWidth()));
    }
}
