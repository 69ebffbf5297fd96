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
import org.flowexplorer.app.window.ExplorerController;
import org.flowexplorer.app.window.ExplorerWindow;
import org.flowexplorer.app.window.WindowFixture;
import org.flowexplorer.core.io.PresetLibrary;
import org.flowexplorer.core.math.PointSet;
import org.flowexplorer.core.render.View;
import org.flowexplorer.core.sim.RunConfig;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Draw mode with the mouse: strokes spray points, Done saves them under the user's drawings folder
 * and makes them the targets; every target lies inside the painted region, and a flow then runs
 * toward them.
 */
class DrawTargetsTest {
    private Path home;
    private ExplorerWindow window;
    private ExplorerController c;

    @RegisterExtension
    final WindowFixture w = WindowFixture.small(200);
    private final FxRobot robot = new FxRobot();

    @BeforeEach
    void controller() {
        window = w.window();
        c = w.c();
        home = w.home();
    }

    @Test
    void strokesThenDoneGiveTargetsInsideThePaintedRegion() throws Exception {
        WindowFixture.until("first frame", () -> c.canvas().frame() != null && c.canvas().view() != null);
        robot.clickOn("#drawButton");
        DrawMode draw = c.draw();
        assertTrue(draw.active());
        Node ink = robot.lookup("#drawInk").query();
        robot.interact(() -> robot.lookup("#drawBrush").queryAs(Slider.class).setValue(10));
        Bounds b = ink.localToScreen(ink.getBoundsInLocal());
        double cx = b.getMinX() + b.getWidth() / 2;
        double cy = b.getMinY() + b.getHeight() / 2;
        int strokes = 3;
        for (int i = 0; i < strokes; i++) {
            robot.moveTo(new Point2D(cx - 60, cy - 30 + 30 * i)).press(MouseButton.PRIMARY);
            robot.moveBy(60, 0).moveBy(60, 0);
            robot.release(MouseButton.PRIMARY);
        }
        int drawn = draw.drawing().size();
        assertTrue(drawn >= strokes * 2 * 6, "points sprayed: " + drawn);
        // painted region in pixels of the canvas, grown by the brush radius, mapped to data coordinates
        View v = c.canvas().view();
        int w = c.canvas().frame().width();
        int h = c.canvas().frame().height();
        Point2D topLeft = ink.screenToLocal(cx - 60 - 11, cy - 30 - 11);
        Point2D bottomRight = ink.screenToLocal(cx + 60 + 11, cy + 30 + 11);
        double[] lo = v.toData(topLeft.getX(), bottomRight.getY(), w, h);
        double[] hi = v.toData(bottomRight.getX(), topLeft.getY(), w, h);

        TextField name = robot.lookup("#drawName").queryAs(TextField.class);
        robot.interact(() -> name.setText("zigzag"));
        robot.clickOn("#drawDone");
        Path file = home.resolve("drawings/zigzag.csv");
        assertTrue(Files.isRegularFile(file), "saved in the user's drawings folder");
        assertFalse(draw.active());
        WindowFixture.until("drawn targets", () -> c.worker().latest().targets().name().equals("csv:" + file.toAbsolutePath()));
        PointSet t = c.worker().latest().targets().points();
        assertEquals(drawn, t.size());
        for (int i = 0; i < t.size(); i++) {
            assertTrue(t.get(i, 0) >= lo[0] && t.get(i, 0) <= hi[0] && t.get(i, 1) >= lo[1] && t.get(i, 1) <= hi[1],
                    "target " + i + " (" + t.get(i, 0) + ", " + t.get(i, 1) + ") outside the painted region");
        }
        robot.type(KeyCode.DIGIT2);
        robot.interact(() -> c.worker().stepOnce());
        WindowFixture.until("an MMD step toward the drawing", () -> c.worker().latest().step() == 1);
        assertTrue(c.worker().latest().positions().allFinite());
    }

    @Test
    void rightDragErasesAndDoneNeedsPoints() throws Exception {
        WindowFixture.until("first frame", () -> c.canvas().frame() != null && c.canvas().view() != null);
        DrawMode draw = c.draw();
        robot.interact(draw::enter);
        Node ink = robot.lookup("#drawInk").query();
        Bounds b = ink.localToScreen(ink.getBoundsInLocal());
        Point2D mid = new Point2D(b.getMinX() + b.getWidth() / 2, b.getMinY() + b.getHeight() / 2);
        robot.moveTo(mid).press(MouseButton.PRIMARY).moveBy(5, 0).moveBy(-5, 0).release(MouseButton.PRIMARY);
        assertTrue(draw.drawing().size() > 0);
        robot.moveTo(mid).press(MouseButton.SECONDARY).moveBy(5, 0).moveBy(-5, 0).release(MouseButton.SECONDARY);
        assertEquals(0, draw.drawing().size(), "the eraser (brush 16 px) removed the dab");
        assertEquals(null, WindowFixture.fx(() -> draw.done("empty")));
        assertTrue(c.notifier().lastWasError());
        assertEquals(null, WindowFixture.fx(() -> draw.done("no good/name")));
        assertTrue(c.notifier().lastMessage().contains("name"), c.notifier().lastMessage());
        robot.clickOn("#drawCancel");
        assertFalse(draw.active());
        robot.interact(draw::enter);
        assertTrue(draw.active());
        robot.type(KeyCode.ESCAPE);
        assertFalse(draw.active(), "Esc leaves draw mode");
        assertEquals("25gaussians", c.worker().latest().targets().name());
    }
}
