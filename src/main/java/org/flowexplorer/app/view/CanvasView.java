package org.flowexplorer.app.view;

import java.util.List;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Region;
import org.flowexplorer.core.data.Dataset;
import org.flowexplorer.core.render.CurlGrid;
import org.flowexplorer.core.render.FrameBuffer;
import org.flowexplorer.core.render.FrameInput;
import org.flowexplorer.core.render.Rasterizer;
import org.flowexplorer.core.render.RenderOptions;
import org.flowexplorer.core.render.View;
import org.flowexplorer.core.sim.Snapshot;

/**
 * The picture: draws snapshots with the core {@link Rasterizer} (the same code and pixels as the
 * exporters) into the {@code int[]} of a {@link FrameBuffer} that backs a JavaFX {@link PixelBuffer},
 * shown by an {@link ImageView} filling its holder, through a {@link CameraController} (drag pans,
 * the wheel zooms about the pointer, right-drag or shift-drag orbits 3D data). Draws only from
 * {@link #pulse}, called once per frame by the one animation timer; it returns at once when
 * neither the snapshot nor the view changed. FX thread only.
 */
public final class CanvasView {
    /** Radians per second of auto-rotation. */
    public static final double AUTO_ROTATE_RATE = 0.35;

    private final Region holder;
    private final PixelSurface surface = new PixelSurface();
    private final ImageView imageView = surface.node();
    private final Rasterizer rasterizer = new Rasterizer();
    private final TrailBuffer trails = new TrailBuffer(12);
    private final FrameStats stats = new FrameStats(600);
    private final CameraController camera = new CameraController();
    private RenderOptions options = RenderOptions.defaults().withPointRadius(1.5);
    private List<String> hud = List.of();
    private CurlGrid curl;
    private Snapshot drawn;
    private Dataset fittedFor;
    private long drawnVersion = -1;
    private boolean dirty = true;
    private boolean autoRotate;
    private double pointScale = 1;
    private long lastPulse;

    public CanvasView(Region holder) {
        this.holder = holder;
        imageView.setId("particleCanvas");
        imageView.setFocusTraversable(false);
        holder.widthProperty().addListener(o -> dirty = true);
        holder.heightProperty().addListener(o -> dirty = true);
        camera.attach(holder);
    }

    /** The node to put into the holder (first child, behind any overlay). */
    public ImageView node() {
        return imageView;
    }

    /**
     * Called once per pulse with the snapshot to show; draws it if it, the view or the options
     * changed. Returns true if a frame was drawn.
     */
    public boolean pulse(Snapshot s, long nowNanos) {
        double dt = lastPulse == 0 ? 0 : (nowNanos - lastPulse) / 1e9;
        lastPulse = nowNanos;
        camera.setThreeD(is3d(s));
        if (autoRotate && is3d(s)) {
            camera.turn(AUTO_ROTATE_RATE * Math.min(dt, 0.1));
        }
        if (s == drawn && !dirty && camera.version() == drawnVersion) {
            return false;
        }
        long start = System.nanoTime();
        draw(s);
        stats.record(nowNanos, System.nanoTime() - start);
        return true;
    }

    /** Draws {@code s} now (render + upload) and returns the time it took in nanoseconds. */
    public long drawNow(Snapshot s) {
        long start = System.nanoTime();
        draw(s);
        long took = System.nanoTime() - start;
        stats.record(System.nanoTime(), took);
        return took;
    }

    private void draw(Snapshot s) {
        if (!ensureSize()) {
            return;
        }
        if (s != drawn) {
            if (drawn == null || drawn.targets() != s.targets()) {
                trails.clear();
            }
            trails.add(s.positions());
        }
        if (camera.fitPending() || s.targets() != fittedFor || camera.view() == null) {
            fit(s);
        }
        FrameInput in = FrameInput.of(s).withHud(hud);
        if (options.trails()) {
            in = in.withTrails(trails.frames());
        }
        if (curl != null) {
            in = in.withCurl(curl);
        }
        RenderOptions o = pointScale == 1 ? options : options.withPointRadius(options.pointRadius() * pointScale);
        rasterizer.render(in, camera.view(), o, surface.frame());
        surface.show();
        drawn = s;
        drawnVersion = camera.version();
        dirty = false;
    }

    /** (Re)allocates the frame and pixel buffers when the holder's size changed; false if too small. */
    private boolean ensureSize() {
        int w = (int) Math.floor(holder.getWidth());
        int h = (int) Math.floor(holder.getHeight());
        if (w < 2 || h < 2) {
            return false;
        }
        if (surface.resize(w, h) && !camera.userMoved()) {
            camera.requestFit();
        }
        return true;
    }

    private void fit(Snapshot s) {
        View v = View.fitAll(surface.frame().width(), surface.frame().height(), s.targets().points(), s.positions());
        camera.fitted(is3d(s) ? v.oblique() : v);
        fittedFor = s.targets();
    }

    /** Fits the view to the particles and targets on the next frame (F). */
    public void requestFit() {
        camera.requestFit();
    }

    /** Zooms about the centre of the picture (+ / −). */
    public void zoom(double factor) {
        if (surface.frame() != null) {
            camera.zoom(factor, surface.frame().width(), surface.frame().height());
        }
    }

    /** The camera (pan, zoom, orbit, fit). */
    public CameraController camera() {
        return camera;
    }

    /** Replaces the camera's view (a user pan, zoom or orbit). */
    public void setView(View v) {
        camera.move(v);
    }

    /** The current camera view, or null before the first frame. */
    public View view() {
        return camera.view();
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

    /** Text lines for the rasterizer's HUD (shown when the options enable it). */
    public void setHud(List<String> lines) {
        if (!lines.equals(hud)) {
            hud = List.copyOf(lines);
            if (options.hud()) {
                dirty = true;
            }
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
        View view = camera.view();
        if (view == null || surface.frame() == null) {
            return null;
        }
        int w = surface.frame().width();
        int h = surface.frame().height();
        double[] topLeft = view.toData(0, 0, w, h);
        double[] bottomRight = view.toData(w, h, w, h);
        return new double[] {topLeft[0], bottomRight[0], bottomRight[1], topLeft[1]};
    }

    public void setTrailLength(int k) {
        trails.setLength(k);
        dirty = true;
    }

    public void setAutoRotate(boolean on) {
        autoRotate = on;
    }

    public boolean autoRotate() {
        return autoRotate;
    }

    public FrameStats stats() {
        return stats;
    }

    /** The pixels last drawn (null before the first frame). */
    public FrameBuffer frame() {
        return surface.frame();
    }

    /** The snapshot last drawn. */
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
}
