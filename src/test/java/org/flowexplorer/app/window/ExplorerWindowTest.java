package org.flowexplorer.app.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.flowexplorer.app.file.FileActions;
import org.flowexplorer.core.flow.FlowKind;
import org.flowexplorer.core.io.PresetLibrary;
import org.flowexplorer.core.math.PointSet;
import org.flowexplorer.core.render.Camera;
import org.flowexplorer.core.sim.RunConfig;
import org.flowexplorer.core.sim.Simulation;
import org.flowexplorer.core.sim.Snapshot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The explorer window on headless Monocle: opens, runs, takes slider changes without a reset. */
@ExtendWith(ApplicationExtension.class)
class ExplorerWindowTest {
    private ExplorerWindow window;
    private ExplorerController c;

    /** The first-start preset with 400 particles and targets, so that steps are quick on a busy machine. */
    @Start
    void start(Stage stage) {
        PresetLibrary presets = new PresetLibrary();
        RunConfig small = presets.require(ExplorerWindow.FIRST_PRESET).config().withSizes(400, 400);
        window = ExplorerWindow.open(stage, small, presets, 1280, 800);
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
    void playingForSomeStepsMovesTheParticles(FxRobot robot) {
        Snapshot first = latest();
        robot.clickOn("#play");
        FxWait.until("10 steps", () -> latest().step() >= 10);
        robot.clickOn("#play");
        Snapshot later = latest();
        assertNotEquals(first.positions(), later.positions());
        assertTrue(later.positions().allFinite());
        FxWait.until("the picture of a later step", () -> c.canvas().drawn() != null && c.canvas().drawn().step() > 0);
    }

    @Test
    void rhoAndStepSizeSlidersChangeParametersOnTheNextStepWithoutReset(FxRobot robot) {
        robot.clickOn("#flow-diffflow");
        Simulation sim = c.worker().simulation();
        robot.type(KeyCode.SPACE);
        FxWait.until("5 steps", () -> latest().step() >= 5);
        long before = latest().step();
        robot.interact(() -> c.dynamicsPanel().rhoSlider().setValue(0.6));
        robot.interact(() -> c.dynamicsPanel().etaSlider().setValue(0.8));
        assertEquals(0.6, sim.parameters().get().rho(), 1e-12);
        assertEquals(0.8, sim.parameters().get().eta(), 1e-12);
        FxWait.until("a step with the new parameters", () -> latest().parameters().rho() == 0.6
                && latest().parameters().eta() == 0.8);
        Snapshot after = latest();
        assertTrue(after.step() > before, "step counter kept increasing: " + before + " -> " + after.step());
        assertSame(sim, c.worker().simulation(), "no rebuild");
        robot.type(KeyCode.SPACE);
    }

    @Test
    void switchingFlowMidRunKeepsTheParticles(FxRobot robot) {
        robot.type(KeyCode.SPACE);
        FxWait.until("5 steps", () -> latest().step() >= 5);
        robot.type(KeyCode.SPACE);
        FxWait.until("paused", () -> !c.worker().playing());
        WaitForAsyncUtils.sleep(100, TimeUnit.MILLISECONDS);
        Snapshot before = latest();
        robot.type(KeyCode.DIGIT2);
        assertEquals(FlowKind.MMD, c.worker().simulation().parameters().get().flow());
        Snapshot same = latest();
        assertEquals(before.step(), same.step());
        assertEquals(before.positions(), same.positions(), "positions after the switch equal those before");
        robot.type(KeyCode.RIGHT);
        FxWait.until("one MMD step", () -> latest().step() == before.step() + 1);
        assertEquals(FlowKind.MMD, latest().parameters().flow());
        assertTrue(robot.lookup("#formulaLabel").queryAs(Label.class).getText().contains("(1/M)"));
    }

    @Test
    void orbitDragOn3dDataChangesYawPitchAndProjection(FxRobot robot) {
        robot.interact(() -> c.loadPreset(new PresetLibrary().require("swissroll3d-sd")));
        FxWait.until("3D run", () -> latest().positions().dim() == 3);
        FxWait.until("3D frame", () -> c.canvas().drawn() != null && c.canvas().drawn().positions().dim() == 3);
        Camera before = c.canvas().view();
        PointSet p = latest().positions();
        double[] screenBefore = before.toScreen(p.get(0, 0), p.get(0, 1), p.get(0, 2), 800, 600);
        robot.moveTo("#canvasHolder").press(MouseButton.SECONDARY).moveBy(60, 25).release(MouseButton.SECONDARY);
        Camera after = c.canvas().view();
        assertNotEquals(before.yaw(), after.yaw(), 1e-9);
        assertNotEquals(before.pitch(), after.pitch(), 1e-9);
        double[] screenAfter = after.toScreen(p.get(0, 0), p.get(0, 1), p.get(0, 2), 800, 600);
        assertTrue(Math.abs(screenAfter[0] - screenBefore[0]) + Math.abs(screenAfter[1] - screenBefore[1]) > 0.5,
                "projection changed");
    }

    @Test
    void badTextInANumericFieldShowsAnErrorAndKeepsTheLastGoodValue(FxRobot robot) {
        TextField n = robot.lookup("#particlesField").queryAs(TextField.class);
        for (String bad : new String[] {"abc", "1e999", "-5"}) {
            robot.doubleClickOn(n).eraseText(12).write(bad).type(KeyCode.ENTER);
            assertTrue(n.getStyleClass().contains("field-error"), bad);
            assertTrue(c.notifier().lastWasError(), bad);
            assertTrue(c.notifier().lastMessage().startsWith("N:"), c.notifier().lastMessage());
            assertEquals(400, c.dataModel().pending().particles());
            assertEquals(400, c.dataPanel().particlesInput().value());
        }
        robot.doubleClickOn(n).eraseText(12).write("250").type(KeyCode.ENTER);
        assertFalse(n.getStyleClass().contains("field-error"));
        assertEquals(250, c.dataModel().pending().particles());
        assertEquals(400, latest().positions().size(), "nothing resets until Apply");
        assertTrue(robot.lookup("#applyBar").query().isVisible());
        robot.clickOn("#applyData");
        FxWait.until("rebuilt with N = 250", () -> latest().positions().size() == 250);
    }

    @Test
    void aRejectedStepShowsItsReasonInTheNotificationBar(FxRobot robot) {
        var p = latest().parameters();
        c.worker().setParameters(p.withEta(1e300).withSchedule(p.schedule().withSigmaMax(1e200)));
        robot.type(KeyCode.RIGHT);
        FxWait.until("the pause notification", () -> c.notifier().showing() && c.notifier().lastWasError());
        assertTrue(c.notifier().lastMessage().contains("rejected"), c.notifier().lastMessage());
        assertEquals(0, latest().step());
        assertFalse(c.worker().playing());
    }

    @Test
    void savesAndOpensConfigurationsAndReportsBadFiles(FxRobot robot, @TempDir Path dir) throws Exception {
        robot.type(KeyCode.DIGIT3);
        robot.interact(() -> c.dynamicsPanel().etaSlider().setValue(0.7));
        Path file = dir.resolve("run.json");
        FileActions files = FileActions.of(c);
        WaitForAsyncUtils.asyncFx(() -> files.configs().save(file)).get().get(30, java.util.concurrent.TimeUnit.SECONDS);
        assertTrue(Files.readString(file).contains("\"flow\" : \"svgd\""));
        robot.interact(() -> c.loadPreset(new PresetLibrary().require("moons-diffflow")));
        FxWait.until("moons", () -> latest().targets().name().equals("moons"));
        WaitForAsyncUtils.asyncFx(() -> files.configs().open(file)).get().get(30, java.util.concurrent.TimeUnit.SECONDS);
        FxWait.until("reopened", () -> latest().targets().name().equals("25gaussians"));
        assertEquals(FlowKind.SVGD, latest().parameters().flow());
        assertEquals(0.7, c.worker().simulation().parameters().get().eta(), 1e-12);
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"particles\": -3}");
        assertTrue(WaitForAsyncUtils.asyncFx(() -> files.configs().open(bad)).get().isCompletedExceptionally());
        assertTrue(c.notifier().lastWasError());
        assertTrue(c.notifier().lastMessage().contains("bad.json"), c.notifier().lastMessage());
    }

