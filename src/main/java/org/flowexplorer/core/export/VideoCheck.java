package org.flowexplorer.core.export;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.flowexplorer.core.data.Excerpt;

/**
 * Checks the video ffmpeg says it wrote before an export is called done: the file is not empty and
 * starts with an MP4 {@code ftyp} box, and — with {@code ffprobe} beside ffmpeg or on the PATH —
 * its video stream has the expected width, height and number of frames (packets, counted without
 * decoding). A mismatch is an {@link IOException} that says what was found.
 */
final class VideoCheck {
    private final Path ffmpeg;
    private final Duration timeout;

    VideoCheck(Path ffmpeg, Duration timeout) {
        this.ffmpeg = ffmpeg;
        this.timeout = timeout;
    }

    void verify(Path video, int width, int height, int frames) throws IOException {
        long size = Files.size(video);
        if (size == 0) {
            throw new IOException("ffmpeg reported success but wrote an empty file");
        }
        byte[] head = new byte[8];
        try (InputStream in = Files.newInputStream(video)) {
            if (in.readNBytes(head, 0, 8) < 8 || !Arrays.equals(Arrays.copyOfRange(head, 4, 8),
                    "ftyp".getBytes(StandardCharsets.US_ASCII))) {
                throw new IOException("ffmpeg reported success but its output (" + size + " bytes) is not an MP4 file");
            }
        }
        Optional<Path> probe = ffprobe();
        if (probe.isEmpty()) {
            return; // the structural check above is all we can do without ffprobe
        }
        BoundedProcess p = BoundedProcess.start(List.of(probe.get().toString(), "-v", "error", "-select_streams", "v:0",
                "-count_packets", "-show_entries", "stream=width,height,nb_read_packets", "-of", "csv=p=0",
                video.toAbsolutePath().toString()), timeout, "ffprobe");
        p.stdin().close();
        int code = p.awaitExit("check the video");
        String found = p.output().strip();
        String expected = width + "," + height + "," + frames;
        if (code != 0 || !found.equals(expected)) {
            throw p.failure(String.format(Locale.ROOT,
                    "ffmpeg's video failed the check: ffprobe found %s (width,height,frames), expected %s",
                    found.isEmpty() ? "no video stream" : Excerpt.of(found, 60), expected), null);
        }
    }

    /** ffprobe beside ffmpeg, else on the PATH. */
    private Optional<Path> ffprobe() {
        Path dir = ffmpeg.toAbsolutePath().getParent();
        if (dir != null) {
            Optional<Path> beside = Mp4PipeWriter.locate("ffprobe", dir.toString());
            if (beside.isPresent()) {
                return beside;
            }
        }
        return Mp4PipeWriter.locate("ffprobe", System.getenv("PATH"));
    }
}
