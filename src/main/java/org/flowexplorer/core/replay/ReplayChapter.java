package org.flowexplorer.core.replay;

import java.util.List;
import org.flowexplorer.core.data.Dataset;
import org.flowexplorer.core.sim.RunConfig;

/**
 * One recorded run inside a replay page: a whole {@code run}, or one slide of a lesson with its
 * caption and question. Every text here may come from a user; the page escapes it.
 *
 * @param title       heading of the run or slide
 * @param caption     what to look at (empty for a plain run)
 * @param question    a question for the class (empty for none)
 * @param config      the configuration that was run, with its recorded changes
 * @param targets     the targets it ran against
 * @param frames      the frames in step order (at least one)
 * @param pauseReason why the run stopped early, or null
 * @param openStep    the step the player opens this chapter at (the first frame at or after it)
 */
public record ReplayChapter(String title, String caption, String question, RunConfig config, Dataset targets,
                            List<ReplayFrame> frames, String pauseReason, long openStep) {
    public ReplayChapter {
        title = title == null ? "" : title;
        caption = caption == null ? "" : caption;
        question = question == null ? "" : question;
        frames = List.copyOf(frames);
        if (frames.isEmpty()) {
            throw new IllegalArgumentException("a replay chapter needs at least one frame");
        }
    }

    /** A chapter that opens at its first frame. */
    public ReplayChapter(String title, String caption, String question, RunConfig config, Dataset targets,
                         List<ReplayFrame> frames, String pauseReason) {
        this(title, caption, question, config, targets, frames, pauseReason, 0);
    }

    /** Index of the frame the player opens at: the first at or after {@link #openStep}, else the last. */
    public int openFrame() {
        for (int i = 0; i < frames.size(); i++) {
            if (frames.get(i).step() >= openStep) {
                return i;
            }
        }
        return frames.size() - 1;
    }

    /** Dimension of the particles. */
    public int dim() {
        return frames.get(0).positions().dim();
    }
}
