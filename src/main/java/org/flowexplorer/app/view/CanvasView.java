package org.flowexplorer.app.view;

import java.util.List;
import java.util.function.BiFunction;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Region;
import org.flowexplorer.core.data.Dataset;
import org.flowexplorer.core.math.PointSet;
import org.flowexplorer.core.render.Camera;
import org.flowexplorer.core.render.CurlGrid;
import org.flowexplorer.core.render.FrameInput;
import org.flowexplorer.core.render.Rasterizer;
import org.flowexplorer.core.render.RenderOptions;
import org.flowexplorer.core.render.paint.FrameBuffer;
import org.flowexplorer.core.sim.Snapshot;

/**
 * The picture: snapshots drawn by the core {@link Rasterizer} (the same code and pixels as the
 * exporters) through a {@link CameraController} (drag pans, the wheel zooms about the pointer,
 * right-drag or shift-drag orbits 3D data). {@link #pulse}, called once per frame by the frame
 * pump, decides whether anything changed (snapshot, camera, options, size) and hands one frame at
 * a time to a render thread, which draws into the back frame of a {@link SwapSurface}; the next
 * pulse shows it. So a large run, long trails or the curl heat map never keep the FX thread busy
 * (the picture may lag one frame instead). FX thread only, except the rendering itself.
 */
public final class CanvasView implements AutoCloseable {
    /** Radians per second of auto-rotation. */
    public static final double AUTO_ROTATE_RATE = 0.35;

    /** A frame being drawn: what it shows, and how long it took. */
    private record Job(Snapshot snapshot, Camera view, long renderNanos) {
    }

