package org.flowexplorer.app.metrics;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import org.flowexplorer.core.data.Dataset;
import org.flowexplorer.core.sim.MetricsRow;

/**
 * The live metrics chart over the steps: log₁₀ MMD² and log₁₀ sliced W2, and for mixture datasets
 * the share of modes covered and the in-mode fraction (both in [0, 1]) on the same axis. Fed at most a few times per
 * second by the frame loop with results computed off the FX thread.
 */
public final class MetricsChart {
    private final MetricsHistory history = new MetricsHistory(400);
    private final XYChart.Series<Number, Number> mmd = series("log₁₀ MMD²");
    private final XYChart.Series<Number, Number> sw2 = series("log₁₀ SW2");
    private final XYChart.Series<Number, Number> modes = series("modes covered (share)");
    private final XYChart.Series<Number, Number> inMode = series("in mode");
    private final LineChart<Number, Number> chart;
    private Dataset dataset;
    private int generation = -1;

    public MetricsChart() {
        chart = chart("metrics-all");
        chart.getData().add(mmd);
        chart.getData().add(sw2);
        chart.getData().add(modes);
        chart.getData().add(inMode);
    }

    public Node node() {
        return chart;
    }

    public MetricsHistory history() {
        return history;
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
    }

    private void rebuild() {
        mmd.getData().clear();
        sw2.getData().clear();
        modes.getData().clear();
        inMode.getData().clear();
        List<MetricsRow> rows = history.rows();
        for (MetricsRow r : rows) {
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

    private static NumberAxis axis() {
        NumberAxis x = new NumberAxis();
        x.setForceZeroInRange(true);
        x.setAutoRanging(true);
        x.setMinorTickVisible(false);
        x.setTickLabelsVisible(true);
        return x;
    }

    private static LineChart<Number, Number> chart(String styleClass) {
        NumberAxis y = new NumberAxis();
        y.setForceZeroInRange(false);
        // MMD² and SW2 span decades, so they are drawn as log₁₀; modes and in-mode as fractions 0..1
        y.setLabel("log₁₀ · fraction");
        LineChart<Number, Number> c = new LineChart<>(axis(), y);
        style(c, styleClass);
        return c;
    }

    private static void style(LineChart<Number, Number> c, String styleClass) {
        c.setAnimated(false);
        c.setCreateSymbols(false);
        c.setLegendVisible(false);
        c.setPrefHeight(170);
        c.setMinHeight(100);
        c.getStyleClass().addAll("metrics-chart", styleClass);
        ((NumberAxis) c.getYAxis()).setMinorTickVisible(false);
    }
}
