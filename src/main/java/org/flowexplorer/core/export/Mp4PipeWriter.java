package org.flowexplorer.core.export;

import java.io.BufferedOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.flowexplorer.core.io.AtomicFiles;
import org.flowexplorer.core.io.StagedOutput;
import org.flowexplorer.core.render.paint.FrameBuffer;

/**
 * Encodes frames to H.264 MP4 by piping raw BGRA frames into an external {@code ffmpeg}:
 * {@code ffmpeg -f rawvideo -pix_fmt bgra -s WxH -r F -i - -f ffmetadata -i META -map 0:v
 * -map_metadata 1 -c:v libx264 -pix_fmt yuv420p -f mp4 <staged file>}. An opaque ARGB int written
 * little-endian is exactly the bytes B, G, R, A, so frames need no per-pixel conversion. The run
 * configuration travels in a metadata file (any size; never on the command line, whose length is
 * limited). ffmpeg is not trusted: every write and the final wait are bounded by a timeout after
 * which it is stopped, and the finished file is checked (not empty; width, height and frame count
 * by {@code ffprobe} when it is installed) before the export counts as done.
 */
public final class Mp4PipeWriter implements FrameSink {
    /** How long ffmpeg may go without taking a frame, or take to finish, unless told otherwise. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

    private final Path ffmpeg;
    private final Path output;
    private final Path metadata;
    private final BoundedProcess process;
    private final OutputStream stdin;
    private final byte[] bytes;
    private final int width;
    private final int height;
    private int frames;
    private boolean finished;

    /** As the full constructor with {@link #DEFAULT_TIMEOUT}. */
    public Mp4PipeWriter(Path ffmpeg, Path target, StagedOutput staged, String configJson, int fps, int width,
                         int height) throws IOException {
        this(ffmpeg, target, staged, configJson, fps, width, height, DEFAULT_TIMEOUT);
    }

    /**
     * Starts ffmpeg writing to a staged temporary file for {@code target}.
     *
     * @param ffmpeg  the ffmpeg executable (see {@link #locate})
     * @param timeout how long ffmpeg may block a frame write or take to finish before it is stopped
     */
    public Mp4PipeWriter(Path ffmpeg, Path target, StagedOutput staged, String configJson, int fps, int width,
                         int height, Duration timeout) throws IOException {
        this.ffmpeg = ffmpeg;
        this.width = width;
        this.height = height;
        this.bytes = new byte[width * height * 4];
        this.output = staged.reserve(target);
        this.metadata = AtomicFiles.writeTemporary(target.resolveSibling(target.getFileName() + ".meta"),
                o -> o.write(ffmetadata(configJson).getBytes(StandardCharsets.UTF_8)));
        List<String> cmd = List.of(ffmpeg.toString(), "-hide_banner", "-loglevel", "error", "-y",
                "-f", "rawvideo", "-pix_fmt", "bgra", "-s", width + "x" + height, "-r", Integer.toString(fps),
                "-i", "-", "-f", "ffmetadata", "-i", metadata.toAbsolutePath().toString(),
                "-map", "0:v", "-map_metadata", "1", "-c:v", "libx264", "-pix_fmt", "yuv420p",
                "-movflags", "+faststart", "-f", "mp4", output.toAbsolutePath().toString());
        try {
            this.process = BoundedProcess.start(cmd, timeout, "ffmpeg");
        } catch (IOException e) {
            Files.deleteIfExists(metadata);
            throw new IOException("cannot start ffmpeg (" + e.getMessage() + ")", e);
        }
        this.stdin = new BufferedOutputStream(process.stdin(), 1 << 20);
    }

    /** The first executable {@code ffmpeg} on {@code pathVariable} (the PATH environment variable). */
    public static Optional<Path> locate(String pathVariable) {
        return locate("ffmpeg", pathVariable);
    }

    /** The first executable named {@code name} on {@code pathVariable}. */
    public static Optional<Path> locate(String name, String pathVariable) {
        if (pathVariable == null || pathVariable.isBlank()) {
            return Optional.empty();
        }
        boolean windows = File.separatorChar == '\\';
        for (String dir : pathVariable.split(File.pathSeparator)) {
            if (dir.isBlank()) {
                continue;
            }
            for (String file : windows ? new String[] {name + ".exe", name} : new String[] {name}) {
                try {
                    Path p = Path.of(dir, file);
                    if (Files.isRegularFile(p) && Files.isExecutable(p)) {
                        return Optional.of(p);
                    }
                } catch (RuntimeException ignored) {
                    // a malformed PATH entry: skip it
                }
            }
        }
        return Optional.empty();
    }

    @Override
    public void accept(FrameBuffer frame) throws IOException {
        if (frame.width() != width || frame.height() != height) {
            throw new IllegalArgumentException("frame size changed during an MP4 export");
        }
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asIntBuffer().put(frame.pixels());
        process.bounded("take a frame", () -> stdin.write(bytes));
        frames++;
    }

    @Override
    public void finish() throws IOException {
        process.bounded("take the last frames", stdin::close);
        int code = process.awaitExit("finish");
        finished = true;
        Files.deleteIfExists(metadata);
        if (code != 0) {
            throw process.failure("ffmpeg exited with code " + code, null);
        }
        new VideoCheck(ffmpeg, process.timeout()).verify(output, width, height, frames);
    }

    @Override
    public void close() {
        if (!finished) {
            finished = true;
            process.kill();
        }
        try {
            Files.deleteIfExists(metadata);
        } catch (IOException ignored) {
            // a hidden .part file: the next run into this folder removes it
        }
    }

    /** The run configuration as an ffmetadata file: {@code comment=} with = ; # \ and newlines escaped. */
    static String ffmetadata(String configJson) {
        StringBuilder sb = new StringBuilder(";FFMETADATA1\ncomment=");
        for (int i = 0; i < configJson.length(); i++) {
            char c = configJson.charAt(i);
            if (c == '=' || c == ';' || c == '#' || c == '\\' || c == '\n') {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.append('\n').toString();
    }
}
