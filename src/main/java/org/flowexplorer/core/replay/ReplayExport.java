package org.flowexplorer.core.replay;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.flowexplorer.core.io.StagedOutput;
import org.flowexplorer.core.sim.HeadlessRun;
import org.flowexplorer.core.sim.RunConfig;
import org.flowexplorer.core.sim.Snapshot;

/**
 * The HTML replay of one run, the way {@code run --format html} and the window's export write it:
 * listens to the headless run, then stages {@code replay.html} into the caller's
 * {@link StagedOutput} so it appears together with the other outputs or not at all.
 */
public final class ReplayExport implements HeadlessRun.StepListener, AutoCloseable {
    /** The file name of a replay in its output folder. */
    public static final String FILE = "replay.html";
    private final RunConfig config;
    private final ReplayRecorder recorder;
    private double maxError;
    private long bytes;

    /**
     * @param config  the run
     * @param frames  K, the number of frames (step 0 and the last step included)
     * @param threads threads for the metrics of each frame
     * @param key     names the frame count in error messages
     */
    public ReplayExport(RunConfig config, int frames, int threads, String key) {
        this.config = config;
        this.recorder = new ReplayRecorder(config, frames, threads, key);
    }

    @Override
    public void atStart(Snapshot initial) {
        recorder.atStart(initial);
    }

    @Override
    public void afterStep(Snapshot snapshot) {
        recorder.afterStep(snapshot);
    }

    /** After the run ended at {@code last}: stages the page as {@code target}; returns the frame count. */
    public int finish(Snapshot last, StagedOutput staged, Path target) throws IOException {
        recorder.finishRun(last);
        String title = ReplayRecorder.title(config);
        List<ReplayChapter> chapters = List.of(recorder.chapter(title, "", "", last, 0));
        byte[] page = new ReplayPage().render(title, chapters);
        staged.write(target, o -> o.write(page));
        maxError = ReplayData.maxError(chapters);
        bytes = page.length;
        return recorder.frames().size();
    }

    /** The largest quantisation error of a coordinate in the written page. */
    public double maxError() {
        return maxError;
    }

    /** The size of the written page in bytes. */
    public long bytes() {
        return bytes;
    }

    @Override
    public void close() {
        recorder.close();
    }
}
