package org.flowexplorer.app.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.control.Label;
import org.flowexplorer.core.flow.FlowKind;
import org.flowexplorer.core.sim.Snapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The window as the application opens it: first-start preset, paused, hint, canvas share. */
class FirstStartTest {

    @RegisterExtension
    final WindowFixture w = WindowFixture.firstStart();

    private Snapshot latest() {
        return w.c().worker().latest();
    }

    @Test
    void opensOnThe25GaussiansSdPresetPausedAtStep0WithAHintAndALargeCanvas() {
        assertTrue(w.window().stage().isShowing());
        assertEquals("25gaussians", latest().targets().name());
        assertEquals(1000, latest().positions().size());
        assertEquals(0, latest().step());
        assertFalse(w.c().worker().playing());
        assertEquals(FlowKind.SD, latest().parameters().flow());
        assertEquals("Space to run, → to step, ? for keys", w.robot().lookup("#hintLabel").queryAs(Label.class).getText());
        assertTrue(w.robot().lookup("#hintLabel").query().isVisible());
        long end = System.nanoTime() + 10_000_000_000L;
        while (w.c().canvas().drawn() == null && System.nanoTime() < end) {
            WaitForAsyncUtils.sleep(20, TimeUnit.MILLISECONDS);
        }
        assertTrue(w.c().canvas().drawn() != null, "first frame drawn");
        Bounds canvas = w.c().canvasHolder().localToScene(w.c().canvasHolder().getBoundsInLocal());
        double share = canvas.getWidth() * canvas.getHeight() / (1280.0 * 800.0);
        assertTrue(share >= 0.60, "canvas share of the 1280x800 window " + share);
        assertEquals(w.c().canvas().frame().width(), (int) Math.floor(canvas.getWidth()));
    }
}
