package org.flowexplorer.app.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.MenuButton;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A broken user preset (bad JSON, a bad value, a name taken by a built-in preset) never stops the
 * window from starting: it opens on the first-start run, says which files were skipped in the
 * notification bar, and lists the good user preset; a broken configuration opened later is a
 * notification too and the run stays.
 */
class BrokenUserFilesTest {
    @RegisterExtension
    final WindowFixture w = WindowFixture.firstStart()
            .withUserFile("presets/truncated.json", "{\"dataset\": \"25gauss")
            .withUserFile("presets/negative.json", "{\"name\": \"negative\", \"particles\": -5}")
            .withUserFile("presets/25gaussians-sd.json", "{\"name\": \"25gaussians-sd\", \"flow\": \"mmd\"}")
            .withUserFile("presets/good.json", "{\"name\": \"good\", \"description\": \"fine\", \"flow\": \"svgd\"}");

    @Test
    void theWindowStartsAndSaysWhichPresetsWereSkipped(@TempDir Path dir) throws Exception {
        assertTrue(w.stage().isShowing());
        assertEquals("25gaussians", w.latest().targets().name());
        assertTrue(w.c().notifier().lastWasError());
        String msg = w.c().notifier().lastMessage();
        assertTrue(msg.contains("truncated.json") && msg.contains("negative.json") && msg.contains("25gaussians-sd.json"),
                msg);
        MenuButton menu = w.robot().lookup("#presetMenu").queryAs(MenuButton.class);
        assertTrue(menu.getItems().stream().anyMatch(i -> "preset-good".equals(i.getId())), "the good one is listed");

        Path bad = dir.resolve("broken.json");
        Files.writeString(bad, "{\"particles\": 1000, \"changes\": [{\"step\": 5, \"flow\": \"gan\"}]}");
        var sim = w.c().worker().simulation();
        assertTrue(WindowFixture.fx(() -> w.c().files().configs().open(bad)).isCompletedExceptionally());
        assertTrue(w.c().notifier().lastWasError());
        assertTrue(w.c().notifier().lastMessage().contains("broken.json"), w.c().notifier().lastMessage());
        WindowFixture.await(w.c().worker().pause());
        assertEquals(sim, w.c().worker().simulation(), "the run stays");
        WindowFixture.untilFx("still drawing", () -> w.c().canvas().drawn() != null);
    }
}
