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
import javafx.stage.Stage;
import org.flowexplorer.app.file.FileActions;
import org.flowexplorer.app.window.ExplorerController;
import org.flowexplorer.app.window.ExplorerWindow;
import org.flowexplorer.app.window.FxWait;
import org.flowexplorer.core.io.PresetLibrary;
import org.flowexplorer.core.math.PointSet;
import org.flowexplorer.core.render.Camera;
import org.flowexplorer.core.sim.RunConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Draw mode with the mouse: strokes spray points, Done saves them under the user's drawings folder
 * and makes them the targets; every target lies inside the painted region, and a flow then runs
 * toward them.
 */
@ExtendWith(ApplicationExtension.class)
class DrawTargetsTest {
    private static Path home;
    private ExplorerWindow window;
    private ExplorerController c;

    @BeforeAll
    static void userHome() throws Exception {
        home = Files.createTempDirectory("fe-draw");
        System.setProperty("flowexplorer.home", home.toString());
    }

    @AfterAll
    static void clearHome() {
        System.clearProperty("flowexplorer.home");
    }

    @Start
    void start(Stage stage) {
        RunConfig config = new PresetLibrary().require("25gaussians-sd").config().withSizes(200, 200);
        window = ExplorerWindow.open(stage, config, new PresetLibrary(), 1280, 800);
        c = window.controller();
    }

    @AfterEach
    void stop() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> window.stage().close()).get(5, TimeUnit.SECONDS);
    }

    @Test
    void strokesThenDoneGiveTargetsInsideThePaintedRegion(FxRobot robot) throws Exception {
        FxWait.until("first frame", () -> c.canvas().frame() != null && c.canvas().view() != null);
        robot.clickOn("#drawButton");
        DrawMode draw = FileActions.of(c).draw();
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
        Camera v = c.canvas().view();
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
        FxWait.until("drawn targets", () -> c.worker().latest().targets().name().equals("csv:" + file.toAbsolutePath()));
        PointSet t = c.worker().latest().targets().points();
        assertEquals(drawn, t.size());
        for (int i = 0; i < t.size(); i++) {
            assertTrue(t.get(i, 0) >= lo[0] && t.get(i, 0) <= hi[0] && t.get(i, 1) >= lo[1] && t.get(i, 1) <= hi[1],
                    "target " + i + " (" + t.get(i, 0) + ", " + t.get(i, 1) + ") outside the painted region");
        }
        robot.type(KeyCode.DIGIT2);
        robot.interact(() -> c.worker().stepOnce());
        FxWait.until("an MMD step toward the drawing", () -> c.worker().latest().step() == 1);
        assertTrue(c.worker().latest().positions().allFinite());
    }

    @Test
    void rightDragErasesAndDoneNeedsPoints(FxRobot robot) throws Exception {
        FxWait.until("first frame", () -> c.canvas().frame() != null && c.canvas().view() != null);
        DrawMode draw = FileActions.of(c).draw();
        robot.interact(draw::enter);
        Node ink = robot.lookup("#drawInk").query();
        Bounds b = ink.localToScreen(ink.getBoundsInLocal());
        Point2D mid = new Point2D(b.getMinX() + b.getWidth() / 2, b.getMinY() + b.getHeight() / 2);
        robot.moveTo(mid).press(MouseButton.PRIMARY).moveBy(5, 0).moveBy(-5, 0).release(MouseButton.PRIMARY);
        assertTrue(draw.drawing().size() > 0);
        robot.moveTo(mid).press(MouseButton.SECONDARY).moveBy(5, 0).moveBy(-5, 0).release(MouseButton.SECONDARY);
        assertEquals(0, draw.drawing().size(), "the eraser (brush 16 px) removed the dab");
        assertEquals(null, FxWait.fx(() -> draw.done("empty")));
        assertTrue(c.notifier().lastWasError());
        assertEquals(null, FxWait.fx(() -> draw.done("no good/name")));
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
