package org.flowexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.flowexplorer.core.export.FrameConfigReader;
import org.flowexplorer.core.export.FrameSink;
import org.flowexplorer.core.export.Mp4PipeWriter;
import org.flowexplorer.core.io.ConfigJson;
import org.flowexplorer.core.render.paint.FrameBuffer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** {@code run --frames}: PNG, GIF and MP4 export, embedded configs, determinism, bad options, failures. */
class FrameExportTest {
    private static final String[] SMALL = {"run", "--preset", "25gaussians-sd", "--steps", "20", "--set", "particles=200",
        "--set", "targets=200", "--threads", "2"};

    @TempDir
    Path dir;

    @Test
    void pngSequenceHasTenFramesOfTheRequestedSizeWithTheConfigInside() throws IOException {
        Path out = dir.resolve("png");
        CliRunner.Result r = run(out, "--frames", "10", "--format", "png", "--size", "320x240", "--hud");
        assertEquals(0, r.code(), r.err());
        List<Path> frames = frames(out);
        assertEquals(10, frames.size());
        for (int i = 0; i < 10; i++) {
            assertEquals(String.format("frame_%06d.png", i), frames.get(i).getFileName().toString());
            BufferedImage img = ImageIO.read(frames.get(i).toFile());
            assertEquals(320, img.getWidth());
            assertEquals(240, img.getHeight());
        }
        String config = Files.readString(out.resolve("config.json"), StandardCharsets.UTF_8);
        String embedded = new FrameConfigReader().read(frames.get(0));
        assertEquals(config, embedded);
        assertEquals(new ConfigJson().parse(config, "a"), new ConfigJson().parse(embedded, "b"));
        assertTrue(r.out().contains("frames: 10"), r.out());
        assertNoPartFiles(out);
    }

