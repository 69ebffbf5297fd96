package org.flowexplorer.app.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.scene.control.ProgressBar;
import javafx.scene.input.KeyCode;
import javax.imageio.ImageIO;
import org.flowexplorer.app.window.WindowFixture;
import org.flowexplorer.cli.FlowExplorerCli;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.flowexplorer.core.flow.FlowKind;
import org.flowexplorer.core.io.ConfigJson;
import org.flowexplorer.core.export.FrameConfigReader;
import org.flowexplorer.core.export.FrameFormat;
import org.flowexplorer.core.sim.ParameterChange;
import org.flowexplorer.core.io.PresetLibrary;
import org.flowexplorer.core.sim.RunConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Frame export from the window: the frames of a steered run are byte- and pixel-identical to those
 * of {@code run --config <its config.json> --frames K --size WxH --hud} and name the flow in force
 * at their step (SVGD from the recorded switch on), and a cancelled export leaves no file behind.
 */
class ExportFromWindowTest {
    @TempDir
    Path dir;

    @RegisterExtension
    final WindowFixture w = WindowFixture.small(300);

    private static List<Path> files(Path root) throws IOException {
        if (!Files.exists(root)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        }
    }

    @Test
    void framesFromTheWindowAreIdenticalToTheCliFrames() throws Exception {
        var fa = w.c().files();
        w.robot().interact(() -> w.c().worker().setMaxStepsPerSecond(0));
        w.robot().type(KeyCode.SPACE);
        WindowFixture.until("8 steps", () -> w.c().worker().latest().step() >= 8);
        w.robot().interact(() -> w.c().dynamicsPanel().etaSlider().setValue(0.9));
        WindowFixture.until("16 steps", () -> w.c().worker().latest().step() >= 16);
        w.robot().type(KeyCode.DIGIT3); // SVGD
        WindowFixture.until("24 steps", () -> w.c().worker().latest().step() >= 24);
        w.robot().type(KeyCode.SPACE);
        w.c().worker().pause().get(10, TimeUnit.SECONDS);
        int k = (int) w.c().worker().latest().step();
        Path gui = dir.resolve("gui");
        ExportSettings s = new ExportSettings(FrameFormat.PNG, k, false, 9, 320, 240, 10, true, gui);
        ExportJob.Result r = WindowFixture.fx(() -> fa.export(s)).get(60, TimeUnit.SECONDS);
        assertEquals(9, r.frames());
        RunConfig exported = new ConfigJson().read(gui.resolve(ExportJob.CONFIG_FILE));
        assertTrue(exported.changes().size() >= 2, "the steered run was exported: " + exported.changes());
        assertEquals(k, exported.steps());

        Path cli = dir.resolve("cli");
        int code = FlowExplorerCli.execute(new String[] {"run", "--config", gui.resolve("config.json").toString(),
            "--frames", "9", "--size", "320x240", "--hud", "--out", cli.toString(), "--threads", "1"},
                new java.io.PrintWriter(new java.io.StringWriter()), new java.io.PrintWriter(System.err, true));
        assertEquals(0, code);
        List<Path> a = files(gui.resolve("frames"));
        List<Path> b = files(cli.resolve("frames"));
        assertEquals(9, a.size());
        assertEquals(a.stream().map(Path::getFileName).toList(), b.stream().map(Path::getFileName).toList());
        for (int i = 0; i < a.size(); i++) {
            BufferedImage ia = ImageIO.read(a.get(i).toFile());
            BufferedImage ib = ImageIO.read(b.get(i).toFile());
            assertEquals(320, ia.getWidth());
            assertArrayEquals(ia.getRGB(0, 0, 320, 240, null, 0, 320), ib.getRGB(0, 0, 320, 240, null, 0, 320),
                    "pixels of " + a.get(i).getFileName());
            assertArrayEquals(Files.readAllBytes(a.get(i)), Files.readAllBytes(b.get(i)),
                    "bytes of " + a.get(i).getFileName());
        }
        // from the recorded switch to SVGD on, every frame's facts (PNG text chunk) name SVGD, before it SD
        int svgdFrom = exported.changes().stream().filter(ch -> ch.params().flow() == FlowKind.SVGD)
                .mapToInt(ParameterChange::step).findFirst().orElseThrow();
        int named = 0;
        for (Path frame : a) {
            JsonNode facts = new ObjectMapper().readTree(new FrameConfigReader().readFrame(frame));
            long step = facts.get("step").asLong();
            assertEquals(step >= svgdFrom ? "svgd" : "sd", facts.get("flow").asText(), frame + " at step " + step);
            assertEquals(exported.paramsAt((int) step).eta(), facts.get("eta").asDouble(), 0);
            named += step >= svgdFrom ? 1 : 0;
        }
        assertTrue(named >= 1 && named < a.size(), "frames on both sides of the switch at " + svgdFrom + ": " + named);
        BufferedImage last = ImageIO.read(a.get(a.size() - 1).toFile());
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < 240; y += 2) {
            for (int x = 0; x < 320; x += 2) {
                colours.add(last.getRGB(x, y));
            }
        }
        assertTrue(colours.size() > 5, "a real picture, not a blank frame: " + colours.size() + " colours");
        assertFalse(w.c().notifier().lastWasError(), w.c().notifier().lastMessage());
    }

    @Test
    void cancellingAnExportLeavesNoFiles() throws Exception {
        var fa = w.c().files();
        Path out = dir.resolve("cancelled");
        ExportSettings s = new ExportSettings(FrameFormat.PNG, 4000, true, 1, 96, 96, 10, false, out);
        CompletableFuture<ExportJob.Result> f = WindowFixture.fx(() -> fa.export(s));
        ProgressBar bar = w.robot().lookup("#exportBar").queryAs(ProgressBar.class);
        WindowFixture.until("some frames staged", () -> bar.getProgress() > 0.01);
        try (Stream<Path> staged = Files.list(out.resolve("frames"))) {
            assertTrue(staged.anyMatch(p -> p.getFileName().toString().endsWith(".part")), "frames are staged");
        }
        w.robot().clickOn("#exportCancel");
        ExecutionException e = org.junit.jupiter.api.Assertions.assertThrows(ExecutionException.class,
                () -> f.get(30, TimeUnit.SECONDS));
        assertTrue(e.getCause() instanceof java.util.concurrent.CancellationException, e.toString());
        assertEquals(List.of(), files(out), "nothing left behind");
        assertFalse(Files.exists(out), "the folder the export created is gone too");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(w.c().notifier().lastMessage().contains("cancelled"), w.c().notifier().lastMessage());
        assertFalse(fa.exports().busy());
    }
}
