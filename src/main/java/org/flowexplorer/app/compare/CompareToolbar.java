package org.flowexplorer.app.compare;

import java.util.List;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.beans.binding.Bindings;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.flowexplorer.app.control.Icons;
import org.flowexplorer.core.sim.Snapshot;

/**
 * The top bar of compare mode: back to the single view, transport for every pane (run/pause,
 * step, reset), the step read-out, the built-in comparisons, "+ pane", the chart's metric and the
 * speed limit. Only builds and labels the controls; {@link CompareView} wires their actions.
 */
public final class CompareToolbar {
    private final HBox bar;
    private final Button back = new Button("← Single view");
    private final Button play = new Button();
    private final Button step = new Button();
    private final Button reset = new Button();
    private final Button addPane = new Button("+ pane");
    private final Button fit = new Button("Fit");
    private final Label stepLabel = new Label("step 0");
    private final Label speedLabel = new Label("– ms/step");
    private final ComboBox<ComparePreset> presetBox = new ComboBox<>();
    private final ComboBox<CompareMetric> metricBox = new ComboBox<>();
    private final ComboBox<Integer> speedBox = new ComboBox<>();

    /** @param presets the comparisons offered, the first one selected */
    public CompareToolbar(List<ComparePreset> presets) {
        setUp(back, "backToSingle", "Back to the single-run explorer (C or Esc); this comparison is kept, paused.");
        setUp(play, "comparePlay", "Run or pause every pane (Space).");
        setUp(step, "compareStep", "Every pane takes exactly one step (→).");
        setUp(reset, "compareReset", "Every pane back to the shared initial particles at step 0 (R).");
        setUp(addPane, "addPane", "Add a pane (up to 4) that continues the last one from the step it is at; "
                + "change its flow or sliders to compare. The other panes go on.");
        setUp(fit, "compareFit", "Fit every pane's view to the particles and targets of all panes (F).");
        play.setGraphic(Icons.play());
        step.setGraphic(Icons.step());
        reset.setGraphic(Icons.reset());
        for (Button b : List.of(play, step, reset)) {
            b.getStyleClass().add("transport");
        }
        stepLabel.setId("compareStepLabel");
        stepLabel.getStyleClass().addAll("readout", "readout-main");
        stepLabel.setMinWidth(Region.USE_PREF_SIZE);
        speedLabel.setId("compareSpeedLabel");
        speedLabel.getStyleClass().add("readout");
        speedLabel.setTooltip(new Tooltip("Engine: wall time of the last tick (every pane stepped once, on one thread; "
                + "each pane's own share is under its picture) and steps per second while running."));
        presetBox.setId("comparePresets");
        presetBox.getItems().setAll(presets);
        presetBox.setValue(presets.get(0));
        presetBox.setPrefWidth(500);
        presetBox.setMinWidth(160);
        HBox.setHgrow(presetBox, Priority.SOMETIMES);
        Tooltip about = new Tooltip(); // what the chosen comparison runs: its name alone says little
        about.setWrapText(true);
        about.setMaxWidth(420);
        about.textProperty().bind(Bindings.createStringBinding(() -> (presetBox.getValue() == null
                ? "" : presetBox.getValue().description() + "\n\n") + "Loading a comparison restarts every pane at step 0.",
                presetBox.valueProperty()));
        presetBox.setTooltip(about);
        metricBox.setId("compareMetric");
        metricBox.getItems().setAll(CompareMetric.values());
        metricBox.setValue(CompareMetric.MMD2);
        metricBox.setTooltip(new Tooltip("What the shared chart plots, one line per pane in the pane's colour."));
        speedBox.setId("compareSpeed");
        speedBox.setTooltip(new Tooltip("Upper limit on steps per second of every pane while running."));
        Pane grow = new Pane();
        HBox.setHgrow(grow, Priority.ALWAYS);
        bar = new HBox(6, back, new Separator(Orientation.VERTICAL), play, step, reset, stepLabel, speedLabel,
                new Separator(Orientation.VERTICAL), presetBox, addPane, fit, grow, metricBox, speedBox);
        for (Node n : bar.getChildren()) {
            if (n != presetBox && n instanceof Region r) {
                r.setMinWidth(Region.USE_PREF_SIZE); // on a narrow window only the comparison menu shrinks
            }
        }
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("top-bar");
        bar.setPadding(new Insets(4, 10, 4, 10));
    }

    private static void setUp(Button b, String id, String help) {
        b.setId(id);
        b.setTooltip(new Tooltip(help));
    }

    public HBox node() {
        return bar;
    }

    /** Shows the play or the pause icon. */
    public void showPlaying(boolean playing) {
        play.setGraphic(playing ? Icons.pause() : Icons.play());
    }

    public Button back() {
        return back;
    }

    public Button play() {
        return play;
    }

    public Button step() {
        return step;
    }

    public Button reset() {
        return reset;
    }

    public Button fit() {
        return fit;
    }

    public Button addPane() {
        return addPane;
    }

    public Label stepLabel() {
        return stepLabel;
    }

    /** ms per tick and steps per second. */
    public Label speedLabel() {
        return speedLabel;
    }

    /** "step 412 / 1000 · σ 0.31" for panes in lock-step (the steps of each pane otherwise). */
    public static String stepText(List<Snapshot> snaps) {
        long s0 = snaps.get(0).step();
        boolean same = snaps.stream().allMatch(s -> s.step() == s0);
        if (!same) {
            StringBuilder b = new StringBuilder("steps");
            snaps.forEach(s -> b.append(' ').append(s.step()));
            return b.toString();
        }
        int t = snaps.get(0).parameters().schedule().length();
        return String.format(Locale.ROOT, "step %d / %d · σ %.3g", s0, t, snaps.get(0).nextSigma());
    }

    /** "38.2 ms/step · 24 steps/s": one tick's wall time (the panes' steps added) and the rate. */
    public static String speedText(List<Snapshot> live, double stepsPerSecond) {
        double ms = live.stream().mapToDouble(Snapshot::msPerStep).sum();
        String perStep = live.get(0).step() == 0 || ms == 0 ? "– ms/step" : String.format(Locale.ROOT, "%.1f ms/step", ms);
        String rate = stepsPerSecond > 0 ? String.format(Locale.ROOT, "%.0f steps/s", stepsPerSecond) : "paused";
        return perStep + " · " + rate;
    }

    public ComboBox<ComparePreset> presetBox() {
        return presetBox;
    }

    public ComboBox<CompareMetric> metricBox() {
        return metricBox;
    }

    public ComboBox<Integer> speedBox() {
        return speedBox;
    }
}