    @Test
    void gifHasTenFramesLoopsAndCarriesTheConfig() throws Exception {
        Path out = dir.resolve("gif");
        CliRunner.Result r = run(out, "--frames", "10", "--format", "gif", "--size", "160x120", "--fps", "20");
        assertEquals(0, r.code(), r.err());
        Path gif = out.resolve("animation.gif");
        ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            reader.setInput(in);
            assertEquals(10, reader.getNumImages(true));
            BufferedImage first = reader.read(0);
            assertEquals(160, first.getWidth());
            assertEquals(120, first.getHeight());
            assertEquals(0xFFFFFFFF, first.getRGB(0, first.getHeight() - 1), "light background survives the palette");
            String tree = dump(reader.getImageMetadata(0).getAsTree("javax_imageio_gif_image_1.0"));
            assertTrue(tree.contains("applicationID=NETSCAPE"), tree);
            assertTrue(tree.contains("delayTime=5"), tree);
        } finally {
            reader.dispose();
        }
        assertEquals(Files.readString(out.resolve("config.json")), new FrameConfigReader().read(gif));
        assertNoPartFiles(out);
    }

    @Test
    void mp4HasTenFramesOfTheRequestedSize() throws Exception {
        Optional<Path> ffmpeg = Mp4PipeWriter.locate(System.getenv("PATH"));
        Optional<Path> ffprobe = ffmpeg.map(p -> p.resolveSibling("ffprobe")).filter(Files::isExecutable);
        Assumptions.assumeTrue(ffprobe.isPresent(), "ffmpeg not installed: install ffmpeg (with ffprobe) to test MP4 export");
        Path out = dir.resolve("mp4");
        CliRunner.Result r = run(out, "--frames", "10", "--format", "mp4", "--size", "320x240");
        assertEquals(0, r.code(), r.err());
        Process p = new ProcessBuilder(ffprobe.get().toString(), "-v", "error", "-count_frames", "-select_streams", "v:0",
                "-show_entries", "stream=width,height,nb_read_frames,codec_name", "-show_entries", "format_tags=comment",
                "-of", "default=nw=1", out.resolve("animation.mp4").toString()).redirectErrorStream(true).start();
        String probe = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertTrue(probe.contains("codec_name=h264"), probe);
        assertTrue(probe.contains("width=320"), probe);
        assertTrue(probe.contains("height=240"), probe);
        assertTrue(probe.contains("nb_read_frames=10"), probe);
        assertTrue(probe.contains("\"dataset\" : \"25gaussians\""), probe);
        assertNoPartFiles(out);
    }

    @Test
    void twoRunsOfTheSameConfigGiveByteIdenticalPngFrames() throws Exception {
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        assertEquals(0, run(a, "--frames", "5", "--size", "200x200", "--hud").code());
        assertEquals(0, CliRunner.run("run", "--config", a.resolve("config.json").toString(), "--threads", "1",
                "--frames", "5", "--size", "200x200", "--hud", "--out", b.toString()).code());
        List<Path> fa = frames(a);
        List<Path> fb = frames(b);
        assertEquals(5, fa.size());
        for (int i = 0; i < fa.size(); i++) {
            assertArrayEquals(sha256(fa.get(i)), sha256(fb.get(i)), "frame " + i);
        }
        assertFalse(java.util.Arrays.equals(sha256(fa.get(0)), sha256(fa.get(4))), "the picture changes over the run");
    }

    @Test
    void aShorterReExportRemovesTheOlderFrames() throws IOException {
        Path out = dir.resolve("re");
        assertEquals(0, run(out, "--frames", "8", "--size", "64x64").code());
        assertEquals(0, run(out, "--frames", "3", "--size", "64x64").code());
        assertEquals(3, frames(out).size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"--size=800", "--size=0x100", "--size=100x99999", "--size=axb", "--format=bmp",
        "--frames=0", "--frames=1", "--frames=22", "--frames=-3", "--fps=0", "--fps=1000", "--format=mp4 --size=321x240"})
    void badExportOptionsExitWithTwoAndOneLine(String option) {
        List<String> args = new ArrayList<>(List.of(SMALL));
        if (!option.startsWith("--frames")) {
            args.add("--frames=5");
        }
        args.addAll(List.of(option.split(" ")));
        Path out = dir.resolve("bad");
        args.add("--out=" + out);
        CliRunner.Result r = CliRunner.run(args.toArray(String[]::new));
        assertEquals(2, r.code(), r.err());
        assertTrue(r.cleanOneLineError(), r.err());
        assertFalse(Files.exists(out), "nothing written before the options are checked");
    }

    @Test
    void exportOptionsWithoutFramesAreRejected() {
        CliRunner.Result r = run(dir.resolve("x"), "--format", "gif");
        assertEquals(2, r.code());
        assertTrue(r.cleanOneLineError(), r.err());
    }

    @Test
    void missingFfmpegFailsBeforeTheRun() {
        Path out = dir.resolve("noff");
        Result r = runWith(cmd -> cmd.ffmpegLocator = Optional::empty, out, "--frames", "5", "--format", "mp4");
        assertEquals(2, r.code);
        assertEquals("error: --format mp4: ffmpeg not found on PATH; install ffmpeg or use --format png|gif", r.err.strip());
        assertFalse(Files.exists(out));
    }

    @ParameterizedTest
    @ValueSource(strings = {"png", "gif", "mp4"})
    void aWriterFailingMidExportLeavesNoFileBehind(String format) throws IOException {
        if (format.equals("mp4")) {
            Assumptions.assumeTrue(Mp4PipeWriter.locate(System.getenv("PATH")).isPresent(),
                    "ffmpeg not installed: MP4 failure path not testable");
        }
        Path out = dir.resolve("fail-" + format);
        Result r = runWith(cmd -> cmd.sinkWrapper = s -> new FailingSink(s, 3), out, "--frames", "10", "--format", format,
                "--size", "96x64");
        assertEquals(2, r.code, r.err);
        assertFalse(r.err.strip().contains("\n"), r.err);
        assertTrue(r.err.contains("disk full (test)"), r.err);
        assertFalse(Files.exists(out), "a failed run into a new folder removes the folder it created");
    }

    /** A sink that passes frames on and fails like a full disk after {@code okFrames} frames. */
    private static final class FailingSink implements FrameSink {
        private final FrameSink inner;
        private final int okFrames;
        private int seen;

        FailingSink(FrameSink inner, int okFrames) {
            this.inner = inner;
            this.okFrames = okFrames;
        }

        @Override
        public void accept(FrameBuffer frame) throws IOException {
            if (++seen > okFrames) {
                throw new IOException("disk full (test)");
            }
            inner.accept(frame);
        }

        @Override
        public void finish() throws IOException {
            inner.finish();
        }

        @Override
        public void close() {
            inner.close();
        }
    }

    private record Result(int code, String out, String err) {
    }

    private Result runWith(java.util.function.Consumer<RunCommand> setup, Path out, String... extra) {
        CommandLine.IFactory factory = new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> cls) throws Exception {
                K k = CommandLine.defaultFactory().create(cls);
                if (k instanceof RunCommand rc) {
                    setup.accept(rc);
                }
                return k;
            }
        };
        List<String> args = new ArrayList<>(List.of(SMALL));
        args.addAll(List.of(extra));
        args.add("--out");
        args.add(out.toString());
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = FlowExplorerCli.execute(args.toArray(String[]::new), new PrintWriter(o, true), new PrintWriter(e, true),
                factory);
        return new Result(code, o.toString(), e.toString());
    }

    private static CliRunner.Result run(Path out, String... extra) {
        List<String> args = new ArrayList<>(List.of(SMALL));
        args.addAll(List.of(extra));
        args.add("--out");
        args.add(out.toString());
        return CliRunner.run(args.toArray(String[]::new));
    }

    private static List<Path> frames(Path out) throws IOException {
        try (Stream<Path> s = Files.list(out.resolve("frames"))) {
            return s.sorted().toList();
        }
    }

    private static void assertNoPartFiles(Path out) throws IOException {
        try (Stream<Path> all = Files.walk(out)) {
            List<Path> parts = all.filter(p -> p.getFileName().toString().endsWith(".part")).toList();
            assertEquals(List.of(), parts);
        }
    }

    private static byte[] sha256(Path f) throws Exception {
        return MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f));
    }

    private static String dump(org.w3c.dom.Node n) {
        StringBuilder sb = new StringBuilder(n.getNodeName());
        if (n.getAttributes() != null) {
            for (int i = 0; i < n.getAttributes().getLength(); i++) {
                sb.append(' ').append(n.getAttributes().item(i).getNodeName()).append('=')
                        .append(n.getAttributes().item(i).getNodeValue());
            }
        }
        for (org.w3c.dom.Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
            sb.append(" {").append(dump(c)).append('}');
        }
        return sb.toString();
    }
}
