package org.flowexplorer.app.dynamics;

import atlantafx.base.controls.ToggleSwitch;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import javafx.beans.value.ObservableValue;
import javafx.fxml.FXML;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextFlow;
import org.controlsfx.control.RangeSlider;
import org.flowexplorer.app.control.NumberInput;
import org.flowexplorer.app.control.NumericField;
import org.flowexplorer.app.metrics.MetricsChart;
import org.flowexplorer.app.metrics.MetricsSample;
import org.flowexplorer.core.flow.FlowKind;
import org.flowexplorer.core.rule.UpdateRule;
import org.flowexplorer.core.schedule.ScheduleKind;
import org.flowexplorer.core.sim.FlowParameters;

/**
 * The DYNAMICS panel: binds the flow selector, σ schedule, η, ρ, free weights and the advanced
 * controls to a {@link DynamicsModel}, shows the flow's formula and the σ plot, and hosts the
 * live metrics. Every control change becomes a new parameter record on the next step; nothing
 * here resets the run.
 */
public final class DynamicsPanelController {
    /** The σ sliders' range. */
    public static final LogScale SIGMA_SCALE = new LogScale(0.01, 10);

    @FXML private VBox panel;
    @FXML private ToggleButton sdButton;
    @FXML private ToggleButton mmdButton;
    @FXML private ToggleButton svgdButton;
    @FXML private ToggleButton langevinButton;
    @FXML private ToggleButton diffflowButton;
    @FXML private Label flowNameLabel;
    @FXML private TextFlow formulaFlow;
    @FXML private Label flowNoteLabel;
    @FXML private Label changedLabel;
    @FXML private ComboBox<ScheduleKind> scheduleBox;
    @FXML private StackPane schedulePlotHolder;
    @FXML private Label sigmaRangeLabel;
    @FXML private TextField lengthField;
    @FXML private RangeSlider sigmaRange;
    @FXML private Label etaLabel;
    @FXML private Slider etaSlider;
    @FXML private Label rhoLabel;
    @FXML private Slider rhoSlider;
    @FXML private CheckBox freeWeightsCheck;
    @FXML private HBox weightsBox;
    @FXML private TextField wpField;
    @FXML private TextField wqField;
    @FXML private Label weightsNote;
    @FXML private TitledPane advancedPane;
    @FXML private Label betaLabel;
    @FXML private Slider betaSlider;
    @FXML private ToggleSwitch adagradSwitch;
    @FXML private TextField targetBatchField;
    @FXML private TextField particleBatchField;
    @FXML private Label curlLabel;
    @FXML private Slider curlSlider;
    @FXML private Label curlWarning;
    @FXML private Label mmdLabel;
    @FXML private Label sw2Label;
    @FXML private Label modesLabel;
    @FXML private Label inModeLabel;
    @FXML private VBox metricsChartHolder;

    private final Map<FlowKind, ToggleButton> flowToggles = new EnumMap<>(FlowKind.class);
    private final SchedulePlot schedulePlot = new SchedulePlot(240, 60);
    private DynamicsModel model;
    private Consumer<String> onError;
    private RuleText rule;
    private MetricsView metrics;
    private NumericField lengthInput;
    private NumericField wpInput;
    private NumericField wqInput;
    private NumericField targetBatchInput;
    private NumericField particleBatchInput;
    private boolean updating;
    private long shownStep;

