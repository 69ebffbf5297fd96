package org.flowexplorer.app.compare;

import java.util.List;
import javafx.scene.layout.Region;
import org.flowexplorer.app.view.CameraController;
import org.flowexplorer.core.math.PointSet;
import org.flowexplorer.core.render.Camera;
import org.flowexplorer.core.sim.Snapshot;

/**
 * One camera for several canvases: the window's {@link CameraController} attached to every compare
 * pane, so a drag or a wheel turn on any pane pans or zooms every pane (right- or shift-drag orbits
 * 3D data) and the panes always show the same region. Adds the fit to the data of every pane.
 * FX thread only.
 */
public final class SharedCamera {
    private final CameraController camera = new CameraController();

    /** Lets the user pan (drag), zoom (wheel, about the pointer) and orbit by mouse on {@code holder}. */
    public void attach(Region holder) {
        camera.attach(holder);
    }

    /** Zooms about the centre of a {@code w} × {@code h} pane. */
    public void zoom(double factor, int w, int h) {
        camera.zoom(factor, w, h);
    }

    /** Fits the view on the next frame. */
    public void requestFit() {
        camera.requestFit();
    }

    /**
     * Fits the view, if a fit is pending, to the targets and particles of every pane as seen in a
     * {@code w} × {@code h} pane. Returns the current view (null until the first fit).
     */
    public Camera update(List<Snapshot> panes, int w, int h) {
        boolean threeD = !panes.isEmpty() && panes.get(0).positions().dim() >= 3;
        camera.setThreeD(threeD);
        if (camera.fitPending() && w >= 2 && h >= 2 && !panes.isEmpty()) {
            PointSet[] sets = new PointSet[panes.size() + 1];
            sets[0] = panes.get(0).targets().points();
            for (int i = 0; i < panes.size(); i++) {
                sets[i + 1] = panes.get(i).positions();
            }
            Camera v = Camera.fitAll(w, h, sets);
            camera.fitted(threeD ? v.oblique() : v);
        }
        return camera.view();
    }

    /** Replaces the view of every pane. */
    public void set(Camera v) {
        camera.move(v);
    }

    public Camera view() {
        return camera.view();
    }

    /** Changes whenever the view changes. */
    public long version() {
        return camera.version();
    }
}
