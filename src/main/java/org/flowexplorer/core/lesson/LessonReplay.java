package org.flowexplorer.core.lesson;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.flowexplorer.core.replay.ReplayChapter;
import org.flowexplorer.core.replay.ReplayPage;
import org.flowexplorer.core.replay.ReplayRecorder;
import org.flowexplorer.core.sim.HeadlessRun;
import org.flowexplorer.core.sim.RunConfig;

/**
 * Renders a lesson into one replay page for students: every slide is run headless from step 0 to
 * its pause, recorded at up to K evenly spaced steps, and becomes a chapter with its caption and
 * question; the page steps through them like the slides (PageDown / PageUp).
 */
public final class LessonReplay {
    private final int frames;
    private final int threads;
    private final UnaryOperator<RunConfig> override;

    /**
     * @param frames   K, the frames per slide (fewer for a slide with fewer steps)
     * @param threads  kernel threads
     * @param override applied to every slide's configuration (e.g. fewer particles for a draft)
     */
    public LessonReplay(int frames, int threads, UnaryOperator<RunConfig> override) {
        if (frames < 2) {
            throw new IllegalArgumentException("a lesson replay needs at least 2 frames per slide, got " + frames);
        }
        this.frames = frames;
        this.threads = threads;
        this.override = override;
    }

    /** The chapters of {@code lesson}; {@code progress} hears "slide i / n" before each slide is run. */
    public List<ReplayChapter> chapters(Lesson lesson, Consumer<String> progress) {
        List<ReplayChapter> out = new ArrayList<>();
        List<Slide> slides = lesson.slides();
        for (int i = 0; i < slides.size(); i++) {
            Slide s = slides.get(i);
            progress.accept("slide " + (i + 1) + " / " + slides.size() + ": " + s.title());
            RunConfig c = override.apply(s.config());
            int k = c.steps() == 0 ? 1 : Math.min(frames, c.steps() + 1);
            try (ReplayRecorder rec = new ReplayRecorder(c, k, threads, "--frames")) {
                HeadlessRun.Result r = new HeadlessRun(threads, Math.max(1, c.steps())).run(c, rec);
                rec.finishRun(r.last());
                out.add(rec.chapter(s.title(), s.caption(), s.question(), r.last(), s.start()));
            }
        }
        return out;
    }

    /** The page of {@code lesson} as UTF-8 bytes. */
    public byte[] render(Lesson lesson, Consumer<String> progress) {
        return new ReplayPage().render(lesson.title(), chapters(lesson, progress));
    }
}
