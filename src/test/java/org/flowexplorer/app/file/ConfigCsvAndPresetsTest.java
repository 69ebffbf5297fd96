package org.flowexplorer.app.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.flowexplorer.app.window.ExplorerController;
import org.flowexplorer.app.window.ExplorerWindow;
import org.flowexplorer.app.window.FxWait;
import org.flowexplorer.core.data.PointCsvReader;
import org.flowexplorer.core.io.PresetLibrary;
import org.flowexplorer.core.math.PointSet;
import org.flowexplorer.core.sim.RunConfig;
import org.flowexplorer.core.sim.Simulation;
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
 * CSV in and out of the window, and user presets: a malformed targets file is a notification
 * naming file:line and the old targets stay; a good one becomes the targets; particles and
 * metrics export as CSV; "Save as preset" lists the run under Presets as "(yours)".
 */
@ExtendWith(ApplicationExtension.class)
class ConfigCsvAndPresetsTest {
    private static Path home;
    private ExplorerWindow window;
    private ExplorerController c;

    @BeforeAll
    static void userHome() throws Exception {
        home = Files.createTempDirectory("fe-home");
        System.setProperty("flowexplorer.home", home.toString());
    }

    @AfterAll
    static void clearHome() {
        System.clearProperty("flowexplorer.home");
    }

    @Start
    void start(Stage stage) {
        RunConfig config = new PresetLibrary().require("25gaussians-sd").config().withSizes(300, 300);
        window = ExplorerWindow.open(stage, config, new PresetLibrary(PresetLibrary.defaultUserDirectory()), 1280, 800);
        c = window.controller();
    }

    @AfterEach
    void stop() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> window.stage().close()).get(5, TimeUnit.SECONDS);
    }

    @Test
    void malformedCsvIsALocatedNotificationAndTheOldTargetsStay(FxRobot robot) throws Exception {
        FileActions fa = FileActions.of(c);
        Path bad = home.resolve("bad-targets.csv");
        Files.writeString(bad, "x,y\n0.5,1.5\n2.0,abc\n");
        Simulation before = c.worker().simulation();
        assertFalse(FxWait.fx(() -> fa.csv().loadTargets(bad)));
        assertTrue(c.notifier().lastWasError());
        String msg = c.notifier().lastMessage();
        assertTrue(msg.contains("bad-targets.csv:3:"), msg);
        WaitForAsyncUtils.sleep(200, TimeUnit.MILLISECONDS);
        assertSame(before, c.worker().simulation(), "the run was not rebuilt");
        assertEquals("25gaussians", c.worker().latest().targets().name());

        Path good = home.resolve("ring.csv");
        StringBuilder sb = new StringBuilder("x,y\n");
        for (int i = 0; i < 64; i++) {
            double a = 2 * Math.PI * i / 64;
            sb.append(2 * Math.cos(a)).append(',').append(2 * Math.sin(a)).append('\n');
        }
        Files.writeString(good, sb);
        assertTrue(FxWait.fx(() -> fa.csv().loadTargets(good)));
        FxWait.until("CSV targets", () -> c.worker().latest().targets().name().startsWith("csv:"));
        assertEquals(64, c.worker().latest().targets().points().size());
        assertEquals("csv:" + good.toAbsolutePath().normalize(), c.dataModel().applied().dataset());

        robot.interact(() -> c.worker().stepOnce());
        FxWait.until("a step", () -> c.worker().latest().step() == 1);
        Path particles = home.resolve("out/particles.csv");
        Files.createDirectories(particles.getParent());
        assertTrue(FxWait.fx(() -> fa.csv().exportParticles(particles)));
        PointSet back = PointCsvReader.read(particles);
        assertEquals(c.worker().latest().positions(), back, "exact round trip of the positions");
        Path metrics = home.resolve("out/metrics.csv");
        assertTrue(FxWait.fx(() -> fa.csv().exportMetrics(metrics)));
        assertTrue(Files.readString(metrics).startsWith("step,sigma,mmd2,sliced_w2,modes_covered,in_mode_fraction,"
                + "ms_per_step\n"));
    }

    @Test
    void savingAPresetListsItUnderPresetsAsYours(FxRobot robot) throws Exception {
        FileActions fa = FileActions.of(c);
        robot.interact(() -> c.dynamicsPanel().etaSlider().setValue(0.7));
        assertTrue(FxWait.fx(() -> fa.presets().save("my-demo", "eta 0.7 demo")).get(10, TimeUnit.SECONDS));
        assertTrue(Files.isRegularFile(PresetLibrary.defaultUserDirectory().resolve("my-demo.json")));
        MenuButton menu = robot.lookup("#presetMenu").queryAs(MenuButton.class);
        MenuItem item = menu.getItems().stream().filter(i -> "preset-my-demo".equals(i.getId())).findFirst()
                .orElseThrow(() -> new AssertionError("preset not in the menu"));
        javafx.scene.Node entry = ((CustomMenuItem) item).getContent();
        assertEquals("my-demo (yours)", FxWait.fx(() -> ((Label) entry.lookup(".preset-name")).getText()));
        assertEquals("eta 0.7 demo", FxWait.fx(() -> ((Label) entry.lookup(".preset-description")).getText()),
                "the menu shows the one-line description");
        assertEquals("25gaussians-sd", menu.getItems().get(0).getId().substring("preset-".length()),
                "built-in presets first");
        assertEquals(0.7, fa.presets().library().require("my-demo").config().params().eta());

        assertFalse(FxWait.fx(() -> fa.presets().save("bad name!", "")).get(10, TimeUnit.SECONDS));
        assertTrue(c.notifier().lastWasError());
        assertTrue(c.notifier().lastMessage().contains("not a valid preset name"), c.notifier().lastMessage());
        assertFalse(FxWait.fx(() -> fa.presets().save("25gaussians-sd", "")).get(10, TimeUnit.SECONDS));
        assertTrue(c.notifier().lastMessage().contains("built-in"), c.notifier().lastMessage());
    }
}
