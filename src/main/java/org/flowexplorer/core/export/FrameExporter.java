package org.flowexplorer.core.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import org.flowexplorer.core.io.ConfigJson;
import org.flowexplorer.core.math.ParallelRunner;
import org.flowexplorer.core.math.PointSet;
import org.flowexplorer.core.metric.ModeCoverage;
import org.flowexplorer.core.render.Camera;
import org.flowexplorer.core.render.FrameInput;
import org.flowexplorer.core.render.HudLayer;
import org.flowexplorer.core.render.Rasterizer;
import org.flowexplorer.core.render.RenderOptions;
import org.flowexplorer.core.render.paint.FrameBuffer;
import org.flowexplorer.core.sim.FlowParameters;
import org.flowexplorer.core.sim.HeadlessRun;
import org.flowexplorer.core.sim.RunConfig;
import org.flowexplorer.core.sim.Snapshot;

/**
 * Turns a headless run into frames: listens to the run, and at each step of the
 * {@link FrameSchedule} renders the snapshot with the {@link Rasterizer} and hands the frame and
 * its facts ({@link ConfigJson#writeFrame}) to a {@link FrameSink}. Frames are drawn with the
 * run's look (the configuration's view keys: colour, point size, theme, targets, arrows, trails of
 * the last k steps), as the window draws them. The camera is {@link Camera#firstLook}, fixed at
 * step 0 for the whole run so frames line up, with room for the HUD band at the top. The HUD
 * names the flow, η and σ in force at each frame's step ({@link RunConfig#paramsAt}). Sink
 * failures surface as {@link UncheckedIOException} from the listener methods (the run stops there).
 */
public final class FrameExporter implements HeadlessRun.StepListener, AutoCloseable {
    /** Lines of the HUD band ({@link HudText}). */
    public static final int HUD_LINES = 2;

    private final RunConfig config;
    private final FrameExportSpec spec;
    private final FrameSchedule schedule;
    private final FrameSink sink;
    private final Rasterizer rasterizer = new Rasterizer();
    private final FrameBuffer buffer;
    private final RenderOptions options;
    private final ParallelRunner coverageRunner = new ParallelRunner(1);
    private final ConfigJson json = new ConfigJson();
    private final ArrayDeque<PointSet> trail = new ArrayDeque<>();
    private Camera camera;
    private long lastRendered = -1;

    /**
     * @param config the run (for the step count, the changes and the HUD)
     * @param view   the run's look
     * @param spec   frames, size, HUD
     * @param sink   where frames go
     */
    public FrameExporter(RunConfig config, RenderOptions view, FrameExportSpec spec, FrameSink sink) {
        this.config = config;
        this.spec = spec;
        this.schedule = new FrameSchedule(spec.frames(), config.steps(), "--frames");
        this.sink = sink;
        this.buffer = new FrameBuffer(spec.width(), spec.height());
        this.options = view.withHud(spec.hud());
    }

    /** The fixed camera of an export: the first look at the initial state, below the HUD band if any. */
    public static Camera camera(FrameExportSpec spec, Snapshot initial) {
        int band = spec.hud() ? HudLayer.bandHeight(HUD_LINES, spec.width(), spec.height()) : 0;
        return Camera.firstLook(initial, spec.width(), spec.height(), band);
    }

    /** The steps frames are taken at. */
    public long[] steps() {
        return schedule.steps();
    }

    /** Frames rendered so far. */
    public int frames() {
        return schedule.taken();
    }

    @Override
    public void atStart(Snapshot initial) {
        camera = camera(spec, initial);
        offer(initial);
    }

    @Override
    public void afterStep(Snapshot snapshot) {
        offer(snapshot);
    }

    /**
     * Called once after the run: if it paused on a rejected step before the schedule ended, adds
     * one last frame of the final (last good) state, so the export ends where the run did.
     */
    public void finishRun(Snapshot last) {
        if (camera == null) {
            atStart(last);
        }
        if (schedule.pending() && last.step() != lastRendered) {
            render(last);
        }
    }

    private void offer(Snapshot s) {
        if (schedule.take(s.step())) {
            render(s);
        }
        remember(s);
    }

    /** Keeps the positions of the last {@code trailSteps} steps for the trails of later frames. */
    private void remember(Snapshot s) {
        if (!options.trails()) {
            return;
        }
        if (!trail.isEmpty() && trail.peekLast() == s.positions()) {
            return; // a paused run's last state offered twice
        }
        trail.addLast(s.positions());
        while (trail.size() > options.trailSteps()) {
            trail.removeFirst();
        }
    }

    private void render(Snapshot s) {
        FlowParameters inForce = config.paramsAt((int) s.step());
        FrameInput in = FrameInput.of(s);
        if (options.trails()) {
            in = in.withTrails(new ArrayList<>(trail)); // steps s − k … s − 1, oldest first
        }
        if (spec.hud()) {
            in = in.withHud(hud(s, inForce));
        }
        rasterizer.render(in, camera, options, buffer);
        lastRendered = s.step();
        try {
            sink.accept(buffer, json.writeFrame(config, s.step(), inForce.schedule().sigmaAt(s.step())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<String> hud(Snapshot s, FlowParameters inForce) {
        Integer covered = null;
        int modes = 0;
        if (s.targets().mixture() != null && s.positions().dim() == s.targets().dim()) {
            covered = ModeCoverage.compute(s.positions(), s.targets().mixture(), coverageRunner).modesCovered();
            modes = s.targets().mixture().modes();
        }
        return HudText.lines(s, inForce, config.steps(), covered, modes);
    }

    @Override
    public void close() {
        coverageRunner.close();
    }
}
