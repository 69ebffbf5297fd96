package org.flowexplorer.app.metrics;

import java.util.List;
import javafx.geometry.Side;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.layout.StackPane;
import org.flowexplorer.core.data.Dataset;
import org.flowexplorer.core.sim.MetricsRow;

/**
 * The live metrics chart over the steps, with two labelled y axes: on the left log₁₀ MMD² and
 * log₁₀ sliced W2 (they span decades), on the right, for mixture datasets, the share of modes
 * covered and the in-mode fraction (0 to 1). Two line charts are stacked with the same step axis and
 * plot area, the upper one transparent with its axis on the right. Fed at most a few times per
 * second by the frame loop with results computed off the FX thread.
 */
public final class MetricsChart {
    /** Width of each y axis in pixels, reserved on both charts so their plot areas coincide. */
    private static final double AXIS_WIDTH = 46;

    private final MetricsHistory history = new MetricsHistory(400);
    private final XYChart.Series<Number, Number> mmd = series("log₁₀ MMD²");
    private final XYChart.Series<Number, Number> sw2 = series("log₁₀ SW2");
    private final XYChart.Series<Number, Number> modes = series("modes covered (share)");
    private final XYChart.Series<Number, Number> inMode = series("in mode");
    private final NumberAxis logAxis = new NumberAxis();
    private final NumberAxis fractionAxis = new NumberAxis(0, 1, 0.25);
    private final NumberAxis stepAxis = stepAxis();
    private final NumberAxis overlayStepAxis = stepAxis();
    private final LineChart<Number, Number> logChart;
    private final LineChart<Number, Number> fractionChart;
    private final StackPane node;
    private Dataset dataset;
    private int generation = -1;

    public MetricsChart() {
        logAxis.setForceZeroInRange(false);
        logAxis.setMinorTickVisible(false);
        logAxis.setLabel("log₁₀ MMD², SW2");
        logAxis.setMinWidth(AXIS_WIDTH);
        logAxis.setPrefWidth(AXIS_WIDTH);
        logAxis.setMaxWidth(AXIS_WIDTH);
        logAxis.setId("metricsLogAxis");
        fractionAxis.setAutoRanging(false);
        fractionAxis.setMinorTickVisible(false);
        fractionAxis.setSide(Side.RIGHT);
        fractionAxis.setLabel("fraction (0–1)");
        fractionAxis.setMinWidth(AXIS_WIDTH);
        fractionAxis.setPrefWidth(AXIS_WIDTH);
        fractionAxis.setMaxWidth(AXIS_WIDTH);
        fractionAxis.setId("metricsFractionAxis");
        logChart = new LineChart<>(stepAxis, logAxis);
        fractionChart = new LineChart<>(overlayStepAxis, fractionAxis);
        style(logChart, "metrics-log");
        style(fractionChart, "metrics-fraction");
        logChart.getData().add(mmd);
        logChart.getData().add(sw2);
        fractionChart.getData().add(modes);
        fractionChart.getData().add(inMode);
        colour(modes, "#009E73");
        colour(inMode, "#CC79A7");
        // each chart leaves room for the other's y axis, so both plot areas are the same rectangle
        // (inline styles: the stylesheet's padding of .metrics-chart would win over setPadding)
        logChart.setStyle("-fx-padding: 4 " + AXIS_WIDTH + " 0 0;");
        fractionChart.setStyle("-fx-padding: 4 0 0 " + AXIS_WIDTH + ";");
        fractionChart.setMouseTransparent(true);
        fractionChart.getStyleClass().add("metrics-overlay");
        overlayStepAxis.setOpacity(0); // same height as the visible step axis, not drawn twice
        node = new StackPane(logChart, fractionChart);
        node.setPrefHeight(170);
        node.setMinHeight(110);
        node.getStyleClass().add("metrics-chart-pair");
    }

    public Node node() {
        return node;
    }

    public MetricsHistory history() {
        return history;
    }

    /** The left axis (log₁₀ MMD² and SW2). */
    public NumberAxis logAxis() {
        return logAxis;
    }

