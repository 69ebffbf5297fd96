package org.flowexplorer.app.overlay;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import org.flowexplorer.app.view.CanvasView;
import org.flowexplorer.core.flow.FlowSpec;
import org.flowexplorer.core.metric.FieldDiagnostics;
import org.flowexplorer.core.metric.field.CircleIntegral;
import org.flowexplorer.core.metric.field.FieldCircle;
import org.flowexplorer.core.metric.field.FieldGrid;
import org.flowexplorer.core.render.Camera;
import org.flowexplorer.core.sim.Snapshot;

/**
 * The curl overlay of the window ("curl (field diagnostics)" in VIEW). While on, each frame offers
 * the shown snapshot, the current flow, σ and the visible x–y plane to a {@link CurlSampler}
 * (background thread, at most 3 per second, only on change); the finished grid goes to the canvas
 * as a {@code FieldLayer} heat map and the read-out shows
 * <pre>
 *   relative curl = mean |J₂₁ − J₁₂| / mean ‖J‖_F,   circulation = mean |∮ v·dl| / ∮ ‖v‖ dl
 * </pre>
 * at the particles ({@link FieldDiagnostics}). Ctrl+drag on the canvas draws a circle whose
 * counter-clockwise ∮ v·dl (and ∮ v·dl / ∮ ‖v‖ dl) is shown beside it and recomputed as the run
 * moves; Esc or "Clear circles" removes them. For 3D data the read-out is for the x–y plane at the
 * particles' mean z, without heat map or circles; 1D data has no curl.
 */
public final class CurlOverlay implements AutoCloseable {
    /** Grid columns over the view; rows follow the aspect ratio. */
    public static final int COLUMNS = 64;
    private static final double MIN_CIRCLE_PX = 4;

    private final CanvasView canvas;
    private final Label readout;
    private final Supplier<FlowSpec> spec;
    private final CurlSampler sampler;
    private final Pane layer = new Pane();
    private final List<FieldCircle> circles = new ArrayList<>();
    private final Circle rubber = new Circle();
    private boolean enabled;
    private CurlSample latest;
    private FieldReadout latestReadout;
    private double[] dragCentre;
    private Object placedFor;

    /**
     * @param canvas  the picture (gets the heat map)
     * @param holder  the canvas holder (gets the circle layer and the Ctrl+drag handling)
     * @param readout the label for relative curl and circulation
     * @param spec    the flow as it is set now
     * @param errors  shows a failed measurement (the notification bar)
     */
    public CurlOverlay(CanvasView canvas, StackPane holder, Label readout, Supplier<FlowSpec> spec,
                       java.util.function.Consumer<String> errors) {
        this.canvas = canvas;
        this.sampler = new CurlSampler(4.0, errors);
        this.readout = readout;
        this.spec = spec;
        layer.setMouseTransparent(true);
        layer.setPickOnBounds(false);
        layer.setId("curlCircles");
        rubber.setFill(null);
        rubber.setStroke(Color.gray(0.1, 0.8));
        rubber.getStrokeDashArray().setAll(4.0, 4.0);
        rubber.setVisible(false);
        holder.getChildren().add(1, layer);
        holder.addEventFilter(MouseEvent.MOUSE_PRESSED, this::pressed);
        holder.addEventFilter(MouseEvent.MOUSE_DRAGGED, this::dragged);
        holder.addEventFilter(MouseEvent.MOUSE_RELEASED, this::released);
    }

    /** Switches the overlay on or off. */
    public void setEnabled(boolean on) {
        enabled = on;
        sampler.invalidate();
        if (!on) {
            canvas.setCurl(null);
            latest = null;
            latestReadout = null;
            dragCentre = null;
            layer.getChildren().clear();
        } else {
            readout.setText("curl: measuring…");
        }
    }

    /** Adds a circle (data coordinates, x–y plane); its integrals appear with the next measurement. */
    public void addCircle(FieldCircle c) {
        circles.add(c);
    }

    /** Removes every circle. */
    public void clearCircles() {
        circles.clear();
        placedFor = null;
        layer.getChildren().clear();
    }

    public List<FieldCircle> circles() {
        return List.copyOf(circles);
    }

    /** The newest grid measurement shown, or null. */
    public CurlSample latest() {
        return latest;
    }

    /** The newest field diagnostics shown, or null. */
    public FieldReadout latestReadout() {
        return latestReadout;
    }

    /** One frame: offer the shown snapshot, pick up a finished measurement, place the circles. */
    public void pulse(Snapshot s, long now) {
        if (!enabled) {
            return;
        }
        int d = s.positions().dim();
        if (s.paused()) {
            // the run stopped on a rejected step: the overlay stops with it rather than measure a
            // field the run will not follow (the last picture and numbers stay)
            readout.setText("curl: paused with the run (the last step was rejected)");
            placeCircles(d);
            return;
        }
        if (d < 2) {
            readout.setText("curl needs data with d ≥ 2");
            canvas.setCurl(null);
            return;
        }
        CurlRequest req = request(s, d);
        if (req != null) {
            sampler.offer(req, now);
        }
        CurlSample m = sampler.poll();
        if (m != null) {
            latest = m;
            canvas.setCurl(d == 2 ? m.grid() : null);
        }
        FieldReadout f = sampler.pollDiagnostics();
        if (f != null) {
            latestReadout = f;
            readout.setText(readoutText(f, d));
        }
        placeCircles(d);
    }

