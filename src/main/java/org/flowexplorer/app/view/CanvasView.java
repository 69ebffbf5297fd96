package org.flowexplorer.app.view;

import java.util.List;
import java.util.function.BiFunction;
import javafx.scene.image.ImageView;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import org.flowexplorer.core.data.Dataset;
import org.flowexplorer.core.math.PointSet;
import org.flowexplorer.core.render.CurlGrid;
import org.flowexplorer.core.render.FrameBuffer;
import org.flowexplorer.core.render.FrameInput;
import org.flowexplorer.core.render.Rasterizer;
import org.flowexplorer.core.render.RenderOptions;
import org.flowexplorer.core.render.Camera;
import org.flowexplorer.core.sim.Snapshot;

/**
 * The picture: draws snapshots with the core {@link Rasterizer} (the same code and pixels as the
 * exporters) into the {@code int[]} of a {@link FrameBuffer} that backs a JavaFX {@link PixelBuffer},
 * shown by an {@link ImageView} filling its holder. Owns the camera ({@link View}): drag pans,
 * the wheel zooms about the pointer, right-drag or shift-drag orbits 3D data. Draws only from
 * {@link #pulse}, called once per frame by the one animation timer; it returns at once when
 * neither the snapshot nor the view changed. FX thread only.
 */
public final class CanvasView {
    /** Radians of orbit per dragged pixel. */
    public static final double ORBIT_PER_PIXEL = 0.008;
    /** Radians per second of auto-rotation. */
    public static final double AUTO_ROTATE_RATE = 0.35;

    private final Region holder;
    private final PixelSurface surface = new PixelSurface();
    private final ImageView imageView = surface.node();
    private final Rasterizer rasterizer = new Rasterizer();
    private BiFunction<Snapshot, Integer, List<PointSet>> trailSource = (s, k) -> List.of();
    private final FrameStats stats = new FrameStats(600);
    private Camera view;
    private RenderOptions options = RenderOptions.defaults();
    private List<String> hud = List.of();
    private CurlGrid curl;
    private Snapshot drawn;
    private Dataset fittedFor;
    private boolean dirty = true;
    private boolean fitPending = true;
    private boolean userMoved;
    private boolean autoRotate;
    private long lastPulse;
    private double pressX;
    private double pressY;
    private boolean orbitDrag;

    public CanvasView(Region holder) {
        this.holder = holder;
        imageView.setId("particleCanvas");
        imageView.setFocusTraversable(false);
        holder.widthProperty().addListener(o -> dirty = true);
        holder.heightProperty().addListener(o -> dirty = true);
        holder.setOnMousePressed(this::pressed);
        holder.setOnMouseDragged(this::dragged);
        holder.setOnScroll(this::scrolled);
        holder.setOnMouseClicked(e -> holder.requestFocus());
    }

    /** The node to put into the holder (first child, behind any overlay). */
    public ImageView node() {
        return imageView;
    }

    /**
     * Called once per pulse with the latest snapshot; draws it if it or the view changed.
     * Returns true if a frame was drawn.
     */
    public boolean pulse(Snapshot s, long nowNanos) {
        double dt = lastPulse == 0 ? 0 : (nowNanos - lastPulse) / 1e9;
        lastPulse = nowNanos;
        if (autoRotate && is3d(s) && view != null) {
            view = view.orbited(AUTO_ROTATE_RATE * Math.min(dt, 0.1), 0);
            dirty = true;
        }
        if (s == drawn && !dirty) {
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
        if (fitPending || s.targets() != fittedFor) {
            fit(s);
        }
        FrameInput in = FrameInput.of(s).withHud(hud);
        if (options.trails()) {
            in = in.withTrails(trailSource.apply(s, options.trailSteps()));
        }
        if (curl != null) {
            in = in.withCurl(curl);
        }
        rasterizer.render(in, view, options, surface.frame());
        surface.show();
        drawn = s;
        dirty = false;
    }

    /** (Re)allocates the frame and pixel buffers when the holder's size changed; false if too small. */
    private boolean ensureSize() {
        int w = (int) Math.floor(holder.getWidth());
        int h = (int) Math.floor(holder.getHeight());
        if (w < 2 || h < 2) {
            return false;
        }
        if (!surface.resize(w, h)) {
            return true;
        }
        if (!userMoved) {
            fitPending = true;
        }
        return true;
    }

    private void fit(Snapshot s) {
        view = Camera.firstLook(s, surface.frame().width(), surface.frame().height(), 0);
        fittedFor = s.targets();
        fitPending = false;
        userMoved = false;
    }

    /** Fits the view to the particles and targets on the next frame (F). */
    public void requestFit() {
        fitPending = true;
        dirty = true;
    }

    /** Zooms about the centre of the picture (+ / −). */
    public void zoom(double factor) {
        if (view == null || surface.frame() == null) {
            return;
        }
        setView(view.zoomed(factor, surface.frame().width() / 2.0, surface.frame().height() / 2.0, surface.frame().width(), surface.frame().height()));
    }

    /** Orbits a 3D view by the given pixel drag. */
    public void orbitByPixels(double dx, double dy) {
        if (view != null && drawn != null && is3d(drawn)) {
            setView(view.orbited(dx * ORBIT_PER_PIXEL, dy * ORBIT_PER_PIXEL));
        }
    }

    private void pressed(MouseEvent e) {
        pressX = e.getX();
        pressY = e.getY();
        orbitDrag = e.isSecondaryButtonDown() || e.isShiftDown() || e.getButton() == MouseButton.SECONDARY;
    }

    private void dragged(MouseEvent e) {
        double dx = e.getX() - pressX;
        double dy = e.getY() - pressY;
        pressX = e.getX();
        pressY = e.getY();
        if (view == null) {
            return;
        }
        boolean orbit = orbitDrag || e.isSecondaryButtonDown() || e.isShiftDown();
        if (orbit && drawn != null && is3d(drawn)) {
            orbitByPixels(dx, dy);
        } else {
            setView(view.panned(dx, dy));
        }
        e.consume();
    }

    private void scrolled(ScrollEvent e) {
        if (view == null || surface.frame() == null || e.getDeltaY() == 0) {
            return;
        }
        double factor = Math.pow(1.0018, e.getDeltaY());
        setView(view.zoomed(factor, e.getX(), e.getY(), surface.frame().width(), surface.frame().height()));
        e.consume();
    }

    /** Replaces the camera (a user pan, zoom or orbit). */
    public void setView(Camera v) {
        view = v;
        userMoved = true;
        dirty = true;
    }

    /** The current camera, or null before the first frame. */
    public Camera view() {
        return view;
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
        if (view == null || surface.frame() == null) {
            return null;
        }
        int w = surface.frame().width();
        int h = surface.frame().height();
        double[] topLeft = view.toData(0, 0, w, h);
        double[] bottomRight = view.toData(w, h, w, h);
        return new double[] {topLeft[0], bottomRight[0], bottomRight[1], topLeft[1]};
    }

    /**
     * Where the trails come from: the positions of the {@code k} steps before a snapshot, oldest
     * first (the timeline's record), the same steps an export's trails span.
     */
    public void setTrailSource(BiFunction<Snapshot, Integer, List<PointSet>> source) {
        trailSource = source;
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
