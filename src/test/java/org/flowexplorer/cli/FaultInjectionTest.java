package org.flowexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.flowexplorer.core.export.Mp4PipeWriter;
import org.flowexplorer.core.io.OutputFolder;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Faults injected into {@code run}: a full disk (a 256 KB tmpfs), a read-only folder, and ffmpeg
 * missing, failing, hanging (bounded by --ffmpeg-timeout), finishing with an empty or a broken file
 * — fake ffmpeg scripts found by the same PATH lookup as the real one. Every fault must end with
 * exit code 2 and one clear line, and leave no partial or hidden file and nothing of the user's
 * changed. Kills of a child JVM mid-export are in {@link KillMidExportTest}.
 */
class FaultInjectionTest {
    private static final String[] SMALL = {"run", "--preset", "25gaussians-sd", "--steps", "20", "--set", "particles=200",
        "--set", "targets=200", "--threads", "2"};

    @TempDir
    Path tmp;

    @Test
    void aFullDiskFailsCleanlyAndKeepsTheEarlierRun() throws Exception {
        Path mnt = Files.createDirectories(tmp.resolve("mnt"));
        try (TmpfsMount disk = TmpfsMount.mount(mnt, 256, false)) {
            Path out = mnt.resolve("out");
            CliRunner.Result first = CliRunner.run(args(out, "--set", "steps=2", "--set", "particles=20", "--set", "targets=20"));
            assertEquals(0, first.code(), first.err());
            String config = Files.readString(out.resolve("config.json"));
            Files.writeString(out.resolve("notes.txt"), "the user's own file");
            CliRunner.Result full = CliRunner.run(args(out, "--frames", "21", "--size", "800x800", "--hud"));
            assertEquals(2, full.code(), full.err());
            assertOneLine(full, "No space left on device");
            assertEquals(config, Files.readString(out.resolve("config.json")), "the earlier run's results are intact");
            assertEquals("the user's own file", Files.readString(out.resolve("notes.txt")));
            assertNoDebris(out);
            assertFalse(Files.exists(out.resolve("frames")), "no partial frames folder");
        }
    }

    @Test
    void aReadOnlyFolderIsRefusedBeforeAnyWork() throws Exception {
        Path ro = Files.createDirectories(tmp.resolve("ro"));
        boolean root = "root".equals(System.getProperty("user.name"));
        if (root) {
            try (TmpfsMount m = TmpfsMount.mount(ro, 256, true)) {
                expectUnwritable(ro);
            }
        } else {
            Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("r-xr-xr-x"));
            try {
                Assumptions.assumeFalse(Files.isWritable(ro), "permissions are not enforced for this user");
                expectUnwritable(ro);
            } finally {
                Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
        }
    }

    private void expectUnwritable(Path ro) {
        CliRunner.Result inside = CliRunner.run(args(ro.resolve("out")));
        assertEquals(2, inside.code(), inside.err());
        assertOneLine(inside, "not writable");
        CliRunner.Result itself = CliRunner.run(args(ro));
        assertEquals(2, itself.code(), itself.err());
        assertOneLine(itself, "not writable");
    }

    @Test
    void missingFfmpegIsReportedBeforeTheRun() throws IOException {
        Path empty = Files.createDirectories(tmp.resolve("no-ffmpeg"));
        Path out = tmp.resolve("out");
        CliRunner.Result r = CliRunner.runWith(c -> c.ffmpegLocator = () -> Mp4PipeWriter.locate(empty.toString()),
                args(out, "--frames", "5", "--format", "mp4", "--size", "64x64"));
        assertEquals(2, r.code(), r.err());
        assertOneLine(r, "ffmpeg not found");
        assertFalse(Files.exists(out));
    }

    @Test
    void failingFfmpegSaysWhatItPrinted() throws IOException {
        CliRunner.Result r = withFakeFfmpeg("echo 'fake ffmpeg: the encoder exploded' >&2\nexit 1\n");
        assertOneLine(r, "ffmpeg");
        assertTrue(r.err().contains("the encoder exploded"), r.err());
    }

