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
import org.flowexplorer.app.window.WindowFixture;
import org.flowexplorer.core.data.PointCsvReader;
import org.flowexplorer.core.io.PresetLibrary;
import org.flowexplorer.core.math.PointSet;
import org.flowexplorer.core.sim.RunConfig;
import org.flowexplorer.core.sim.Simulation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * CSV in and out of the window, and user presets: a malformed targets file is a notification
 * naming file:line and the old targets stay; a good one becomes the targets; particles and
 * metrics export as CSV; "Save as preset" lists the run under Presets as "(yours)".
 */
class ConfigCsvAndPresetsTest {

    @RegisterExtension
    final WindowFixture w = WindowFixture.small(300);

    @Test
    void malformedCsvIsALocatedNotificationAndTheOldTargetsStay() throws Exception {
        var fa = w.c().files();
        Path bad = w.home().resolve("bad-targets.csv");
        Files.writeString(bad, "x,y\n0.5,1.5\n2.0,abc\n");
        Simulation before = w.c().worker().simulation();
        assertFalse(WindowFixture.fx(() -> fa.csv().loadTargets(bad)));
        assertTrue(w.c().notifier().lastWasError());
        String msg = w.c().notifier().lastMessage();
        assertTrue(msg.contains("bad-targets.csv:3:"), msg);
        w.c().worker().pause().get(10, TimeUnit.SECONDS); // anything queued on the worker has run
        assertSame(before, w.c().worker().simulation(), "the run was not rebuilt");
        assertEquals("25gaussians", w.c().worker().latest().targets().name());

        Path good = w.home().resolve("ring.csv");
        StringBuilder sb = new StringBuilder("x,y\n");
        for (int i = 0; i < 64; i++) {
            double a = 2 * Math.PI * i / 64;
            sb.append(2 * Math.cos(a)).append(',').append(2 * Math.sin(a)).append('\n');
        }
        Files.writeString(good, sb);
        assertTrue(WindowFixture.fx(() -> fa.csv().loadTargets(good)));
        WindowFixture.until("CSV targets", () -> w.c().worker().latest().targets().name().startsWith("csv:"));
        assertEquals(64, w.c().worker().latest().targets().points().size());
        assertEquals("csv:" + good.toAbsolutePath().normalize(), w.c().dataModel().applied().dataset());

        w.robot().interact(() -> w.c().worker().stepOnce());
        WindowFixture.until("a step", () -> w.c().worker().latest().step() == 1);
        Path particles = w.home().resolve("out/particles.csv");
        Files.createDirectories(particles.getParent());
        assertTrue(WindowFixture.fx(() -> fa.csv().exportParticles(particles)));
        PointSet back = PointCsvReader.read(particles);
        assertEquals(w.c().worker().latest().positions(), back, "exact round trip of the positions");
        Path metrics = w.home().resolve("out/metrics.csv");
        assertTrue(WindowFixture.fx(() -> fa.csv().exportMetrics(metrics)));
        assertTrue(Files.readString(metrics).startsWith("step,sigma,mmd2,sliced_w2,modes_covered,in_mode_fraction,"
                + "ms_per_step\n"));
    }

    @Test
    void savingAPresetListsItUnderPresetsAsYours() throws Exception {
        var fa = w.c().files();
        w.robot().interact(() -> w.c().dynamicsPanel().etaSlider().setValue(0.7));
        assertTrue(WindowFixture.fx(() -> w.c().presets().save("my-demo", "eta 0.7 demo")).get(10, TimeUnit.SECONDS));
        assertTrue(Files.isRegularFile(PresetLibrary.defaultUserDirectory().resolve("my-demo.json")));
        MenuButton menu = w.robot().lookup("#presetMenu").queryAs(MenuButton.class);
        MenuItem item = menu.getItems().stream().filter(i -> "preset-my-demo".equals(i.getId())).findFirst()
                .orElseThrow(() -> new AssertionError("preset not in the menu"));
        javafx.scene.Node entry = ((CustomMenuItem) item).getContent();
        assertEquals("my-demo (yours)", WindowFixture.fx(() -> ((Label) entry.lookup(".preset-name")).getText()));
        assertEquals("eta 0.7 demo", WindowFixture.fx(() -> ((Label) entry.lookup(".preset-description")).getText()),
                "the menu shows the one-line description");
        assertEquals("25gaussians-sd", menu.getItems().get(0).getId().substring("preset-".length()),
                "built-in presets first");
        assertEquals(0.7, w.c().presets().library().require("my-demo").config().params().eta());

        assertFalse(WindowFixture.fx(() -> w.c().presets().save("bad name!", "")).get(10, TimeUnit.SECONDS));
        assertTrue(w.c().notifier().lastWasError());
        assertTrue(w.c().notifier().lastMessage().contains("not a valid preset name"), w.c().notifier().lastMessage());
        assertFalse(WindowFixture.fx(() -> w.c().presets().save("25gaussians-sd", "")).get(10, TimeUnit.SECONDS));
        assertTrue(w.c().notifier().lastMessage().contains("built-in"), w.c().notifier().lastMessage());
    }
}
