package org.flowexplorer.app.view;

import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import org.flowexplorer.core.render.Camera;

/**
 * The camera of a picture, moved by the mouse: drag pans, the wheel zooms about the pointer,
 * right-drag or shift-drag orbits 3D data. Holds the current {@link Camera} and a version number that
 * changes on every move, so pictures know when to redraw; a fit is requested here and done by the
 * picture that knows the data. One controller may serve several regions (compare mode's panes
 * share one camera). FX thread only.
 */
public final class CameraController {
    /** Radians of orbit per dragged pixel. */
    public static final double ORBIT_PER_PIXEL = 0.008;
    /** Zoom factor per unit of wheel delta. */
    private static final double WHEEL_ZOOM = 1.0018;

    private Camera view;
    private long version;
    private boolean fitPending = true;
    private boolean userMoved;
    private boolean threeD;
    private double pressX;
    private double pressY;
    private boolean orbitDrag;

    /** Lets the user move the camera by mouse on {@code holder} (a press also takes the keyboard focus). */
    public void attach(Region holder) {
        holder.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            pressX = e.getX();
            pressY = e.getY();
            orbitDrag = e.isSecondaryButtonDown() || e.isShiftDown() || e.getButton() == MouseButton.SECONDARY;
            holder.requestFocus();
        });
        holder.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        holder.addEventHandler(ScrollEvent.SCROLL, e -> scrolled(e, holder));
    }

    private void dragged(MouseEvent e) {
        double dx = e.getX() - pressX;
        double dy = e.getY() - pressY;
        pressX = e.getX();
        pressY = e.getY();
        if (view == null || e.isConsumed()) {
            return;
        }
        if (threeD && (orbitDrag || e.isSecondaryButtonDown() || e.isShiftDown())) {
            orbitByPixels(dx, dy);
        } else {
            move(view.panned(dx, dy));
        }
        e.consume();
    }

    private void scrolled(ScrollEvent e, Region holder) {
        if (view == null || e.getDeltaY() == 0 || e.isConsumed()) {
            return;
        }
        int w = Math.max(2, (int) Math.floor(holder.getWidth()));
        int h = Math.max(2, (int) Math.floor(holder.getHeight()));
        move(view.zoomed(Math.pow(WHEEL_ZOOM, e.getDeltaY()), e.getX(), e.getY(), w, h));
        e.consume();
    }

    /** Zooms about the centre of a {@code w} × {@code h} picture (+ / −). */
    public void zoom(double factor, int w, int h) {
        if (view != null) {
            move(view.zoomed(factor, w / 2.0, h / 2.0, w, h));
        }
    }

    /** Orbits 3D data by a drag of (dx, dy) pixels; does nothing for 2D data. */
    public void orbitByPixels(double dx, double dy) {
        if (view != null && threeD) {
            move(view.orbited(dx * ORBIT_PER_PIXEL, dy * ORBIT_PER_PIXEL));
        }
    }

    /** A move by the user (pan, zoom, orbit, or a view set by a test). */
    public void move(Camera v) {
        view = v;
        userMoved = true;
        version++;
    }

    /** Sets the view chosen by a fit; the user has not moved it since. */
    public void fitted(Camera v) {
        view = v;
        fitPending = false;
        userMoved = false;
        version++;
    }

    /** Turns without the user (auto-rotation). */
    public void turn(double yaw) {
        if (view != null) {
            view = view.orbited(yaw, 0);
            version++;
        }
    }

    /** Asks the picture to fit the view to its data on the next frame (F, new data). */
    public void requestFit() {
        fitPending = true;
        version++;
    }

    /** True when a fit was asked for and not done yet. */
    public boolean fitPending() {
        return fitPending;
    }

    /** True once the user moved the view since the last fit (a resize then keeps the view). */
    public boolean userMoved() {
        return userMoved;
    }

    /** Whether the data is 3D (dragging with the right button or shift orbits). */
    public void setThreeD(boolean on) {
        threeD = on;
    }

    /** The current view, or null before the first fit. */
    public Camera view() {
        return view;
    }

    /** Changes whenever the view changes or a fit is requested. */
    public long version() {
        return version;
    }
}