    @FXML
    private void initialize() {
        flowToggles.put(FlowKind.SD, sdButton);
        flowToggles.put(FlowKind.MMD, mmdButton);
        flowToggles.put(FlowKind.SVGD, svgdButton);
        flowToggles.put(FlowKind.LANGEVIN, langevinButton);
        flowToggles.put(FlowKind.DIFFFLOW, diffflowButton);
        scheduleBox.getItems().setAll(ScheduleKind.values());
        scheduleBox.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(ScheduleKind k) {
                return k == null ? "" : k.id();
            }

            @Override
            public ScheduleKind fromString(String t) {
                return ScheduleKind.parse(t);
            }
        });
        schedulePlotHolder.getChildren().add(schedulePlot);
        schedulePlot.setManaged(false);
        schedulePlot.widthProperty().bind(schedulePlotHolder.widthProperty());
        schedulePlot.heightProperty().bind(schedulePlotHolder.heightProperty());
        rule = new RuleText(formulaFlow);
        metrics = new MetricsView(mmdLabel, sw2Label, modesLabel, inModeLabel, metricsChartHolder);
    }

    /** Connects the controls to {@code m}; errors go to {@code errors}. */
    public void bind(DynamicsModel m, Consumer<String> errors) {
        this.model = m;
        this.onError = errors;
        for (Map.Entry<FlowKind, ToggleButton> e : flowToggles.entrySet()) {
            FlowKind kind = e.getKey();
            e.getValue().setOnAction(a -> selectFlow(kind));
        }
        scheduleBox.valueProperty().addListener((o, a, b) -> {
            if (b != null) {
                apply(model.setScheduleKind(b));
            }
        });
        sigmaRange.highValueProperty().addListener((o, a, b) ->
                apply(model.setSigmaMax(LogScale.round3(SIGMA_SCALE.value(b.doubleValue())))));
        sigmaRange.lowValueProperty().addListener((o, a, b) ->
                apply(model.setSigmaMin(LogScale.round3(SIGMA_SCALE.value(b.doubleValue())))));
        onSlide(etaSlider, v -> apply(model.setEta(Math.max(0.01, round(v, 100)))));
        onSlide(rhoSlider, v -> apply(model.setRho(round(v, 100))));
        onSlide(betaSlider, v -> apply(model.setMmdNoise(round(v, 100))));
        onSlide(curlSlider, v -> apply(model.setCurl(round(v, 100))));
        adagradSwitch.selectedProperty().addListener((o, a, b) -> apply(model.setAdagrad(b)));
        freeWeightsCheck.selectedProperty().addListener((o, a, b) -> apply(model.setFreeWeights(b)));
        FlowParameters p = model.current();
        lengthInput = new NumericField(lengthField, NumberInput.integer("T", 1, 1_000_000), p.schedule().length(),
                v -> model.setScheduleLength((int) v), errors,
                "T: number of annealing steps from σ start to σ end; afterwards σ stays at σ end.");
        wpInput = new NumericField(wpField, NumberInput.decimal("w_p", -10, 10), 1.0,
                v -> model.setWp(v), errors, "w_p: weight of the target score s_p in DiffFlow's drift.");
        wqInput = new NumericField(wqField, NumberInput.decimal("w_q", -10, 10), 1.0,
                v -> model.setWq(v), errors, "w_q: weight of the particle score s_q in DiffFlow's drift.");
        targetBatchInput = new NumericField(targetBatchField, NumberInput.integer("B_p", 0, 50_000), p.targetBatch(),
                v -> model.setTargetBatch((int) v), errors,
                "B_p: targets drawn per step for the kernel sums (0 = all M).");
        particleBatchInput = new NumericField(particleBatchField, NumberInput.integer("B_q", 0, 50_000),
                p.particleBatch(), v -> model.setParticleBatch((int) v), errors,
                "B_q: particles that move per step and stand for q (0 = all N).");
        model.addListener(this::show);
        show(p);
    }

    /** Selects a flow as if its button was pressed (keys 1–5). */
    public void selectFlow(FlowKind kind) {
        apply(model.setFlow(kind));
        show(model.current());
    }

    /** Moves the σ plot marker. */
    public void showStep(long step) {
        shownStep = step;
        schedulePlot.show(model.current().schedule(), step);
    }

    public MetricsChart metricsChart() {
        return metrics.chart();
    }

    /** Shows the metrics values of the step shown (live, scrubbed or replayed). */
    public void showMetrics(MetricsSample s) {
        metrics.show(s);
    }

    /** Forgets the metrics of the previous run: values back to "–", chart empty (reset, new data). */
    public void clearMetrics() {
        metrics.clear();
    }

    public void setDark(boolean dark) {
        schedulePlot.setDark(dark);
    }

    public VBox panel() {
        return panel;
    }

    /** The update rule under the flow selector, with the term just changed highlighted. */
    public RuleText rule() {
        return rule;
    }

    public Slider etaSlider() {
        return etaSlider;
    }

    public Slider rhoSlider() {
        return rhoSlider;
    }

    public Slider curlSlider() {
        return curlSlider;
    }

    public RangeSlider sigmaRange() {
        return sigmaRange;
    }

    private void apply(String problem) {
        if (updating) {
            return;
        }
        if (problem != null) {
            onError.accept(problem);
            show(model.current());
        }
    }

    private void onSlide(Slider s, DoubleConsumer action) {
        s.valueProperty().addListener((ObservableValue<? extends Number> o, Number a, Number b) -> {
            if (!updating) {
                action.accept(b.doubleValue());
            }
        });
    }

    private static double round(double v, double per) {
        return Math.round(v * per) / per;
    }

    /** Brings every control in line with {@code p} without feeding back into the model. */
    private void show(FlowParameters p) {
        updating = true;
        try {
            flowToggles.forEach((k, b) -> b.setSelected(k == p.flow()));
            flowNameLabel.setText(p.flow().displayName());
            String changed = model.lastChanged();
            rule.show(p, model.lastChangedTerms());
            flowNoteLabel.setText(UpdateRule.note(p.flow()));
            changedLabel.setText(changed.isEmpty() ? " " : changed + " changed (next step)");
            scheduleBox.setValue(p.schedule().kind());
            sigmaRange.setHighValue(SIGMA_SCALE.position(p.schedule().sigmaMax()));
            sigmaRange.setLowValue(SIGMA_SCALE.position(p.schedule().sigmaMin()));
            sigmaRange.setHighValue(SIGMA_SCALE.position(p.schedule().sigmaMax()));
            sigmaRangeLabel.setText("σ " + LogScale.round3(p.schedule().sigmaMax()) + " → "
                    + LogScale.round3(p.schedule().sigmaMin()));
            if (lengthInput != null) {
                lengthInput.show(p.schedule().length());
                targetBatchInput.show(p.targetBatch());
                particleBatchInput.show(p.particleBatch());
                wpInput.show(p.wp() == null ? 1.0 : p.wp());
                wqInput.show(p.wq() == null ? 1.0 - p.rho() : p.wq());
            }
            etaSlider.setValue(p.eta());
            etaLabel.setText(String.format(Locale.ROOT, "η %.2f", p.eta()));
            boolean diff = p.flow() == FlowKind.DIFFFLOW;
            rhoSlider.setValue(p.rho());
            rhoSlider.setDisable(!diff);
            rhoLabel.setText(String.format(Locale.ROOT, "ρ %.2f", p.rho()));
            boolean free = p.wp() != null || p.wq() != null;
            freeWeightsCheck.setSelected(free);
            freeWeightsCheck.setDisable(!diff);
            weightsBox.setVisible(free);
            weightsBox.setManaged(free);
            String note = model.weightsNote();
            weightsNote.setText(note == null ? "" : note);
            weightsNote.setVisible(note != null);
            weightsNote.setManaged(note != null);
            betaSlider.setValue(p.mmdNoise());
            betaSlider.setDisable(p.flow() != FlowKind.MMD);
            betaLabel.setText(String.format(Locale.ROOT, "β %.2f", p.mmdNoise()));
            adagradSwitch.setSelected(p.adagrad());
            curlSlider.setValue(p.curl());
            curlLabel.setText(String.format(Locale.ROOT, "κ %.2f", p.curl()));
            String warn = model.curlWarning();
            curlWarning.setText(warn == null ? "" : "⚠ " + warn);
            curlWarning.setVisible(warn != null);
            curlWarning.setManaged(warn != null);
            if (warn != null) {
                advancedPane.setExpanded(true);
            }
            schedulePlot.show(p.schedule(), shownStep);
        } finally {
            updating = false;
        }
    }
}
