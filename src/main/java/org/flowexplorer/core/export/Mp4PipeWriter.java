package org.flowexplorer.core.export;

import org.flowexplorer.core.io.StagedOutput;
import java.io.BufferedOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.flowexplorer.core.render.FrameBuffer;

/**
 * Encodes frames to H.264 MP4 by piping raw BGRA frames into an external {@code ffmpeg}:
 * {@code ffmpeg -f rawvideo -pix_fmt bgra -s WxH -r F -i - -c:v libx264 -pix_fmt yuv420p
 * -metadata comment=<config> -f mp4 <staged file>}. An opaque ARGB int written little-endian is
 * exactly the bytes B, G, R, A, so frames need no per-pixel conversion. ffmpeg's error output is
 * kept (its last 4 KB) for the failure message.
 */
public final class Mp4PipeWriter implements FrameSink {
    private static final int ERR_KEEP = 4096;

    private final Process process;
    private final OutputStream stdin;
    private final Thread errDrain;
    private final StringBuilder errTail = new StringBuilder();
    private final byte[] bytes;
    private final int width;
    private final int height;
    private boolean finished;

    /**
     * Starts ffmpeg writing to a staged temporary file for {@code target}.
     *
     * @param ffmpeg the ffmpeg executable (see {@link #locate})
     */
    public Mp4PipeWriter(Path ffmpeg, Path target, StagedOutput staged, String configJson, int fps, int width,
                         int height) throws IOException {
        this.width = width;
        this.height = height;
        this.bytes = new byte[width * height * 4];
        Path tmp = staged.reserve(target);
        List<String> cmd = new ArrayList<>(List.of(ffmpeg.toString(), "-hide_banner", "-loglevel", "error", "-y",
                "-f", "rawvideo", "-pix_fmt", "bgra", "-s", width + "x" + height, "-r", Integer.toString(fps),
                "-i", "-", "-c:v", "libx264", "-pix_fmt", "yuv420p", "-movflags", "+faststart",
                "-metadata", "comment=" + configJson, "-f", "mp4", tmp.toAbsolutePath().toString()));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        this.process = pb.start();
        this.stdin = new BufferedOutputStream(process.getOutputStream(), 1 << 20);
        this.errDrain = new Thread(this::drainErrors, "ffmpeg-stderr");
        errDrain.setDaemon(true);
        errDrain.start();
    }

    /** The first executable {@code ffmpeg} on {@code pathVariable} (the PATH environment variable). */
    public static Optional<Path> locate(String pathVariable) {
        if (pathVariable == null || pathVariable.isBlank()) {
            return Optional.empty();
        }
        boolean windows = File.separatorChar == '\\';
        for (String dir : pathVariable.split(File.pathSeparator)) {
            if (dir.isBlank()) {
                continue;
            }
            for (String name : windows ? new String[] {"ffmpeg.exe", "ffmpeg"} : new String[] {"ffmpeg"}) {
                try {
                    Path p = Path.of(dir, name);
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
        try {
            stdin.write(bytes);
        } catch (IOException e) {
            throw failure("ffmpeg stopped reading frames", e);
        }
    }

    @Override
    public void finish() throws IOException {
        try {
            stdin.close();
        } catch (IOException e) {
            throw failure("ffmpeg stopped reading frames", e);
        }
        int code;
        try {
            code = process.waitFor();
            errDrain.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for ffmpeg");
        }
        finished = true;
        if (code != 0) {
            throw failure("ffmpeg exited with code " + code, null);
        }
    }

    @Override
    public void close() {
        if (!finished) {
            finished = true;
            process.destroyForcibly();
            try {
                stdin.close();
            } catch (IOException ignored) {
                // the process is gone; its pipe may already be closed
            }
            try {
                process.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private IOException failure(String what, IOException cause) {
        try {
            errDrain.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        String detail;
        synchronized (errTail) {
            detail = errTail.toString().strip().replaceAll("\\s*\\R\\s*", " | ");
        }
        return new IOException(what + (detail.isEmpty() ? "" : ": " + detail), cause);
    }

    private void drainErrors() {
        byte[] buf = new byte[4096];
        try (InputStream err = process.getErrorStream()) {
            int n;
            while ((n = err.read(buf)) > 0) {
                synchronized (errTail) {
                    errTail.append(new String(buf, 0, n, StandardCharsets.UTF_8));
                    if (errTail.length() > ERR_KEEP) {
                        errTail.delete(0, errTail.length() - ERR_KEEP);
                    }
                }
            }
        } catch (IOException ignored) {
            // the process ended
        }
    }
}
