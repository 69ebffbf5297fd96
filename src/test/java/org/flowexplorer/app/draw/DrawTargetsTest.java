package org.flowexplorer.app.draw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.flowexplorer.app.window.WindowFixture;
import org.flowexplorer.core.io.PresetLibrary;
import org.flowexplorer.core.math.PointSet;
import org.flowexplorer.core.render.Camera;
import org.flowexplorer.core.sim.RunConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Draw mode with the mouse: strokes spray points, Done saves them under the user's drawings folder
 * and makes them the targets; every target lies inside the painted region, and a flow then runs
 * toward them.
 */
class DrawTargetsTest {

    @RegisterExtension
    final WindowFixture w = WindowFixture.small(200);

    @Test
    void strokesThenDoneGiveTargetsInsideThePaintedRegion() throws Exception {
        WindowFixture.until("first frame", () -> w.c().canvas().frame() != null && w.c().canvas().view() != null);
        w.robot().clickOn("#drawButton");
        DrawMode draw = w.c().draw();
        assertTrue(draw.active());
        Node ink = w.robot().lookup("#drawInk").query();
        w.robot().interact(() -> w.robot().lookup("#drawBrush").queryAs(Slider.class).setValue(10));
        Bounds b = ink.localToScreen(ink.getBoundsInLocal());
        double cx = b.getMinX() + b.getWidth() / 2;
        double cy = b.getMinY() + b.getHeight() / 2;
        int strokes = 3;
        for (int i = 0; i < strokes; i++) {
            w.robot().moveTo(new Point2D(cx - 60, cy - 30 + 30 * i)).press(MouseButton.PRIMARY);
            w.robot().moveBy(60, 0).moveBy(60, 0);
            w.robot().release(MouseButton.PRIMARY);
        }
        int drawn = draw.drawing().size();
        assertTrue(drawn >= strokes * 2 * 6, "points sprayed: " + drawn);
        // painted region in pixels of the canvas, grown by the brush radius, mapped to data coordinates
        Camera v = w.c().canvas().view();
        int width = w.c().canvas().frame().width();
        int h = w.c().canvas().frame().height();
        Point2D topLeft = ink.screenToLocal(cx - 60 - 11, cy - 30 - 11);
        Point2D bottomRight = ink.screenToLocal(cx + 60 + 11, cy + 30 + 11);
        double[] lo = v.toData(topLeft.getX(), bottomRight.getY(), width, h);
        double[] hi = v.toData(bottomRight.getX(), topLeft.getY(), width, h);

        TextField name = w.robot().lookup("#drawName").queryAs(TextField.class);
        w.robot().interact(() -> name.setText("zigzag"));
        w.robot().clickOn("#drawDone");
        Path file = w.home().resolve("drawings/zigzag.csv");
        assertTrue(Files.isRegularFile(file), "saved in the user's drawings folder");
        assertFalse(draw.active());
        WindowFixture.until("drawn targets", () -> w.c().worker().latest().targets().name().equals("csv:" + file.toAbsolutePath()));
        PointSet t = w.c().worker().latest().targets().points();
        assertEquals(drawn, t.size());
        for (int i = 0; i < t.size(); i++) {
            assertTrue(t.get(i, 0) >= lo[0] && t.get(i, 0) <= hi[0] && t.get(i, 1) >= lo[1] && t.get(i, 1) <= hi[1],
                    "target " + i + " (" + t.get(i, 0) + ", " + t.get(i, 1) + ") outside the painted region");
        }
        w.robot().type(KeyCode.DIGIT2);
        w.robot().interact(() -> w.c().worker().stepOnce());
        WindowFixture.until("an MMD step toward the drawing", () -> w.c().worker().latest().step() == 1);
        assertTrue(w.c().worker().latest().positions().allFinite());
    }

    @Test
    void rightDragErasesAndDoneNeedsPoints() throws Exception {
        WindowFixture.until("first frame", () -> w.c().canvas().frame() != null && w.c().canvas().view() != null);
        DrawMode draw = w.c().draw();
        w.robot().interact(draw::enter);
        Node ink = w.robot().lookup("#drawInk").query();
        Bounds b = ink.localToScreen(ink.getBoundsInLocal());
        Point2D mid = new Point2D(b.getMinX() + b.getWidth() / 2, b.getMinY() + b.getHeight() / 2);
        w.robot().moveTo(mid).press(MouseButton.PRIMARY).moveBy(5, 0).moveBy(-5, 0).release(MouseButton.PRIMARY);
        assertTrue(draw.drawing().size() > 0);
        w.robot().moveTo(mid).press(MouseButton.SECONDARY).moveBy(5, 0).moveBy(-5, 0).release(MouseButton.SECONDARY);
        assertEquals(0, draw.drawing().size(), "the eraser (brush 16 px) removed the dab");
        assertEquals(null, WindowFixture.fx(() -> draw.done("empty")));
        assertTrue(w.c().notifier().lastWasError());
        assertEquals(null, WindowFixture.fx(() -> draw.done("no good/name")));
        assertTrue(w.c().notifier().lastMessage().contains("name"), w.c().notifier().lastMessage());
        w.robot().clickOn("#drawCancel");
        assertFalse(draw.active());
        w.robot().interact(draw::enter);
        assertTrue(draw.active());
        w.robot().type(KeyCode.ESCAPE);
        assertFalse(draw.active(), "Esc leaves draw mode");
        assertEquals("25gaussians", w.c().worker().latest().targets().name());
    }
}
