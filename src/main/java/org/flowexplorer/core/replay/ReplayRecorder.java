package org.flowexplorer.core.replay;

import java.util.ArrayList;
import java.util.List;
import org.flowexplorer.core.data.InputException;
import org.flowexplorer.core.export.FrameSchedule;
import org.flowexplorer.core.math.ParallelRunner;
import org.flowexplorer.core.math.PointSet;
import org.flowexplorer.core.metric.MetricsCalculator;
import org.flowexplorer.core.sim.HeadlessRun;
import org.flowexplorer.core.sim.RunConfig;
import org.flowexplorer.core.sim.Snapshot;

/**
 * Listens to a headless run and keeps the particles, σ, metrics and parameters at the K steps of
 * the {@link FrameSchedule} (step 0 and the last step included), as an HTML replay needs them.
 * Metrics are computed at exactly those steps, so the replay's chart and read-outs belong to the
 * frame shown. A run that paused early gets one last frame of its last good state.
 */
public final class ReplayRecorder implements HeadlessRun.StepListener, AutoCloseable {
    /** Most coordinates (particles × dimension × frames) one replay holds: about 21 MB of page. */
    public static final long MAX_COORDINATES = 8_000_000L;
    private final RunConfig config;
    private final FrameSchedule schedule;
    private final String key;
    private final ParallelRunner runner;
    private final List<ReplayFrame> frames = new ArrayList<>();
    private MetricsCalculator metrics;

    /**
     * @param config  the run being recorded
     * @param frames  K, the number of frames
     * @param threads threads for the metrics
     * @param key     names the frame count in error messages (e.g. {@code --frames})
     */
    public ReplayRecorder(RunConfig config, int frames, int threads, String key) {
        this.config = config;
        this.schedule = new FrameSchedule(frames, config.steps(), key);
        this.key = key;
        this.runner = new ParallelRunner(Math.max(1, threads));
    }

    @Override
    public void atStart(Snapshot initial) {
        metrics = new MetricsCalculator(initial.targets().points(), initial.targets().mixture(), runner);
        long c = (long) schedule.size() * initial.positions().size() * initial.positions().dim();
        if (c > MAX_COORDINATES) {
            throw InputException.forKey(key, schedule.size() + " frames of " + initial.positions().size()
                    + " particles in " + initial.positions().dim() + "D exceed " + MAX_COORDINATES
                    + " coordinates; use fewer frames or particles");
        }
        offer(initial);
    }

    @Override
    public void afterStep(Snapshot snapshot) {
        offer(snapshot);
    }

    /** After the run: adds the last good state of a run that paused before its last frame. */
    public void finishRun(Snapshot last) {
        if (metrics == null) {
            atStart(last);
        }
        if (frames.get(frames.size() - 1).step() != last.step()) {
            record(last);
        }
    }

    /** The heading of the replay of a plain run: flow and dataset. */
    public static String title(RunConfig config) {
        return config.params().flow().displayName() + " on " + config.dataset();
    }

    /** The frames recorded so far. */
    public List<ReplayFrame> frames() {
        return List.copyOf(frames);
    }

    /** The recorded run as a chapter of a replay that opens at step {@code openStep}. */
    public ReplayChapter chapter(String title, String caption, String question, Snapshot last, long openStep) {
        return new ReplayChapter(title, caption, question, config, last.targets(), frames, last.pauseReason(), openStep);
    }

    private void offer(Snapshot s) {
        if (schedule.take(s.step())) {
            record(s);
        }
    }

    private void record(Snapshot s) {
        PointSet p = s.positions();
        frames.add(new ReplayFrame(p, HeadlessRun.row(metrics, s, null), config.paramsAt((int) s.step())));
    }

    @Override
    public void close() {
        runner.close();
    }
}
