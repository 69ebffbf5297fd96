package org.flowexplorer.app.export;

import java.nio.file.Path;
import org.flowexplorer.core.data.InputException;
import org.flowexplorer.core.export.FrameExportSpec;
import org.flowexplorer.core.export.FrameFormat;
import org.flowexplorer.core.export.FrameSchedule;

/**
 * What the export dialog asks for, as a value: format, run length, frames (a count K, or one
 * frame every k steps), size, frame rate, HUD and output folder. Converts to the core
 * {@link FrameExportSpec} the CLI uses, so both check the same rules. Free of JavaFX.
 *
 * @param format    PNG sequence, GIF, MP4 or HTML replay
 * @param steps     steps the export runs (frames include step 0 and this last step)
 * @param everyMode true: {@code count} is k, one frame every k steps; false: {@code count} is K
 * @param count     K or k
 * @param width     frame width in pixels
 * @param height    frame height in pixels
 * @param fps       frames per second (GIF, MP4)
 * @param hud       draw flow, step and σ on every frame
 * @param outDir    the folder the export goes into
 */
public record ExportSettings(FrameFormat format, int steps, boolean everyMode, int count, int width, int height,
                             int fps, boolean hud, Path outDir) {

    /** The number of frames K: {@code count}, or {@code steps / k + 1} in every-k mode. */
    public int frames() {
        if (!everyMode) {
            return count;
        }
        if (count < 1) {
            throw InputException.forKey("every k steps", "k must be at least 1, got " + count);
        }
        return steps == 0 ? 1 : steps / count + 1;
    }

    /** The core export specification; an {@link InputException} naming the bad field otherwise. */
    public FrameExportSpec spec() {
        if (steps < 0) {
            throw InputException.forKey("steps", "must be at least 0, got " + steps);
        }
        if (outDir == null) {
            throw InputException.forKey("folder", "choose an output folder");
        }
        FrameExportSpec spec = new FrameExportSpec(frames(), format, width, height, hud, fps);
        FrameSchedule.steps(spec.frames(), steps, everyMode ? "every k steps" : "frames");
        return spec;
    }

    /** One line describing what will be written, or the first problem. */
    public String summary() {
        try {
            FrameExportSpec s = spec();
            long[] at = FrameSchedule.steps(s.frames(), steps, "frames");
            String where = outDir.resolve(s.outputName()).toString();
            String which = at.length == 1 ? "step 0" : at.length == 2 ? "steps 0 and " + at[1]
                    : "steps 0, " + at[1] + ", " + at[2] + (at.length > 3 ? " … " + at[at.length - 1] : "");
            return s.frames() + " frames (" + which + ")" + (format == FrameFormat.HTML ? ", one self-contained page"
                    : " at " + width + "×" + height) + " → " + where;
        } catch (InputException | IllegalArgumentException e) {
            return "⚠ " + e.getMessage();
        }
    }
}
