package org.flowexplorer.app.window;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.text.TextFlow;
import org.flowexplorer.app.dynamics.RuleText;
import org.flowexplorer.app.metrics.MetricsSample;
import org.flowexplorer.core.rule.UpdateRule;
import org.flowexplorer.core.sim.FlowParameters;
import org.flowexplorer.core.sim.Snapshot;

/**
 * Presenter mode (P), for the back row of a lecture hall: the top bar, the side panels and the
 * bottom bar go, the canvas takes the window, and one {@link PresenterBand} of large text (at
 * least 32 px, about 1/24 of the window's height) shows the flow, step / T, σ, the modes covered
 * and the update rule with the term just changed highlighted. Transport stays on the keys. The
 * band never cuts text: it wraps, and drops the least important item (modes, then the rule) when
 * the window is too small. FX thread only.
 */
public final class PresenterMode {
    /** The smallest font of the band, in pixels (readable from the back of a 200-seat hall at 1280×720). */
    public static final double MIN_FONT_PX = 32;

    private final Parent root;
    private final List<Node> hidden;
    private final PresenterBand band;
    private final Consumer<Double> scale;
    private final Label flow = item("bandFlow");
    private final Label step = item("bandStep");
    private final Label sigma = item("bandSigma");
    private final Label modes = item("bandModes");
    private final RuleText rule = new RuleText(new TextFlow());
    private boolean active;
    private double fontFor = -1;

    /**
     * @param root     the window's root (gets the {@code presenter} style class)
     * @param hidden   what presenter mode hides: top bar, side panels, bottom bar
     * @param band     the band of large read-outs
     * @param scale    told the display scale after every switch or resize (1 outside presenter mode;
     *                 the canvas enlarges its dots by it)
     */
    public PresenterMode(Parent root, List<Node> hidden, PresenterBand band, Consumer<Double> scale) {
        this.root = root;
        this.hidden = List.copyOf(hidden);
        this.band = band;
        this.scale = scale;
        rule.node().setId("bandRule");
        rule.node().getStyleClass().add("band-item");
        band.setItems(List.of(new PresenterBand.Item(flow, 3), new PresenterBand.Item(step, 1),
                new PresenterBand.Item(sigma, 2), new PresenterBand.Item(modes, 5),
                new PresenterBand.Item(rule.node(), 4)));
    }

    private static Label item(String id) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add("band-item");
        l.setMinWidth(Label.USE_PREF_SIZE);
        return l;
    }

    public void toggle() {
        active = !active;
        for (Node n : hidden) {
            n.setVisible(!active);
            n.setManaged(!active);
        }
        band.setVisible(active);
        band.setManaged(active);
        root.getStyleClass().remove("presenter");
        if (active) {
            root.getStyleClass().add("presenter");
        } else {
            root.setStyle("");
            scale.accept(1.0);
        }
        fontFor = -1;
    }

    public boolean active() {
        return active;
    }

    /**
     * One frame: the band shows {@code shown}, the rule of {@code next} (the parameters of the
     * next step) with {@code changed} highlighted and, for a mixture dataset, the modes covered
     * of the last measurement of this dataset.
     */
    public void frame(Snapshot shown, FlowParameters next, Set<UpdateRule.Term> changed, MetricsSample metrics) {
        if (!active) {
            return;
        }
        scaleFont();
        set(flow, shown.parameters().flow().displayName());
        set(step, TopReadouts.stepText(shown));
        set(sigma, TopReadouts.sigmaText(shown));
        boolean hasModes = metrics != null && metrics.dataset() == shown.targets()
                && metrics.row().modesCovered() != null;
        set(modes, hasModes ? String.format(Locale.ROOT, "modes %d / %d", metrics.row().modesCovered(),
                shown.targets().mixture().modes()) : "");
        rule.show(next, changed);
    }

    private void set(Label l, String text) {
        if (!text.equals(l.getText())) {
            l.setText(text);
            band.requestLayout();
        }
    }

    /**
     * The band at least {@link #MIN_FONT_PX}, about 1/24 of the window's height above that; the
     * rest of what stays visible (key list, hint, notifications) and the particles grow with the
     * window too.
     */
    private void scaleFont() {
        double h = root.getScene() == null ? 800 : root.getScene().getHeight();
        if (h != fontFor) {
            fontFor = h;
            band.setStyle(String.format(Locale.ROOT, "-fx-font-size: %.0fpx;", fontSize(h)));
            root.setStyle(String.format(Locale.ROOT, "-fx-font-size: %.0fpx;", Math.max(15, h / 50)));
            scale.accept(Math.max(1.5, h / 600));
        }
    }

    /** The band's font size in pixels for a window {@code height} pixels high. */
    public static double fontSize(double height) {
        return Math.max(MIN_FONT_PX, Math.round(height / 24));
    }

    public PresenterBand band() {
        return band;
    }
}
