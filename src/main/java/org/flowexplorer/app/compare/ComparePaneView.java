package org.flowexplorer.app.compare;

import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.DoubleFunction;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.flowexplorer.core.flow.FlowKind;
import org.flowexplorer.core.sim.FlowParameters;
import org.flowexplorer.core.sim.Snapshot;

/**
 * One compare pane: a title bar in the pane's colour (flow and key parameters, stability warning),
 * the picture, and the pane's own controls (flow, η, ρ for DiffFlow, κ) bound to a
 * {@link ComparePaneModel}. Built in code; FX thread only.
 */
public final class ComparePaneView {
    private final ComparePaneModel model;
    private final Consumer<String> onError;
    private final BorderPane root = new BorderPane();
    private final PaneCanvas canvas = new PaneCanvas();
    private final Label title = new Label();
    private final Label warning = new Label();
    private final Label pause = new Label();
    private final Label stepLabel = new Label();
    private final ComboBox<FlowKind> flowBox = new ComboBox<>();
    private final Slider eta = new Slider(0.01, 1.99, 0.5);
    private final Slider rho = new Slider(0, 1, 0);
    private final Slider curl = new Slider(-3, 3, 0);
    private final Label etaValue = new Label();
    private final Label rhoValue = new Label();
    private final Label curlValue = new Label();
    private final HBox rhoBox;
    private final Button remove = new Button("×");
    private boolean updating;

    /**
     * @param model   the pane's view model
     * @param onError shows a refused value (the notification bar)
     */
    public ComparePaneView(ComparePaneModel model, Consumer<String> onError) {
        this.model = model;
        this.onError = onError;
        int i = model.index();
        root.setId("pane-" + i);
        root.getStyleClass().add("compare-pane");
        root.setStyle("-fx-border-color: " + PaneColors.css(i) + ";");

        Region swatch = new Region();
        swatch.setMinSize(12, 12);
        swatch.setMaxSize(12, 12);
        swatch.setStyle("-fx-background-color: " + PaneColors.css(i) + "; -fx-background-radius: 6;");
        title.setId("paneTitle-" + i);
        title.getStyleClass().add("pane-title");
        warning.setId("paneWarning-" + i);
        warning.getStyleClass().add("warning");
        remove.setId("removePane-" + i);
        remove.getStyleClass().add("flat");
        remove.setTooltip(new Tooltip("Remove this pane; the others go on."));
        stepLabel.setId("paneStep-" + i);
        stepLabel.getStyleClass().add("readout");
        stepLabel.setMinWidth(Region.USE_PREF_SIZE);
        stepLabel.setTooltip(new Tooltip("This pane's share of the tick: wall time of its last step."));
        remove.setMinWidth(Region.USE_PREF_SIZE);
        // the title wraps onto a second line rather than being cut to "…"
        title.setWrapText(true);
        title.setMinWidth(0);
        title.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(title, Priority.ALWAYS);
        warning.setWrapText(true);
        warning.setMinWidth(0);
        VBox titles = new VBox(2, title, warning);
        HBox.setHgrow(titles, Priority.ALWAYS);
        titles.setMinWidth(0);
        HBox header = new HBox(6, swatch, titles, stepLabel, remove);
        header.setAlignment(Pos.CENTER_LEFT);
        header.setPadding(new Insets(3, 6, 3, 6));
        header.getStyleClass().add("pane-header");
        root.setTop(header);

        pause.getStyleClass().add("pane-pause");
        pause.setVisible(false);
        pause.setWrapText(true);
        StackPane.setAlignment(pause, Pos.BOTTOM_LEFT);
        canvas.holder().getChildren().add(pause);
        root.setCenter(canvas.holder());

        flowBox.getItems().setAll(FlowKind.values());
        flowBox.setMinWidth(Region.USE_PREF_SIZE);
        flowBox.setId("paneFlow-" + i);
        flowBox.setTooltip(new Tooltip("The flow this pane runs; applies on the next step."));
        flowBox.valueProperty().addListener((o, a, b) -> {
            if (b != null && !updating) {
                report(model.setFlow(b));
            }
        });
        eta.setId("paneEta-" + i);
        rho.setId("paneRho-" + i);
        curl.setId("paneCurl-" + i);
        bindSlider(eta, v -> model.setEta(Math.max(0.01, round(v))),
                "η: fraction of the way to the kernel mean per step; ε = ησ².");
        bindSlider(rho, v -> model.setRho(round(v)), "ρ: DiffFlow's noise share, GAN-like (0) to diffusion-like (1).");
        bindSlider(curl, v -> model.setCurl(round(v)), "κ: adds a rotation κJv; stable while η(1+κ²) < 2.");
        rhoBox = labelled("ρ", rho, rhoValue);
        // wraps to a second row where a pane is too narrow for all of them (three DiffFlow panes at 1280 px)
        FlowPane controls = new FlowPane(8, 4, flowBox, labelled("η", eta, etaValue), rhoBox, labelled("κ", curl, curlValue));
        controls.setAlignment(Pos.CENTER_LEFT);
        controls.setPadding(new Insets(3, 6, 3, 6));
        controls.getStyleClass().add("pane-controls");
        root.setBottom(controls);
        show(model.current());
    }

