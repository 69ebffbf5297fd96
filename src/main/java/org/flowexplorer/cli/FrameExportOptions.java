package org.flowexplorer.cli;

import org.flowexplorer.core.data.InputException;
import org.flowexplorer.core.export.FrameExportSpec;
import org.flowexplorer.core.export.FrameFormat;
import org.flowexplorer.core.export.FrameSchedule;
import org.flowexplorer.core.sim.RunConfig;
import picocli.CommandLine.Option;

/** {@code --frames K --format png|gif|mp4 --size WxH --hud --fps F}: frame export of {@code run}. */
final class FrameExportOptions {
    static final String DEFAULT_SIZE = "800x800";
    static final int DEFAULT_FPS = 10;

    @Option(names = "--frames", paramLabel = "K",
            description = "Export K frames evenly spaced over the run, step 0 and the last step included.")
    Integer frames;

    @Option(names = "--format", paramLabel = "png|gif|mp4|html",
            description = "Frame format: PNG sequence DIR/frames/, DIR/animation.gif, DIR/animation.mp4 (needs ffmpeg) "
                    + "or DIR/replay.html (a self-contained interactive replay). Default: png.")
    String format;

    @Option(names = "--size", paramLabel = "WxH", description = "Frame size in pixels. Default: " + DEFAULT_SIZE + ".")
    String size;

    @Option(names = "--hud", description = "Draw flow, step, sigma, eta (and modes covered) in force at each frame's step in a band at the top.")
    boolean hud;

    @Option(names = "--fps", paramLabel = "F", description = "Frames per second of a GIF or MP4. Default: " + DEFAULT_FPS + ".")
    Integer fps;

    /** The export the options ask for, or null for none; checks everything before the run starts. */
    FrameExportSpec resolve(RunConfig config) {
        if (frames == null) {
            if (format != null || size != null || hud || fps != null) {
                throw InputException.forKey("--frames", "--format, --size, --hud and --fps need --frames K");
            }
            return null;
        }
        FrameFormat f = FrameFormat.parse(format == null ? "png" : format, "--format");
        if (f == FrameFormat.HTML && (size != null || hud || fps != null)) {
            throw InputException.forKey("--format html", "--size, --hud and --fps apply to pictures and videos, not to a replay page");
        }
        int[] wh = FrameExportSpec.parseSize(size == null ? DEFAULT_SIZE : size);
        FrameExportSpec spec = new FrameExportSpec(frames, f, wh[0], wh[1], hud, fps == null ? DEFAULT_FPS : fps);
        FrameSchedule.steps(frames, config.steps(), "--frames " + frames);
        return spec;
    }
}