    private final Region holder;
    private final SwapSurface surface = new SwapSurface();
    private final Rasterizer rasterizer = new Rasterizer();
    private final ExecutorService renderer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "flow-render");
        t.setDaemon(true);
        return t;
    });
    private final AtomicReference<Job> finished = new AtomicReference<>();
    private BiFunction<Snapshot, Integer, List<PointSet>> trailSource = (s, k) -> List.of();
    private final FrameStats stats = new FrameStats(600);
    private final CameraController camera = new CameraController();
    private RenderOptions options = RenderOptions.defaults();
    private CurlGrid curl;
    private Snapshot drawn;
    private Camera drawnView;
    private Snapshot submitted;
    private Dataset fittedFor;
    private long submittedVersion = -1;
    private boolean inFlight;
    private boolean dirty = true;
    private boolean autoRotate;
    private double pointScale = 1;
    private long lastPulse;

    public CanvasView(Region holder) {
        this.holder = holder;
        ImageView image = surface.node();
        image.setId("particleCanvas");
        image.setFocusTraversable(false);
        holder.widthProperty().addListener(o -> dirty = true);
        holder.heightProperty().addListener(o -> dirty = true);
        camera.attach(holder);
    }

    /** The node to put into the holder (first child, behind any overlay). */
    public ImageView node() {
        return surface.node();
    }

    /**
     * Called once per pulse with the snapshot to show: shows a frame the render thread finished,
     * and starts the next one if the snapshot, the camera, the options or the size changed.
     * Returns true if a new frame appeared.
     */
    public boolean pulse(Snapshot s, long nowNanos) {
        double dt = lastPulse == 0 ? 0 : (nowNanos - lastPulse) / 1e9;
        lastPulse = nowNanos;
        boolean shown = showFinished(nowNanos);
        camera.setThreeD(is3d(s));
        if (autoRotate && is3d(s)) {
            camera.turn(AUTO_ROTATE_RATE * Math.min(dt, 0.1));
        }
        if (!inFlight && (s != submitted || dirty || camera.version() != submittedVersion)) {
            submit(s);
        }
        return shown;
    }

    private boolean showFinished(long nowNanos) {
        Job j = finished.getAndSet(null);
        if (j == null) {
            return false;
        }
        surface.swap();
        drawn = j.snapshot();
        drawnView = j.view();
        inFlight = false;
        stats.record(nowNanos, j.renderNanos());
        return true;
    }

    private void submit(Snapshot s) {
        int w = (int) Math.floor(holder.getWidth());
        int h = (int) Math.floor(holder.getHeight());
        if (w < 2 || h < 2) {
            return;
        }
        if (surface.resize(w, h) && !camera.userMoved()) {
            camera.requestFit();
        }
        if (camera.fitPending() || s.targets() != fittedFor || camera.view() == null) {
            camera.fitted(Camera.firstLook(s, w, h, 0));
            fittedFor = s.targets();
        }
        FrameInput in = FrameInput.of(s);
        if (options.trails()) {
            in = in.withTrails(trailSource.apply(s, options.trailSteps()));
        }
        if (curl != null) {
            in = in.withCurl(curl);
        }
        FrameInput input = in;
        Camera view = camera.view();
        RenderOptions o = pointScale == 1 ? options : options.withPointRadius(options.pointRadius() * pointScale);
        FrameBuffer target = surface.back();
        submitted = s;
        submittedVersion = camera.version();
        dirty = false;
        inFlight = true;
        renderer.execute(() -> {
            long start = System.nanoTime();
            rasterizer.render(input, view, o, target);
            finished.set(new Job(s, view, System.nanoTime() - start));
        });
    }

    /** Fits the view to the particles and targets on the next frame (F). */
    public void requestFit() {
        camera.requestFit();
    }

    /** Zooms about the centre of the picture (+ / −). */
    public void zoom(double factor) {
        FrameBuffer f = surface.front();
        if (f != null) {
            camera.zoom(factor, f.width(), f.height());
        }
    }

    /** The camera (pan, zoom, orbit, fit). */
    public CameraController camera() {
        return camera;
    }

    /** The current camera view, or null before the first frame. */
    public Camera view() {
        return camera.view();
    }

    /** The view the frame on screen was drawn with, or null before the first frame. */
    public Camera drawnView() {
        return drawnView;
    }

    public RenderOptions options() {
        return options;
    }

    public void setOptions(RenderOptions o) {
        if (!o.equals(options)) {
            options = o;
            dirty = true;
        }
    }

    /**
     * Enlarges the dots by {@code scale} on screen (presenter mode on a projector); the chosen
     * point size and exported frames are not affected.
     */
    public void setPointScale(double scale) {
        if (scale != pointScale) {
            pointScale = scale;
            dirty = true;
        }
    }

    /** The curl heat map drawn under the particles (null for none). */
    public void setCurl(CurlGrid grid) {
        if (grid != curl) {
            curl = grid;
            dirty = true;
        }
    }

    /**
     * The visible part of the 2D data plane {xMin, xMax, yMin, yMax} (pixel edges), or null before
     * the first frame.
     */
    public double[] visibleBounds() {
        Camera view = camera.view();
        FrameBuffer f = surface.front();
        if (view == null || f == null) {
            return null;
        }
        double[] topLeft = view.toData(0, 0, f.width(), f.height());
        double[] bottomRight = view.toData(f.width(), f.height(), f.width(), f.height());
        return new double[] {topLeft[0], bottomRight[0], bottomRight[1], topLeft[1]};
    }

    /**
     * Where the trails come from: the positions of the {@code k} steps before a snapshot, oldest
     * first (the timeline's record), the same steps an export's trails span. Called on the FX thread.
     */
    public void setTrailSource(BiFunction<Snapshot, Integer, List<PointSet>> source) {
        trailSource = source;
        dirty = true;
    }

    public void setAutoRotate(boolean on) {
        autoRotate = on;
    }

    /** Frames shown per second and render times (measured on the render thread). */
    public FrameStats stats() {
        return stats;
    }

    /** The pixels on screen (null before the first frame); not written while shown. */
    public FrameBuffer frame() {
        return surface.front();
    }

    /** The snapshot on screen. */
    public Snapshot drawn() {
        return drawn;
    }

    /** Marks the picture for redrawing on the next pulse. */
    public void invalidate() {
        dirty = true;
    }

    private static boolean is3d(Snapshot s) {
        return s.positions().dim() >= 3;
    }

    /** Stops the render thread. */
    @Override
    public void close() {
        renderer.shutdownNow();
    }
}
