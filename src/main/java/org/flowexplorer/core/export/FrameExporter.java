package org.flowexplorer.core.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.flowexplorer.core.math.ParallelRunner;
import org.flowexplorer.core.metric.ModeCoverage;
import org.flowexplorer.core.render.ColorMode;
import org.flowexplorer.core.render.FrameBuffer;
import org.flowexplorer.core.render.FrameInput;
import org.flowexplorer.core.render.Rasterizer;
import org.flowexplorer.core.render.RenderOptions;
import org.flowexplorer.core.render.View;
import org.flowexplorer.core.sim.HeadlessRun;
import org.flowexplorer.core.sim.RunConfig;
import org.flowexplorer.core.sim.Snapshot;

/**
 * Turns a headless run into frames: listens to the run, and at each step of the
 * {@link FrameSchedule} renders the snapshot with the {@link Rasterizer} and hands the frame to a
 * {@link FrameSink}. The view is fitted once, at step 0, to the targets and the initial particles
 * and kept for the whole run, so frames line up. Particles are coloured by nearest mixture mode
 * when the dataset is a mixture (uniform otherwise). Sink failures surface as
 * {@link UncheckedIOException} from the listener methods (the run stops there).
 */
public final class FrameExporter implements HeadlessRun.StepListener, AutoCloseable {
    private final RunConfig config;
    private final FrameExportSpec spec;
    private final long[] steps;
    private final FrameSink sink;
    private final Rasterizer rasterizer = new Rasterizer();
    private final FrameBuffer buffer;
    private final RenderOptions options;
    private final ParallelRunner coverageRunner = new ParallelRunner(1);
    private View view;
    private int next;
    private long lastRendered = -1;

    /**
     * @param config the run (for the step count and the HUD)
     * @param spec   frames, size, HUD
     * @param sink   where frames go
     */
    public FrameExporter(RunConfig config, FrameExportSpec spec, FrameSink sink) {
        this.config = config;
        this.spec = spec;
        this.steps = FrameSchedule.steps(spec.frames(), config.steps(), "--frames");
        this.sink = sink;
        this.buffer = new FrameBuffer(spec.width(), spec.height());
        this.options = exportOptions(spec);
    }

    /** The rendering options of exported frames: disc size follows the frame size. */
    public static RenderOptions exportOptions(FrameExportSpec spec) {
        double r = Math.max(1.2, Math.min(4, Math.min(spec.width(), spec.height()) / 320.0));
        return RenderOptions.defaults().withColorMode(ColorMode.NEAREST_MODE).withPointRadius(r).withHud(spec.hud());
    }

    /**
     * The fixed view of an export: fitted to the targets and the initial particles; 3D data is
     * seen from {@link View#oblique()}, the window's first look, since looking straight down the z
     * axis hides the depth structure (a Swiss roll would look like a rectangle).
     */
    public static View view(FrameExportSpec spec, Snapshot initial) {
        View v = View.fitAll(spec.width(), spec.height(), initial.targets().points(), initial.positions());
        return initial.positions().dim() >= 3 ? v.oblique() : v;
    }

    /** The steps frames are taken at. */
    public long[] steps() {
        return steps.clone();
    }

    /** Frames rendered so far. */
    public int frames() {
        return next;
    }

    @Override
    public void atStart(Snapshot initial) {
        view = view(spec, initial);
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
        if (view == null) {
            atStart(last);
        }
        if (next < steps.length && last.step() != lastRendered) {
            render(last);
        }
    }

    private void offer(Snapshot s) {
        while (next < steps.length && steps[next] < s.step()) {
            next++; // cannot happen with one snapshot per step; kept so a skipped step never stalls the schedule
        }
        if (next < steps.length && steps[next] == s.step()) {
            render(s);
            next++;
        }
    }

    private void render(Snapshot s) {
        FrameInput in = FrameInput.of(s);
        if (spec.hud()) {
            in = in.withHud(hud(s));
        }
        rasterizer.render(in, view, options, buffer);
        lastRendered = s.step();
        try {
            sink.accept(buffer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<String> hud(Snapshot s) {
        List<String> lines = new ArrayList<>();
        lines.add(config.params().flow().displayName());
        lines.add(String.format(Locale.ROOT, "step %d / %d", s.step(), config.steps()));
        lines.add(String.format(Locale.ROOT, "\u03c3 %.4g", s.sigma()));
        if (s.targets().mixture() != null && s.positions().dim() == s.targets().dim()) {
            ModeCoverage c = ModeCoverage.compute(s.positions(), s.targets().mixture(), coverageRunner);
            lines.add(String.format(Locale.ROOT, "modes %d / %d", c.modesCovered(), s.targets().mixture().modes()));
        }
        if (s.paused()) {
            lines.add("paused: rejected step");
        }
        return lines;
    }

    @Override
    public void close() {
        coverageRunner.close();
    }
}
