package org.flowexplorer.app.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.TextField;
import javax.imageio.ImageIO;
import org.flowexplorer.app.window.ExplorerController;
import org.flowexplorer.app.window.ExplorerWindow;
import org.flowexplorer.app.window.WindowFixture;
import org.flowexplorer.core.export.FrameConfigReader;
import org.flowexplorer.core.export.FrameFormat;
import org.flowexplorer.core.io.ConfigJson;
import org.flowexplorer.core.io.PresetLibrary;
import org.flowexplorer.core.io.RunFile;
import org.flowexplorer.core.render.ColorMode;
import org.flowexplorer.core.render.RenderOptions;
import org.flowexplorer.core.render.paint.FrameBuffer;
import org.flowexplorer.core.sim.RunConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Export = screen. Each test failed on the code before the look became part of the configuration
 * (checked against commit 3633163): the export coloured by nearest mode with its own disc size and
 * ignored trails, theme and arrows, and the dialog always opened at PNG, 61 frames, 800 × 800.
 */
class ExportMatchesScreenTest {
    @TempDir
    Path dir;

    @RegisterExtension
    final WindowFixture w = WindowFixture.small(300); // its user folder holds the remembered export settings

    /**
     * The window drawn with a chosen look (nearest-mode colours, dark theme, 2.5 px discs, arrows,
     * trails of 4 steps) and the last frame exported from it at the canvas's own size: the same
     * pixels. The exported config.json carries the look.
     */
    @Test
    void theExportedFrameIsThePictureOnTheCanvas() throws Exception {
        RenderOptions look = RenderOptions.defaults().withColorMode(ColorMode.NEAREST_MODE).withDarkBackground(true)
                .withPointRadius(2.5).withArrows(true).withTrails(true).withTrailSteps(4);
        w.robot().interact(() -> w.c().viewControls().show(look));
        assertEquals(look, WindowFixture.fx(() -> w.c().canvas().options()));
        w.robot().interact(() -> w.c().worker().setMaxStepsPerSecond(0));
        w.robot().interact(() -> w.c().timeline().stepLive());
        for (int i = 0; i < 11; i++) {
            int want = i + 2;
            w.robot().interact(() -> w.c().timeline().stepLive());
            WindowFixture.until("step " + want, () -> w.c().worker().latest().step() >= want);
        }
        WindowFixture.until("step 12 drawn", () -> WindowFixture.fx(() -> w.c().canvas().drawn() != null && w.c().canvas().drawn().step() == 12));
        WaitForAsyncUtils.waitForFxEvents();
        FrameBuffer screen = WindowFixture.fx(() -> {
            FrameBuffer f = w.c().canvas().frame();
            FrameBuffer copy = new FrameBuffer(f.width(), f.height());
            System.arraycopy(f.pixels(), 0, copy.pixels(), 0, f.pixels().length);
            return copy;
        });
        var fa = w.c().files();
        Path out = dir.resolve("frames-out");
        ExportSettings s = new ExportSettings(FrameFormat.PNG, 12, false, 4, screen.width(), screen.height(), 10, false, out);
        ExportJob.Result r = WindowFixture.fx(() -> fa.export(s)).get(60, TimeUnit.SECONDS);
        assertEquals(4, r.frames());
        RunFile saved = new ConfigJson().readFile(out.resolve(ExportJob.CONFIG_FILE));
        assertEquals(look, saved.view(), "config.json carries the window's look");
        List<Path> frames;
        try (Stream<Path> f = Files.list(out.resolve("frames"))) {
            frames = f.sorted().toList();
        }
        BufferedImage last = ImageIO.read(frames.get(3).toFile());
        int[] exported = last.getRGB(0, 0, screen.width(), screen.height(), null, 0, screen.width());
        int[] shown = screen.pixels().clone();
        for (int i = 0; i < shown.length; i++) {
            shown[i] |= 0xFF000000;
        }
        assertArrayEquals(shown, exported, "the step-12 frame is the canvas at step 12");
        assertEquals(12, new ObjectMapper().readTree(new FrameConfigReader().readFrame(frames.get(3))).get("step").asInt());
    }

    /** The dialog opens with the last export's choices, also after a restart (a new window, same home folder). */
    @Test
    void theExportDialogRemembersItsLastChoices() throws Exception {
        var fa = w.c().files();
        ExportSettings first = WindowFixture.fx(fa::defaults);
        assertEquals(FrameFormat.PNG, first.format());
        assertEquals(800, first.width());
        Path out = dir.resolve("gif");
        ExportSettings chosen = new ExportSettings(FrameFormat.GIF, 6, true, 3, 320, 240, 12, false, out);
        WindowFixture.fx(() -> fa.export(chosen)).get(60, TimeUnit.SECONDS);
        ExportSettings again = WindowFixture.fx(fa::defaults);
        assertEquals(List.of(FrameFormat.GIF, true, 3, 320, 240, 12, false, out),
                List.of(again.format(), again.everyMode(), again.count(), again.width(), again.height(), again.fps(),
                        again.hud(), again.outDir()));
        ExportDialog d = WindowFixture.fx(() -> new ExportDialog(null, fa.defaults(), null));
        var pane = d.dialog().getDialogPane();
        assertEquals("320", ((TextField) pane.lookup("#exportWidth")).getText());
        assertEquals("240", ((TextField) pane.lookup("#exportHeight")).getText());
        assertEquals(FrameFormat.GIF, ((ChoiceBox<?>) pane.lookup("#exportFormat")).getValue());
        assertEquals(false, ((CheckBox) pane.lookup("#exportHud")).isSelected());
        assertTrue(Files.isRegularFile(w.home().resolve("settings/export.properties")));
        ExportSettings afterRestart = new ExportMemory(ExportMemory.defaultFile()).initial(50, dir);
        assertEquals(List.of(FrameFormat.GIF, 3, 320, 240, 50, out), List.of(afterRestart.format(), afterRestart.count(),
                afterRestart.width(), afterRestart.height(), afterRestart.steps(), afterRestart.outDir()));
    }
}