    @Test
    void dragPansWheelAndKeysZoomAndFFits(FxRobot robot) {
        FxWait.until("first frame", () -> c.canvas().view() != null);
        Camera fitted = c.canvas().view();
        robot.moveTo("#canvasHolder").drag(MouseButton.PRIMARY).moveBy(50, 30).release(MouseButton.PRIMARY);
        Camera panned = c.canvas().view();
        assertTrue(panned.cx() < fitted.cx() && panned.cy() > fitted.cy(), "drag right/down moves the picture");
        assertEquals(fitted.scale(), panned.scale(), 1e-12);
        robot.scroll(3, javafx.geometry.VerticalDirection.UP);
        assertNotEquals(panned.scale(), c.canvas().view().scale(), 1e-12);
        double before = c.canvas().view().scale();
        robot.type(KeyCode.ADD);
        assertEquals(before * 1.25, c.canvas().view().scale(), 1e-9 * before);
        robot.type(KeyCode.F);
        FxWait.until("refit", () -> c.canvas().view().equals(fitted));
    }

    @Test
    void helpOverlayAndPresenterModeToggleWithKeys(FxRobot robot) throws Exception {
        robot.clickOn("#help");
        assertTrue(c.helpOverlay().isVisible());
        robot.type(KeyCode.ESCAPE);
        assertFalse(c.helpOverlay().isVisible());
        robot.type(KeyCode.P);
        assertTrue(c.presenter());
        robot.type(KeyCode.P);
        assertFalse(c.presenter());
        robot.type(KeyCode.SPACE);
        FxWait.until("a few steps", () -> latest().step() >= 30);
        robot.type(KeyCode.SPACE);
        FxWait.until("metrics", () -> !c.dynamicsPanel().metricsChart().history().rows().isEmpty());
        String dir = System.getProperty("explorer.screenshot");
        if (dir != null) {
            WritableImage img = WaitForAsyncUtils.asyncFx(() -> window.stage().getScene().snapshot(null)).get();
            BufferedImage b = SwingFXUtils.fromFXImage(img, null);
            Files.createDirectories(Path.of(dir));
            ImageIO.write(b, "png", Path.of(dir, "window.png").toFile());
        }
        assertNotNull(c.canvas().frame());
    }
}
