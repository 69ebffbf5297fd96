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
 */
public record ReplayChapter(String title, String caption, String question, RunConfig config, Dataset targets,
                            List<ReplayFrame> frames, String pauseReason) {
    public ReplayChapter {
        title = title == null ? "" : title;
        caption = caption == null ? "" : caption;
        question = question == null ? "" : question;
        frames = List.copyOf(frames);
        if (frames.isEmpty()) {
            throw new IllegalArgumentException("a replay chapter needs at least one frame");
        }
    }

    /** Dimension of the particles. */
    public int dim() {
        return frames.get(0).positions().dim();
    }
}
