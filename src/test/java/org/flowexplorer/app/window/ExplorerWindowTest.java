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
import javax.imageio.ImageIO;
import org.flowexplorer.core.flow.FlowKind;
import org.flowexplorer.core.io.PresetLibrary;
import org.flowexplorer.core.math.PointSet;
import org.flowexplorer.core.render.Camera;
import org.flowexplorer.core.sim.RunConfig;
import org.flowexplorer.core.sim.Simulation;
import org.flowexplorer.core.sim.Snapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/** The explorer window on headless Monocle: opens, runs, takes slider changes without a reset. */
class ExplorerWindowTest {

    /** The first-start preset with 400 particles and targets, so that steps are quick on a busy machine. */
    @RegisterExtension
    final WindowFixture w = WindowFixture.small(400);

    private Snapshot latest() {
        return w.c().worker().latest();
    }

    @Test
    void playingForSomeStepsMovesTheParticles() {
        Snapshot first = latest();
        w.robot().clickOn("#play");
        WindowFixture.until("10 steps", () -> latest().step() >= 10);
        w.robot().clickOn("#play");
        Snapshot later = latest();
        assertNotEquals(first.positions(), later.positions());
        assertTrue(later.positions().allFinite());
        WindowFixture.until("the picture of a later step", () -> w.c().canvas().drawn() != null && w.c().canvas().drawn().step() > 0);
    }

    @Test
    void rhoAndStepSizeSlidersChangeParametersOnTheNextStepWithoutReset() {
        w.robot().clickOn("#flow-diffflow");
        Simulation sim = w.c().worker().simulation();
        w.robot().type(KeyCode.SPACE);
        WindowFixture.until("5 steps", () -> latest().step() >= 5);
        long before = latest().step();
        w.robot().interact(() -> w.c().dynamicsPanel().rhoSlider().setValue(0.6));
        w.robot().interact(() -> w.c().dynamicsPanel().etaSlider().setValue(0.8));
        assertEquals(0.6, sim.parameters().get().rho(), 1e-12);
        assertEquals(0.8, sim.parameters().get().eta(), 1e-12);
        WindowFixture.until("a step with the new parameters", () -> latest().parameters().rho() == 0.6
                && latest().parameters().eta() == 0.8);
        Snapshot after = latest();
        assertTrue(after.step() > before, "step counter kept increasing: " + before + " -> " + after.step());
        assertSame(sim, w.c().worker().simulation(), "no rebuild");
        w.robot().type(KeyCode.SPACE);
    }

    @Test
    void switchingFlowMidRunKeepsTheParticles() {
        w.robot().type(KeyCode.SPACE);
        WindowFixture.until("5 steps", () -> latest().step() >= 5);
        w.robot().type(KeyCode.SPACE);
        WindowFixture.await(w.c().worker().pause());
        Snapshot before = latest();
        w.robot().type(KeyCode.DIGIT2);
        assertEquals(FlowKind.MMD, w.c().worker().simulation().parameters().get().flow());
        Snapshot same = latest();
        assertEquals(before.step(), same.step());
        assertEquals(before.positions(), same.positions(), "positions after the switch equal those before");
        w.robot().type(KeyCode.RIGHT);
        WindowFixture.until("one MMD step", () -> latest().step() == before.step() + 1);
        assertEquals(FlowKind.MMD, latest().parameters().flow());
        assertTrue(WindowFixture.fx(() -> w.c().dynamicsPanel().rule().text()).contains("(1/M)"));
    }

    @Test
    void orbitDragOn3dDataChangesYawPitchAndProjection() {
        w.robot().interact(() -> w.c().runs().loadPreset(new PresetLibrary().require("swissroll3d-sd")));
        WindowFixture.until("3D run", () -> latest().positions().dim() == 3);
        WindowFixture.until("3D frame", () -> w.c().canvas().drawn() != null && w.c().canvas().drawn().positions().dim() == 3);
        Camera before = w.c().canvas().view();
        PointSet p = latest().positions();
        double[] screenBefore = before.toScreen(p.get(0, 0), p.get(0, 1), p.get(0, 2), 800, 600);
        w.robot().moveTo("#canvasHolder").press(MouseButton.SECONDARY).moveBy(60, 25).release(MouseButton.SECONDARY);
        Camera after = w.c().canvas().view();
        assertNotEquals(before.yaw(), after.yaw(), 1e-9);
        assertNotEquals(before.pitch(), after.pitch(), 1e-9);
        double[] screenAfter = after.toScreen(p.get(0, 0), p.get(0, 1), p.get(0, 2), 800, 600);
        assertTrue(Math.abs(screenAfter[0] - screenBefore[0]) + Math.abs(screenAfter[1] - screenBefore[1]) > 0.5,
                "projection changed");
    }