    /** The right axis (fractions, 0 to 1). */
    public NumberAxis fractionAxis() {
        return fractionAxis;
    }

    /** The series of the left axis ({@code log}) or the right one. */
    public List<XYChart.Series<Number, Number>> series(boolean log) {
        return log ? List.of(mmd, sw2) : List.of(modes, inMode);
    }

    /** Empties the chart and its history (a reset or new data: nothing of the old run stays). */
    public void clear() {
        dataset = null;
        history.clear();
        generation = history.generation();
        rebuild();
    }

    /** Adds a measurement; a new dataset or a step going back starts a fresh history. */
    public void add(MetricsSample s) {
        if (s.dataset() != dataset) {
            dataset = s.dataset();
            history.clear();
        }
        history.add(s.row());
        if (history.generation() != generation) {
            generation = history.generation();
            rebuild();
        } else {
            append(history.last());
        }
        boolean mixture = dataset.mixture() != null;
        fractionAxis.setVisible(mixture);
        fractionChart.setVisible(mixture);
        MetricsRow last = history.last();
        long top = last == null ? 10 : Math.max(10, last.step());
        double unit = niceUnit(top / 4.0);
        double upper = Math.ceil(top / unit) * unit;
        for (NumberAxis x : List.of(stepAxis, overlayStepAxis)) {
            x.setUpperBound(upper);
            x.setTickUnit(unit);
        }
    }

    private void rebuild() {
        mmd.getData().clear();
        sw2.getData().clear();
        modes.getData().clear();
        inMode.getData().clear();
        for (MetricsRow r : history.rows()) {
            append(r);
        }
    }

    private void append(MetricsRow r) {
        if (r == null) {
            return;
        }
        replaceOrAdd(mmd, r.step(), Math.log10(Math.max(1e-12, r.mmd2())));
        replaceOrAdd(sw2, r.step(), Math.log10(Math.max(1e-12, r.slicedW2())));
        if (r.modesCovered() != null) {
            replaceOrAdd(modes, r.step(), (double) r.modesCovered() / dataset.mixture().modes());
            replaceOrAdd(inMode, r.step(), r.inModeFraction());
        }
    }

    /** 1, 2 or 5 times a power of ten, at least {@code raw}. */
    static double niceUnit(double raw) {
        double p = Math.pow(10, Math.floor(Math.log10(Math.max(1, raw))));
        for (double m : new double[] {1, 2, 5, 10}) {
            if (m * p >= raw) {
                return m * p;
            }
        }
        return 10 * p;
    }

    private static void replaceOrAdd(XYChart.Series<Number, Number> s, long step, double v) {
        var data = s.getData();
        if (!data.isEmpty() && data.get(data.size() - 1).getXValue().longValue() == step) {
            data.get(data.size() - 1).setYValue(v);
        } else {
            data.add(new XYChart.Data<>(step, v));
        }
    }

    private static XYChart.Series<Number, Number> series(String name) {
        XYChart.Series<Number, Number> s = new XYChart.Series<>();
        s.setName(name);
        return s;
    }

    /** Styles the line of {@code s} now and whenever JavaFX makes its node. */
    private static void colour(XYChart.Series<Number, Number> s, String css) {
        String style = "-fx-stroke: " + css + ";";
        s.nodeProperty().addListener((o, a, n) -> {
            if (n != null) {
                n.setStyle(style);
            }
        });
        if (s.getNode() != null) {
            s.getNode().setStyle(style);
        }
    }

    private static NumberAxis stepAxis() {
        NumberAxis x = new NumberAxis(0, 10, 2);
        x.setAutoRanging(false);
        x.setMinorTickVisible(false);
        x.setLabel("step");
        return x;
    }

    private static void style(LineChart<Number, Number> c, String styleClass) {
        c.setAnimated(false);
        c.setCreateSymbols(false);
        c.setLegendVisible(false);
        c.setMinHeight(100);
        c.getStyleClass().addAll("metrics-chart", styleClass);
        c.setHorizontalGridLinesVisible(styleClass.equals("metrics-log"));
        c.setVerticalGridLinesVisible(styleClass.equals("metrics-log"));
    }
}