    @Test
    void ffmpegThatNeverReadsIsStoppedAfterTheTimeout() throws IOException {
        CliRunner.Result r = withFakeFfmpeg("exec sleep 600\n", "--ffmpeg-timeout", "2");
        assertOneLine(r, "within 2 s; stopped it");
    }

    @Test
    void ffmpegThatNeverFinishesIsStoppedAfterTheTimeout() throws IOException {
        CliRunner.Result r = withFakeFfmpeg("cat > /dev/null\nexec sleep 600\n", "--ffmpeg-timeout", "2");
        assertOneLine(r, "did not finish within 2 s");
    }

    @Test
    void anEmptyVideoIsNotASuccess() throws IOException {
        CliRunner.Result r = withFakeFfmpeg("cat > /dev/null\nfor a; do out=\"$a\"; done\n: > \"$out\"\nexit 0\n");
        assertOneLine(r, "empty file");
    }

    @Test
    void aBrokenVideoIsNotASuccess() throws IOException {
        CliRunner.Result r = withFakeFfmpeg("cat > /dev/null\nfor a; do out=\"$a\"; done\necho 'not a video' > \"$out\"\n");
        assertOneLine(r, "not an MP4 file");
    }

    @Test
    void aVideoOfTheWrongSizeIsNotASuccess() throws IOException {
        Optional<Path> real = Mp4PipeWriter.locate(System.getenv("PATH"));
        Assumptions.assumeTrue(real.isPresent() && Mp4PipeWriter.locate("ffprobe", System.getenv("PATH")).isPresent(),
                "needs the real ffmpeg and ffprobe");
        // a wrapper around the real ffmpeg that scales the video down before the output file
        CliRunner.Result r = withFakeFfmpeg("n=$#; i=0\nfor a; do i=$((i+1)); if [ $i -lt $n ]; then set -- \"$@\" \"$a\"; "
                + "else last=\"$a\"; fi; done\nshift $n\nexec " + real.get() + " \"$@\" -s 32x32 \"$last\"\n");
        assertOneLine(r, "ffprobe found 32,32,6");
    }

    /** Runs a small MP4 export with a fake ffmpeg made of {@code script}; checks that nothing is left. */
    private CliRunner.Result withFakeFfmpeg(String script, String... extra) throws IOException {
        Path bin = Files.createDirectories(tmp.resolve("fake-bin"));
        Path ffmpeg = Files.writeString(bin.resolve("ffmpeg"), "#!/bin/sh\n" + script);
        Files.setPosixFilePermissions(ffmpeg, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path out = tmp.resolve("mp4-out");
        String[] a = args(out, Stream.concat(Stream.of("--frames", "6", "--format", "mp4", "--size", "64x64"),
                Stream.of(extra)).toArray(String[]::new));
        CliRunner.Result r = CliRunner.runWith(c -> c.ffmpegLocator = () -> Mp4PipeWriter.locate(bin.toString()), a);
        assertEquals(2, r.code(), r.err());
        assertFalse(Files.exists(out), "a failed export into a new folder leaves nothing, not even the folder");
        return r;
    }

    private static String[] args(Path out, String... extra) {
        return Stream.of(Stream.of(SMALL), Stream.of(extra), Stream.of("--out", out.toString()))
                .flatMap(s -> s).toArray(String[]::new);
    }

    static void assertOneLine(CliRunner.Result r, String mention) {
        List<String> errors = r.err().lines().filter(l -> l.startsWith("error: ")).toList();
        assertEquals(1, errors.size(), r.err());
        assertTrue(errors.get(0).contains(mention), () -> "'" + errors.get(0) + "' should mention " + mention);
        assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), r.err());
    }

    static void assertNoDebris(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            List<Path> left = s.filter(p -> p.getFileName().toString().endsWith(".part")
                    || p.getFileName().toString().equals(OutputFolder.LOCK)).toList();
            assertEquals(List.of(), left, "partial or hidden files left");
        }
    }
}
