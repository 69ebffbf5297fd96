package org.flowexplorer.app.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.flowexplorer.core.export.FrameExportSpec;
import org.flowexplorer.core.export.FrameFormat;
import org.flowexplorer.core.io.PresetLibrary;
import org.flowexplorer.core.io.RunFile;
import org.flowexplorer.core.sim.RunConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window's export job without a window: a GIF with K frames, progress, and failures that leave nothing. */
class ExportJobTest {
    private final RunConfig config = new PresetLibrary().require("25gaussians-sd").config().withSizes(200, 200)
            .withSteps(30);
    @TempDir
    Path dir;

    private static List<Path> files(Path root) throws IOException {
        if (!Files.exists(root)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).toList();
        }
    }

    @Test
    void gifHasKFramesAndProgressReachesTheEnd() throws Exception {
        AtomicLong last = new AtomicLong();
        ExportJob job = new ExportJob(new RunFile(config, null), new FrameExportSpec(7, FrameFormat.GIF, 120, 90, true, 12),
                dir.resolve("out"), null, 1);
        ExportJob.Result r = job.run((done, total) -> last.set(done * 1000 + total));
        assertEquals(30_030, last.get());
        assertEquals(7, r.frames());
        assertEquals(dir.resolve("out/animation.gif"), r.output());
        assertTrue(Files.isRegularFile(dir.resolve("out/config.json")));
        ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
        try (ImageInputStream in = ImageIO.createImageInputStream(r.output().toFile())) {
            reader.setInput(in);
            assertEquals(7, reader.getNumImages(true));
            assertEquals(120, reader.getWidth(0));
        } finally {
            reader.dispose();
        }
    }

    @Test
    void mp4WhenFfmpegIsThere() throws Exception {
        java.util.Optional<Path> ffmpeg = org.flowexplorer.core.export.Mp4PipeWriter.locate(System.getenv("PATH"));
        org.junit.jupiter.api.Assumptions.assumeTrue(ffmpeg.isPresent(), "ffmpeg not installed");
        ExportJob job = new ExportJob(new RunFile(config.withSteps(10), null), new FrameExportSpec(6, FrameFormat.MP4, 96, 64, false, 10),
                dir.resolve("mp4"), ffmpeg.get(), 1);
        ExportJob.Result r = job.run((d, t) -> { });
        assertEquals(6, r.frames());
        assertTrue(Files.size(r.output()) > 500, "an MP4 was written");
        assertEquals(List.of("animation.mp4", "config.json"),
                files(dir.resolve("mp4")).stream().map(p -> p.getFileName().toString()).sorted().toList());
    }

    @Test
    void aFailureOrACancelLeavesNothing() throws Exception {
        Path out = dir.resolve("blocked");
        Files.createDirectories(out);
        Files.writeString(out.resolve("frames"), "a file where the frames folder should go");
        ExportJob blocked = new ExportJob(new RunFile(config, null), new FrameExportSpec(4, FrameFormat.PNG, 64, 64, false, 10), out,
                null, 1);
        assertThrows(IOException.class, () -> blocked.run((d, t) -> { }));
        assertEquals(List.of(out.resolve("frames")), files(out), "only the file that was there");

        Path fresh = dir.resolve("fresh");
        ExportJob job = new ExportJob(new RunFile(config, null), new FrameExportSpec(31, FrameFormat.PNG, 64, 64, false, 10), fresh,
                null, 1);
        assertThrows(CancellationException.class, () -> job.run((done, total) -> {
            if (done == 20) {
                job.cancel();
            }
        }));
        assertFalse(Files.exists(fresh), "nothing, not even the folder");
        assertThrows(IllegalArgumentException.class, () -> new ExportJob(new RunFile(config, null),
                new FrameExportSpec(4, FrameFormat.MP4, 64, 64, false, 10), fresh, null, 1));
    }
}