    private CurlRequest request(Snapshot s, int d) {
        double[] bounds = d == 2 ? canvas.visibleBounds()
                : FieldGrid.autoView(s.positions(), s.targets().points());
        if (bounds == null) {
            return null;
        }
        double aspect = (bounds[3] - bounds[2]) / (bounds[1] - bounds[0]);
        int rows = (int) Math.max(8, Math.min(COLUMNS, Math.round(COLUMNS * aspect)));
        List<FieldCircle> cs = d == 2 ? circles : List.of();
        return new CurlRequest(s, spec.get(), s.nextSigma(), bounds, COLUMNS, rows, cs);
    }

    /** "relative curl 0.123 · circulation 0.0456 (step 12, SVGD)". */
    static String readoutText(FieldReadout m, int d) {
        FieldDiagnostics f = m.diagnostics();
        String where = d == 2 ? "" : " (x–y plane at mean z; no heat map in 3D)";
        return "relative curl " + fmt(f.relativeCurl()) + " · circulation " + fmt(f.circulation())
                + where + "\nstep " + m.request().snapshot().step() + ", " + m.request().spec().kind().displayName()
                + (m.request().spec().curl() != 0 ? String.format(Locale.ROOT, ", κ = %.3g", m.request().spec().curl()) : "");
    }

    /** Three significant digits, scientific below 10⁻³ so that rounding-level values read as such. */
    static String fmt(Double v) {
        if (v == null || !Double.isFinite(v)) {
            return "n/a";
        }
        return Math.abs(v) < 1e-3 && v != 0 ? String.format(Locale.ROOT, "%.1e", v) : String.format(Locale.ROOT, "%.3g", v);
    }

    /** The text beside a circle: ∮ v·dl and the normalised value. */
    static String circleText(CircleIntegral r) {
        return String.format(Locale.ROOT, "∮v·dl = %.4g%n|∮v·dl|/∮‖v‖dl = %s", r.circulation(), fmt(r.normalized()));
    }

    private void placeCircles(int d) {
        Camera v = canvas.view();
        if (v == null || canvas.frame() == null || d != 2) {
            layer.getChildren().clear();
            return;
        }
        int w = canvas.frame().width();
        int h = canvas.frame().height();
        // rebuild the nodes only when the camera, the circles or their integrals changed
        Object key = List.of(v, w, h, List.copyOf(circles), latest == null ? List.of() : latest.circles(),
                rubber.isVisible());
        if (key.equals(placedFor) && !layer.getChildren().isEmpty()) {
            return;
        }
        placedFor = key;
        List<javafx.scene.Node> nodes = new ArrayList<>();
        for (int k = 0; k < circles.size(); k++) {
            FieldCircle c = circles.get(k);
            double[] p = v.toScreen(c.x(), c.y(), w, h);
            double r = c.r() * v.scale();
            Circle ring = new Circle(p[0], p[1], r);
            ring.setFill(null);
            ring.setStroke(Color.gray(0.1, 0.9));
            ring.setStrokeWidth(1.5);
            ring.setId("curlCircle-" + k);
            Label l = new Label(resultFor(c));
            l.setId("curlCircleLabel-" + k);
            l.getStyleClass().add("circle-label");
            l.setStyle("-fx-background-color: rgba(255,255,255,0.8); -fx-text-fill: #1a1a1a; -fx-padding: 2 4 2 4;"
                    + " -fx-font-size: 11px;");
            l.relocate(p[0] + r * 0.72 + 4, p[1] - r * 0.72 - 30);
            nodes.add(ring);
            nodes.add(l);
        }
        nodes.add(rubber);
        layer.getChildren().setAll(nodes);
    }

    private String resultFor(FieldCircle c) {
        if (latest != null) {
            for (CircleIntegral r : latest.circles()) {
                if (r.circle().equals(c)) {
                    return circleText(r);
                }
            }
        }
        return "∮v·dl = …";
    }

    private void pressed(MouseEvent e) {
        if (!enabled || !e.isControlDown() || e.getButton() != MouseButton.PRIMARY || !twoD()) {
            return;
        }
        dragCentre = new double[] {e.getX(), e.getY()};
        rubber.setCenterX(e.getX());
        rubber.setCenterY(e.getY());
        rubber.setRadius(0);
        rubber.setVisible(true);
        e.consume();
    }

    private void dragged(MouseEvent e) {
        if (dragCentre == null) {
            return;
        }
        rubber.setRadius(Math.hypot(e.getX() - dragCentre[0], e.getY() - dragCentre[1]));
        e.consume();
    }

    private void released(MouseEvent e) {
        if (dragCentre == null) {
            return;
        }
        double px = Math.hypot(e.getX() - dragCentre[0], e.getY() - dragCentre[1]);
        Camera v = canvas.view();
        if (px >= MIN_CIRCLE_PX && v != null && canvas.frame() != null) {
            double[] c = v.toData(dragCentre[0], dragCentre[1], canvas.frame().width(), canvas.frame().height());
            addCircle(new FieldCircle(c[0], c[1], px / v.scale()));
        }
        dragCentre = null;
        rubber.setVisible(false);
        e.consume();
    }

    private boolean twoD() {
        Snapshot s = canvas.drawn();
        return s != null && s.positions().dim() == 2;
    }

    @Override
    public void close() {
        sampler.close();
    }
}
