package org.flowexplorer.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.flowexplorer.core.data.Dataset;
import org.flowexplorer.core.data.DatasetCatalog;
import org.flowexplorer.core.math.PointSet;
import org.flowexplorer.core.render.ColorMode;
import org.flowexplorer.core.render.FrameInput;
import org.flowexplorer.core.render.Rasterizer;
import org.flowexplorer.core.render.RenderOptions;
import org.flowexplorer.core.render.Camera;
import org.flowexplorer.core.render.paint.FrameBuffer;
import org.flowexplorer.core.sim.Snapshot;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The window's frame time (replaces the old timed frame-time test): one frame of the main canvas
 * at its size in a 1280×800 window (844×726 pixels) with 20,000 particles drifting a little from
 * frame to frame, rendered by the same {@link Rasterizer} into the {@code int[]} the canvas shows.
 * {@code view}: {@code plain} (uniform colour, the default), {@code arrows} (speed colour and
 * velocity arrows), {@code trails} (plus 12-frame trails). The JavaFX upload of the buffer is a
 * copy of the same pixels and is not included. Scores are milliseconds per frame. Run with
 * {@code mvn -B -Pbench -DskipTests test-compile exec:exec -Dbench=CanvasFrameBench}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CanvasFrameBench {
    private static final int WIDTH = 844;
    private static final int HEIGHT = 726;
    private static final int N = 20_000;
    private static final int FRAMES = 60;

    @Param({"plain", "arrows", "trails"})
    public String view;

    private final Rasterizer rasterizer = new Rasterizer();
    private final FrameBuffer buffer = new FrameBuffer(WIDTH, HEIGHT);
    private final List<FrameInput> frames = new ArrayList<>();
    private Camera camera;
    private RenderOptions options;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        Dataset targets = DatasetCatalog.generate("25gaussians", 1000, 0);
        SplittableRandom rng = new SplittableRandom(1);
        double[] x = new double[2 * N];
        for (int k = 0; k < x.length; k++) {
            x[k] = 3 * rng.nextGaussian();
        }
        RenderOptions base = RenderOptions.defaults().withPointRadius(1.5);
        options = switch (view) {
            case "plain" -> base;
            case "arrows" -> base.withColorMode(ColorMode.SPEED).withArrows(true);
            default -> base.withColorMode(ColorMode.SPEED).withArrows(true).withTrails(true);
        };
        List<PointSet> trail = new ArrayList<>();
        for (int f = 1; f <= FRAMES; f++) {
            double[] v = new double[x.length];
            for (int k = 0; k < x.length; k++) {
                v[k] = -0.05 * x[k] + 0.02 * rng.nextGaussian();
                x[k] += v[k];
            }
            PointSet p = PointSet.of(2, x);
            trail.add(p);
            if (trail.size() > 12) {
                trail.remove(0);
            }
            FrameInput in = FrameInput.of(new Snapshot(f, 0.5, 0.5, p, PointSet.wrap(2, v), targets, null, 0, null, null));
            frames.add(options.trails() ? in.withTrails(List.copyOf(trail)) : in);
        }
        camera = Camera.fitAll(WIDTH, HEIGHT, targets.points(), trail.get(0));
    }

    @Benchmark
    public int frame() {
        FrameInput in = frames.get(next);
        next = (next + 1) % FRAMES;
        rasterizer.render(in, camera, options, buffer);
        return buffer.pixels()[WIDTH * HEIGHT / 2];
    }
}
