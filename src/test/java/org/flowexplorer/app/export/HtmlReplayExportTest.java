package org.flowexplorer.app.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;
import org.flowexplorer.core.io.RunFile;
import org.flowexplorer.core.flow.FlowKind;
import org.flowexplorer.core.export.FrameFormat;
import org.flowexplorer.core.io.PresetLibrary;
import org.flowexplorer.core.sim.RunConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "HTML replay" in the window's export: the page and config.json, the recorded changes inside, nothing on cancel. */
class HtmlReplayExportTest {
    private final RunConfig config = new PresetLibrary().require("25gaussians-sd").config().withSizes(150, 150)
            .withSteps(20);
    @TempDir
    Path dir;

    @Test
    void theReplayIsWrittenWithItsConfiguration() throws Exception {
        RunConfig steered = config.withChangeAt(8, config.params().withFlow(FlowKind.MMD));
        ExportSettings s = new ExportSettings(FrameFormat.HTML, 20, false, 11, 800, 800, 10, false, dir.resolve("out"));
        assertTrue(s.summary().startsWith("11 frames (steps 0, 2, 4 … 20), one self-contained page → "), s.summary());
        ExportJob.Result r = new ExportJob(new RunFile(steered, null), s.spec(), s.outDir(), null, 1).run((d, t) -> { });
        assertEquals(11, r.frames());
        assertEquals(dir.resolve("out/replay.html"), r.output());
        try (Stream<Path> files = Files.list(dir.resolve("out"))) {
            assertEquals(List.of("config.json", "replay.html"), files.map(p -> p.getFileName().toString()).sorted().toList());
        }
        String html = Files.readString(r.output(), StandardCharsets.UTF_8);
        assertTrue(html.contains("MMD gradient flow") && html.contains("\\\"changes\\\""), "rules and changes are inside");
    }

    @Test
    void aCancelledReplayLeavesNothing() {
        ExportJob job = new ExportJob(new RunFile(config, null), new ExportSettings(FrameFormat.HTML, 20, false, 5, 800, 800, 10, false,
                dir.resolve("c")).spec(), dir.resolve("c"), null, 1);
        assertThrows(CancellationException.class, () -> job.run((done, total) -> {
            if (done == 10) {
                job.cancel();
            }
        }));
        assertFalse(Files.exists(dir.resolve("c")));
    }
}
