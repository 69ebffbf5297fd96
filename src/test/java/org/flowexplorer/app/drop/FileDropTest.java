package org.flowexplorer.app.drop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import org.flowexplorer.app.lesson.LessonActions;
import org.flowexplorer.app.window.ExplorerController;
import org.flowexplorer.app.window.WindowFixture;
import org.flowexplorer.core.io.ConfigJson;
import org.flowexplorer.core.io.PresetLibrary;
import org.flowexplorer.core.sim.RunConfig;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** Pictures, CSV files, saved configurations and lessons dropped onto the window; the Image… button; the picture preset. */
class FileDropTest {
    @TempDir
    static Path dir;
    @RegisterExtension
    final WindowFixture w = WindowFixture.of(new PresetLibrary().require("8gaussians-sd").config().withSizes(100, 100),
            1280, 800);
    private ExplorerController c;
    private FileDrop drop;

    @BeforeEach
    void controller() {
        c = w.c();
        drop = c.drop();
    }

    @Test
    void aDroppedPictureBecomesTheTargets() throws IOException {
        FxRobot robot = w.robot();
        Path png = dir.resolve("cat.png");
        try (InputStream in = getClass().getResourceAsStream("/org/flowexplorer/images/cat.png")) {
            Files.copy(in, png, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        assertNotNull(robot.lookup("#loadImageButton").query(), "Image… in the DATA panel");
        assertTrue(WindowFixture.fx(() -> drop.drop(png)));
        String id = "image:" + png.toAbsolutePath().normalize();
        WindowFixture.until("rebuilt on the picture", () -> c.worker().config().dataset().equals(id));
        assertEquals(100, c.worker().latest().targets().points().size());
        assertEquals(0, c.worker().latest().step());
        assertTrue(WindowFixture.fx(() -> ((ComboBox<?>) robot.lookup("#datasetBox").query()).getItems().contains(id)));

        Path broken = dir.resolve("broken.png");
        Files.writeString(broken, "not a picture");
        assertFalse(WindowFixture.fx(() -> drop.drop(broken)));
        assertTrue(c.notifier().lastWasError() && c.notifier().lastMessage().contains("broken.png"), c.notifier().lastMessage());
        assertEquals(id, c.worker().config().dataset(), "the targets stay");
        Path notes = dir.resolve("notes.txt");
        Files.writeString(notes, "x");
        assertFalse(WindowFixture.fx(() -> drop.drop(notes)));
        assertTrue(c.notifier().lastMessage().contains("notes.txt"), c.notifier().lastMessage());
    }

    @Test
    void aDroppedCsvConfigurationOrLessonLoads() throws Exception {
        FxRobot robot = w.robot();
        Path csv = dir.resolve("square.csv");
        Files.writeString(csv, "x,y\n0,0\n1,0\n0,1\n1,1\n");
        assertTrue(WindowFixture.fx(() -> drop.drop(csv)));
        WindowFixture.until("csv targets", () -> c.worker().config().dataset().equals("csv:" + csv.toAbsolutePath().normalize()));

        RunConfig saved = new PresetLibrary().require("moons-diffflow").config().withSizes(60, 60).withSteps(7);
        Path json = dir.resolve("saved.json");
        Files.writeString(json, new ConfigJson().write(saved));
        assertTrue(WindowFixture.fx(() -> drop.drop(json)));
        WindowFixture.until("replayed to step 7", () -> c.worker().config().dataset().equals("moons")
                && c.worker().latest().step() == 7);

        Path lesson = dir.resolve("mine.json");
        Files.writeString(lesson, "{\"title\": \"Dropped\", \"slides\": [{\"title\": \"s\", \"caption\": \"c\","
                + " \"set\": {\"particles\": 50, \"targets\": 50}}]}");
        assertTrue(WindowFixture.fx(() -> drop.drop(lesson)));
        LessonActions l = c.lessons();
        l.ready().get(60, TimeUnit.SECONDS);
        assertEquals("Dropped", l.deck().lesson().title());
        assertEquals(50, c.worker().config().particles());
    }

    @Test
    void thePicturePresetLoadsFromTheMenu() {
        FxRobot robot = w.robot();
        // The menu lists 18 presets with thumbnails; the last one can lie below a small screen, so the
        // item is fired rather than clicked (the menu's look is tested in ConfigCsvAndPresetsTest).
        MenuButton menu = robot.lookup("#presetMenu").queryAs(MenuButton.class);
        MenuItem cat = menu.getItems().stream().filter(i -> "preset-cat-sd".equals(i.getId()))
                .findFirst().orElseThrow(() -> new AssertionError("cat-sd not in the presets menu"));
        WindowFixture.run(cat::fire);
        WindowFixture.until("the cat", () -> c.worker().config().dataset().equals("image:builtin:cat"));
        assertEquals(2000, c.worker().latest().targets().points().size());
        assertFalse(c.notifier().lastWasError(), c.notifier().lastMessage());
    }
}
