package org.flowexplorer.core.export;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flowexplorer.core.data.InputException;

/**
 * What a frame export writes: how many frames, in which format, at which size, with or without
 * the HUD, at which frame rate (GIF and MP4).
 *
 * @param frames the number of frames K (see {@link FrameSchedule})
 * @param format the file format
 * @param width  frame width in pixels
 * @param height frame height in pixels
 * @param hud    draw flow, step and σ in the corner of every frame
 * @param fps    frames per second of the animation (GIF delay is rounded to 1/100 s)
 */
public record FrameExportSpec(int frames, FrameFormat format, int width, int height, boolean hud, int fps) {
    /** Smallest frame side. */
    public static final int MIN_SIDE = 16;
    /** Largest frame side. */
    public static final int MAX_SIDE = 8192;
    /** Largest frame rate. */
    public static final int MAX_FPS = 100;
    private static final Pattern SIZE = Pattern.compile("(\\d{1,6})[xX](\\d{1,6})");

    public FrameExportSpec {
        if (format == null) {
            throw InputException.forKey("--format", "missing");
        }
        if (width < MIN_SIDE || height < MIN_SIDE || width > MAX_SIDE || height > MAX_SIDE) {
            throw InputException.forKey("--size " + width + "x" + height,
                    "width and height must be between " + MIN_SIDE + " and " + MAX_SIDE);
        }
        if (format == FrameFormat.MP4 && (width % 2 != 0 || height % 2 != 0)) {
            throw InputException.forKey("--size " + width + "x" + height, "MP4 (yuv420p) needs an even width and height");
        }
        if (fps < 1 || fps > MAX_FPS) {
            throw InputException.forKey("--fps", "must be between 1 and " + MAX_FPS + ", got " + fps);
        }
        if (frames < 1) {
            throw InputException.forKey("--frames", "must be at least 1, got " + frames);
        }
    }

    /** Parses {@code WxH} (e.g. {@code 800x600}) into {width, height}. */
    public static int[] parseSize(String text) {
        Matcher m = SIZE.matcher(text == null ? "" : text.trim());
        if (!m.matches()) {
            throw InputException.forKey("--size " + text, "expected WIDTHxHEIGHT in pixels, e.g. 800x800");
        }
        return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))};
    }

    /**
     * Heap bytes the export keeps at once, generously: the frame buffer, and for PNG up to
     * 2·threads + 1 frames queued for encoding with their encoded bytes; for GIF the indexed image
     * and the encoder's buffers; for MP4 the byte frame and a 1 MB pipe buffer.
     */
    public long workingBytes(int threads) {
        long frame = 4L * width * height;
        return switch (format) {
            case PNG -> frame * (3L + 4L * Math.max(1, threads));
            case GIF -> frame * 3L;
            case MP4 -> frame * 3L + (1L << 20);
            case HTML -> 0L; // no pixels: a replay's frames are bounded by ReplayRecorder.MAX_COORDINATES
        };
    }

    /** The file or directory name the export creates in the output directory. */
    public String outputName() {
        return switch (format) {
            case PNG -> "frames";
            case GIF -> "animation.gif";
            case MP4 -> "animation.mp4";
            case HTML -> "replay.html";
        };
    }
}
