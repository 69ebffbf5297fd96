package org.flowexplorer.app.compare;

import javafx.scene.layout.StackPane;
import org.flowexplorer.app.view.PixelSurface;
import org.flowexplorer.core.render.Camera;
import org.flowexplorer.core.render.FrameInput;
import org.flowexplorer.core.render.Rasterizer;
import org.flowexplorer.core.render.RenderOptions;
import org.flowexplorer.core.render.paint.FrameBuffer;
import org.flowexplorer.core.sim.Snapshot;

/**
 * The picture of one compare pane: a {@link FrameBuffer} behind a JavaFX {@link PixelBuffer},
 * filled by the shared {@link Rasterizer} (the same code and pixels as the main canvas and the
 * exporters) through the shared camera's view. Redraws only when the snapshot, the view, the
 * options or the size changed. FX thread only.
 */
public final class PaneCanvas {
    private final StackPane holder = new StackPane();
    private final PixelSurface surface = new PixelSurface();
    private Snapshot drawn;
    private long drawnVersion = -1;
    private RenderOptions drawnOptions;

    public PaneCanvas() {
        holder.getChildren().add(surface.node());
        holder.getStyleClass().add("canvas-holder");
        holder.setMinSize(60, 60);
        holder.setPrefSize(300, 300);
        holder.setFocusTraversable(true);
    }

    /** The region to place in the layout (overlays may be added on top). */
    public StackPane holder() {
        return holder;
    }

    public int width() {
        return (int) Math.floor(holder.getWidth());
    }

    public int height() {
        return (int) Math.floor(holder.getHeight());
    }

    /**
     * Draws {@code s} through {@code view} if anything changed since the last frame; returns true
     * if a frame was drawn.
     */
    public boolean pulse(Rasterizer r, Snapshot s, Camera view, long viewVersion, RenderOptions options) {
        if (view == null || !ensureSize()) {
            return false;
        }
        if (s == drawn && viewVersion == drawnVersion && options.equals(drawnOptions)) {
            return false;
        }
        r.render(FrameInput.of(s), view, options, surface.frame());
        surface.show();
        drawn = s;
        drawnVersion = viewVersion;
        drawnOptions = options;
        return true;
    }

    private boolean ensureSize() {
        int w = width();
        int h = height();
        if (w < 2 || h < 2) {
            return false;
        }
        if (surface.resize(w, h)) {
            drawnVersion = -1;
        }
        return true;
    }

    /** The snapshot last drawn, or null. */
    public Snapshot drawn() {
        return drawn;
    }

    /** The pixels last drawn, or null before the first frame. */
    public FrameBuffer frame() {
        return surface.frame();
    }
}