    @Test
    void badTextInANumericFieldShowsAnErrorAndKeepsTheLastGoodValue() {
        TextField n = w.robot().lookup("#particlesField").queryAs(TextField.class);
        for (String bad : new String[] {"abc", "1e999", "-5"}) {
            w.robot().doubleClickOn(n).push(KeyCode.SHORTCUT, KeyCode.A).write(bad).type(KeyCode.ENTER);
            assertTrue(n.getStyleClass().contains("field-error"), bad);
            assertTrue(w.c().notifier().lastWasError(), bad);
            assertTrue(w.c().notifier().lastMessage().startsWith("N:"), w.c().notifier().lastMessage());
            assertEquals(400, w.c().dataModel().pending().particles());
            assertEquals(400, w.c().dataPanel().particlesInput().value());
        }
        w.robot().doubleClickOn(n).push(KeyCode.SHORTCUT, KeyCode.A).write("250").type(KeyCode.ENTER);
        assertFalse(n.getStyleClass().contains("field-error"));
        assertEquals(250, w.c().dataModel().pending().particles());
        assertEquals(400, latest().positions().size(), "nothing resets until Apply");
        assertTrue(w.robot().lookup("#applyBar").query().isVisible());
        // the bar shows on the FX thread after the change; click only once it is there (a click racing it failed once)
        WindowFixture.until("the apply bar", () -> WindowFixture.fx(() -> w.robot().lookup("#applyData")
                .match(org.testfx.util.NodeQueryUtils.isVisible()).tryQuery().isPresent()));
        w.robot().clickOn("#applyData");
        WindowFixture.until("rebuilt with N = 250", () -> latest().positions().size() == 250);
    }

    @Test
    void aRejectedStepShowsItsReasonInTheNotificationBar() {
        var p = latest().parameters();
        w.c().worker().setParameters(p.withEta(1e300).withSchedule(p.schedule().withSigmaMax(1e200)));
        w.robot().type(KeyCode.RIGHT);
        WindowFixture.until("the pause notification", () -> w.c().notifier().showing() && w.c().notifier().lastWasError());
        assertTrue(w.c().notifier().lastMessage().contains("rejected"), w.c().notifier().lastMessage());
        assertEquals(0, latest().step());
        assertFalse(w.c().worker().playing());
    }

    @Test
    void savesAndOpensConfigurationsAndReportsBadFiles(@TempDir Path dir) throws Exception {
        w.robot().type(KeyCode.DIGIT3);
        w.robot().interact(() -> w.c().dynamicsPanel().etaSlider().setValue(0.7));
        Path file = dir.resolve("run.json");
        var files = w.c().files();
        WaitForAsyncUtils.asyncFx(() -> files.configs().save(file)).get().get(30, java.util.concurrent.TimeUnit.SECONDS);
        assertTrue(Files.readString(file).contains("\"flow\" : \"svgd\""));
        w.robot().interact(() -> w.c().runs().loadPreset(new PresetLibrary().require("moons-diffflow")));
        WindowFixture.until("moons", () -> latest().targets().name().equals("moons"));
        WaitForAsyncUtils.asyncFx(() -> files.configs().open(file)).get().get(30, java.util.concurrent.TimeUnit.SECONDS);
        WindowFixture.until("reopened", () -> latest().targets().name().equals("25gaussians"));
        assertEquals(FlowKind.SVGD, latest().parameters().flow());
        assertEquals(0.7, w.c().worker().simulation().parameters().get().eta(), 1e-12);
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"particles\": -3}");
        assertTrue(WaitForAsyncUtils.asyncFx(() -> files.configs().open(bad)).get().isCompletedExceptionally());
        assertTrue(w.c().notifier().lastWasError());
        assertTrue(w.c().notifier().lastMessage().contains("bad.json"), w.c().notifier().lastMessage());
    }

    @Test
    void dragPansWheelAndKeysZoomAndFFits() {
        WindowFixture.until("first frame", () -> w.c().canvas().view() != null);
        Camera fitted = w.c().canvas().view();
        w.robot().moveTo("#canvasHolder").drag(MouseButton.PRIMARY).moveBy(50, 30).release(MouseButton.PRIMARY);
        Camera panned = w.c().canvas().view();
        assertTrue(panned.cx() < fitted.cx() && panned.cy() > fitted.cy(), "drag right/down moves the picture");
        assertEquals(fitted.scale(), panned.scale(), 1e-12);
        w.robot().scroll(3, javafx.geometry.VerticalDirection.UP);
        assertNotEquals(panned.scale(), w.c().canvas().view().scale(), 1e-12);
        double before = w.c().canvas().view().scale();
        w.robot().type(KeyCode.ADD);
        assertEquals(before * 1.25, w.c().canvas().view().scale(), 1e-9 * before);
        w.robot().type(KeyCode.F);
        WindowFixture.until("refit", () -> w.c().canvas().view().equals(fitted));
    }

    @Test
    void helpOverlayAndPresenterModeToggleWithKeys() throws Exception {
        w.robot().clickOn("#help");
        assertTrue(w.c().help().node().isVisible());
        w.robot().type(KeyCode.ESCAPE);
        assertFalse(w.c().help().node().isVisible());
        w.robot().type(KeyCode.P);
        assertTrue(w.c().presenter().active());
        w.robot().type(KeyCode.P);
        assertFalse(w.c().presenter().active());
        w.robot().type(KeyCode.SPACE);
        WindowFixture.until("a few steps", () -> latest().step() >= 30);
        w.robot().type(KeyCode.SPACE);
        WindowFixture.until("metrics", () -> !w.c().dynamicsPanel().metricsChart().history().rows().isEmpty());
        String dir = System.getProperty("explorer.screenshot");
        if (dir != null) {
            WritableImage img = WaitForAsyncUtils.asyncFx(() -> w.window().stage().getScene().snapshot(null)).get();
            BufferedImage b = SwingFXUtils.fromFXImage(img, null);
            Files.createDirectories(Path.of(dir));
            ImageIO.write(b, "png", Path.of(dir, "w.window().png").toFile());
        }
        assertNotNull(w.c().canvas().frame());
    }
}
