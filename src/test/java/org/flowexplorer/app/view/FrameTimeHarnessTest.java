package org.flowexplorer.app.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.stage.Stage;
import org.flowexplorer.app.window.ExplorerWindow;
import org.flowexplorer.core.io.PresetLibrary;
import org.flowexplorer.core.math.PointSet;
import org.flowexplorer.core.render.ColorMode;
import org.flowexplorer.core.sim.RunConfig;
import org.flowexplorer.core.sim.Snapshot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A frame-time harness, not a benchmark: with 20,000 particles in the 1280×800 window an
 * AnimationTimer draws one new snapshot per pulse through the canvas (rasterize into the int[] +
 * PixelBuffer update, exactly what the window's loop does) for 200 pulses, and the median and p99
 * of those render+upload times are printed. Only a generous sanity bound is asserted.
 */
@ExtendWith(ApplicationExtension.class)
class FrameTimeHarnessTest {
    private static final int N = 20_000;
    private static final int FRAMES = 200;
    private ExplorerWindow window;

    @Start
    void start(Stage stage) {
        PresetLibrary presets = new PresetLibrary();
        RunConfig c = presets.require("25gaussians-sd").config().withSizes(N, 1000);
        window = ExplorerWindow.open(stage, c, presets, 1280, 800);
    }

    @AfterEach
    void stop() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> window.stage().close()).get(5, TimeUnit.SECONDS);
    }

    /** 60 snapshots that drift the particles a little each frame and carry velocities. */
    private static List<Snapshot> frames(Snapshot s0) {
        SplittableRandom rng = new SplittableRandom(1);
        double[] x = s0.positions().copyCoords();
        List<Snapshot> out = new ArrayList<>();
        for (int f = 1; f <= 60; f++) {
            double[] v = new double[x.length];
            for (int k = 0; k < x.length; k++) {
                v[k] = -0.05 * x[k] + 0.02 * rng.nextGaussian();
                x[k] += v[k];
            }
            out.add(new Snapshot(f, s0.sigma(), s0.nextSigma(), PointSet.of(2, x), PointSet.wrap(2, v), s0.targets(),
                    s0.parameters(), 0, null, s0.state()));
        }
        return out;
    }

    /**
     * Draws {@code frames} snapshots, one per pulse from an AnimationTimer (the window's own loop is
     * stopped meanwhile), and returns the render+upload time of each in milliseconds.
     */
    private double[] measure(CanvasView canvas, List<Snapshot> snaps, int frames) throws Exception {
        double[] ms = new double[frames];
        CountDownLatch done = new CountDownLatch(1);
        AnimationTimer timer = new AnimationTimer() {
            private int i;

            @Override
            public void handle(long now) {
                if (i < frames) {
                    ms[i] = canvas.drawNow(snaps.get(i % snaps.size())) / 1e6;
                    i++;
                } else {
                    stop();
                    done.countDown();
                }
            }
        };
        WaitForAsyncUtils.asyncFx(timer::start).get();
        assertTrue(done.await(120, TimeUnit.SECONDS), "harness frames drawn");
        return ms;
    }

    private static String report(String what, double[] ms) {
        double[] sorted = ms.clone();
        Arrays.sort(sorted);
        double p50 = sorted[sorted.length / 2];
        double p99 = sorted[(int) Math.ceil(0.99 * sorted.length) - 1];
        String n = sorted.length < 100 ? " (p99 of fewer than 100 frames = the max)" : "";
        String line = String.format(Locale.ROOT, "frame-time harness, N = %d, 1280x800 window, %s: median %.2f ms, "
                + "p99 %.2f ms, max %.2f ms over %d frames%s", N, what, p50, p99, sorted[sorted.length - 1], sorted.length, n);
        System.out.println(line);
        return line;
    }

    @Test
    void twentyThousandParticlesRenderAndUpload() throws Exception {
        CanvasView canvas = window.controller().canvas();
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        Snapshot s0 = window.controller().worker().latest();
        assertEquals(N, s0.positions().size());
        List<Snapshot> snaps = frames(s0);
        WaitForAsyncUtils.asyncFx(() -> window.controller().setFrameLoopRunning(false)).get();
        measure(canvas, snaps, 20);
        double[] plain = measure(canvas, snaps, FRAMES);
        WaitForAsyncUtils.asyncFx(() -> canvas.setOptions(canvas.options().withColorMode(ColorMode.SPEED)
                .withArrows(true))).get();
        double[] arrows = measure(canvas, snaps, FRAMES);
        WaitForAsyncUtils.asyncFx(() -> {
            // the 12 snapshots before the one drawn, as the timeline supplies them
            canvas.setTrailSource((s, k) -> snaps.subList(0, Math.min(k, snaps.size())).stream()
                    .map(Snapshot::positions).toList());
            canvas.setOptions(canvas.options().withTrails(true));
        }).get();
        double[] trails = measure(canvas, snaps, 20);
        report("uniform colour (default view)", plain);
        report("speed colour + arrows", arrows);
        report("speed colour + arrows + 12-step trails (20 frames)", trails);
        double p99 = Arrays.stream(arrows).sorted().toArray()[(int) Math.ceil(0.99 * FRAMES) - 1];
        assertTrue(p99 < 2000, "sanity bound only: p99 " + p99 + " ms");
    }
}