    private HBox labelled(String symbol, Slider s, Label value) {
        s.setPrefWidth(90);
        s.setMinWidth(50);
        HBox.setHgrow(s, Priority.SOMETIMES);
        value.getStyleClass().add("readout");
        value.setMinWidth(32);
        HBox b = new HBox(3, new Label(symbol), s, value);
        b.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(b, Priority.SOMETIMES);
        return b;
    }

    private void bindSlider(Slider s, DoubleFunction<String> commit, String help) {
        s.setTooltip(new Tooltip(help));
        s.setBlockIncrement(0.05);
        s.valueProperty().addListener((o, a, b) -> {
            if (!updating) {
                report(commit.apply(b.doubleValue()));
            }
        });
    }

    private void report(String problem) {
        if (problem != null) {
            onError.accept(problem);
        }
        show(model.current());
    }

    /** Brings every control, the title and the warning in line with {@code p} (no feedback). */
    public void show(FlowParameters p) {
        updating = true;
        try {
            flowBox.setValue(p.flow());
            eta.setValue(p.eta());
            rho.setValue(p.rho());
            curl.setValue(p.curl());
            etaValue.setText(fmt(p.eta()));
            rhoValue.setText(fmt(p.rho()));
            curlValue.setText(fmt(p.curl()));
            boolean diff = p.flow() == FlowKind.DIFFFLOW;
            rhoBox.setVisible(diff);
            rhoBox.setManaged(diff);
            title.setText(ComparePaneModel.title(p));
            title.setTooltip(new Tooltip(title.getText()));
            String w = ComparePaneModel.warning(p);
            warning.setText(w == null ? "" : w);
            warning.setVisible(w != null);
            warning.setManaged(w != null);
        } finally {
            updating = false;
        }
    }

    /** Shows the pane's time per step, and its pause reason (a rejected step) over the picture. */
    public void showSnapshot(Snapshot s) {
        stepLabel.setText(s.step() == 0 || s.msPerStep() == 0 ? "– ms" : String.format(Locale.ROOT, "%.1f ms", s.msPerStep()));
        boolean paused = s.paused();
        pause.setVisible(paused);
        pause.setText(paused ? "⚠ " + s.pauseReason() : "");
    }

    public BorderPane root() {
        return root;
    }

    public PaneCanvas canvas() {
        return canvas;
    }

    public ComparePaneModel model() {
        return model;
    }

    public Slider etaSlider() {
        return eta;
    }

    public Slider rhoSlider() {
        return rho;
    }

    public Slider curlSlider() {
        return curl;
    }

    public ComboBox<FlowKind> flowBox() {
        return flowBox;
    }

    public Label title() {
        return title;
    }

    public Label warning() {
        return warning;
    }

    /** The "×" button that removes this pane. */
    public Button removeButton() {
        return remove;
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }
}
