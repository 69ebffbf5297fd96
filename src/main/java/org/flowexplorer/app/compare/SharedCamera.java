package org.flowexplorer.app.compare;

import java.util.List;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import org.flowexplorer.app.view.CanvasView;
import org.flowexplorer.core.math.PointSet;
import org.flowexplorer.core.render.Camera;
import org.flowexplorer.core.sim.Snapshot;

/**
 * One camera for several canvases: a drag or a wheel turn on any compare pane pans or zooms every
 * pane (right- or shift-drag orbits 3D data), so the panes always show the same region. Holds the current {@link Camera} and
 * a version number that changes on every move, so panes know when to redraw. FX thread only.
 */
public final class SharedCamera {
    private Camera view;
    private long version;
    private boolean fitPending = true;
    private boolean threeD;
    private double pressX;
    private double pressY;

    /** Lets the user pan (drag) and zoom (wheel, about the pointer) by mouse on {@code holder}. */
    public void attach(Region holder) {
        holder.setOnMousePressed(e -> {
            pressX = e.getX();
            pressY = e.getY();
            holder.requestFocus();
        });
        holder.setOnMouseDragged(this::dragged);
        holder.setOnScroll(e -> scrolled(e, holder));
    }

    private void dragged(MouseEvent e) {
        double dx = e.getX() - pressX;
        double dy = e.getY() - pressY;
        pressX = e.getX();
        pressY = e.getY();
        if (view == null) {
            return;
        }
        if (threeD && (e.isSecondaryButtonDown() || e.isShiftDown())) {
            set(view.orbited(dx * CanvasView.ORBIT_PER_PIXEL, dy * CanvasView.ORBIT_PER_PIXEL));
        } else {
            set(view.panned(dx, dy));
        }
        e.consume();
    }

    private void scrolled(ScrollEvent e, Region holder) {
        if (view == null || e.getDeltaY() == 0) {
            return;
        }
        int w = Math.max(2, (int) holder.getWidth());
        int h = Math.max(2, (int) holder.getHeight());
        set(view.zoomed(Math.pow(1.0018, e.getDeltaY()), e.getX(), e.getY(), w, h));
        e.consume();
    }

    /** Zooms about the centre of a {@code w} × {@code h} pane. */
    public void zoom(double factor, int w, int h) {
        if (view != null) {
            set(view.zoomed(factor, w / 2.0, h / 2.0, w, h));
        }
    }

    /** Fits the view on the next frame. */
    public void requestFit() {
        fitPending = true;
    }

    /**
     * Fits the view, if a fit is pending, to the targets and particles of every pane as seen in a
     * {@code w} × {@code h} pane. Returns the current view (null until the first fit).
     */
    public Camera update(List<Snapshot> panes, int w, int h) {
        threeD = !panes.isEmpty() && panes.get(0).positions().dim() >= 3;
        if (fitPending && w >= 2 && h >= 2 && !panes.isEmpty()) {
            PointSet[] sets = new PointSet[panes.size() + 1];
            sets[0] = panes.get(0).targets().points();
            for (int i = 0; i < panes.size(); i++) {
                sets[i + 1] = panes.get(i).positions();
            }
            Camera v = Camera.fitAll(w, h, sets);
            if (panes.get(0).positions().dim() >= 3) {
                v = v.oblique();
            }
            set(v);
            fitPending = false;
        }
        return view;
    }

    /** Replaces the view of every pane. */
    public void set(Camera v) {
        view = v;
        version++;
    }

    public Camera view() {
        return view;
    }

    /** Changes whenever the view changes. */
    public long version() {
        return version;
    }
}
