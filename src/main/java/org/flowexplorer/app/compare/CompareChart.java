package org.flowexplorer.app.compare;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.util.StringConverter;
import org.flowexplorer.app.metrics.MetricsHistory;
import org.flowexplorer.core.data.Dataset;
import org.flowexplorer.core.sim.MetricsRow;

/**
 * The shared metrics chart of compare mode: one line per pane in the pane's Okabe–Ito colour,
 * showing log₁₀ MMD² or log₁₀ sliced W2 over the steps. Fed a few times per second with rows
 * measured off the FX thread; a reset or a new comparison starts a fresh history. FX thread only.
 */
public final class CompareChart {
    private final LineChart<Number, Number> chart;
    private final List<MetricsHistory> histories = new ArrayList<>();
    private final List<Integer> generations = new ArrayList<>();
    private final List<XYChart.Series<Number, Number>> series = new ArrayList<>();
    private CompareMetric metric = CompareMetric.MMD2;
    private Dataset dataset;

    public CompareChart() {
        NumberAxis x = new NumberAxis();
        x.setForceZeroInRange(true);
        x.setMinorTickVisible(false);
        x.setLabel("step");
        x.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number v) {
                return v.doubleValue() == Math.rint(v.doubleValue()) ? Long.toString(v.longValue()) : "";
            }

            @Override
            public Number fromString(String s) {
                return null;
            }
        });
        NumberAxis y = new NumberAxis();
        y.setForceZeroInRange(false);
        y.setMinorTickVisible(false);
        y.setLabel(metric.toString());
        chart = new LineChart<>(x, y);
        chart.setAnimated(false);
        chart.setCreateSymbols(false);
        chart.setLegendVisible(false);
        chart.setPrefHeight(190);
        chart.setMinHeight(120);
        chart.getStyleClass().addAll("metrics-chart", "compare-chart");
        chart.setId("compareChart");
    }

    public Node node() {
        return chart;
    }

    /** Switches the plotted metric and redraws every line from the kept history. */
    public void setMetric(CompareMetric m) {
        metric = m;
        ((NumberAxis) chart.getYAxis()).setLabel(m.toString());
        for (int i = 0; i < series.size(); i++) {
            rebuild(i);
        }
    }

    /** Starts over with {@code panes} empty lines (a new comparison, a reset). */
    public void clear(int panes) {
        List<MetricsHistory> fresh = new ArrayList<>();
        for (int i = 0; i < panes; i++) {
            fresh.add(new MetricsHistory(400));
        }
        show(fresh);
    }

    /** A pane was added that continues pane {@code from}: its line starts with a copy of that pane's history. */
    public void copyLine(int from) {
        List<MetricsHistory> now = new ArrayList<>(histories);
        MetricsHistory copy = new MetricsHistory(400);
        histories.get(from).rows().forEach(copy::add);
        now.add(copy);
        show(now);
    }

    /** Pane {@code index} was removed: its line goes, the others keep their history (and take their pane's colour). */
    public void removeLine(int index) {
        List<MetricsHistory> now = new ArrayList<>(histories);
        now.remove(index);
        show(now);
    }

    /** One line per history, in pane order and pane colour. */
    private void show(List<MetricsHistory> lines) {
        histories.clear();
        histories.addAll(lines);
        generations.clear();
        series.clear();
        chart.getData().clear();
        for (int i = 0; i < lines.size(); i++) {
            generations.add(-1);
            XYChart.Series<Number, Number> s = new XYChart.Series<>();
            s.setName("pane " + (i + 1));
            series.add(s);
            chart.getData().add(s);
            String colour = PaneColors.css(i);
            s.nodeProperty().addListener((o, a, n) -> {
                if (n != null) {
                    n.setStyle("-fx-stroke: " + colour + "; -fx-stroke-width: 2px;");
                }
            });
            if (s.getNode() != null) {
                s.getNode().setStyle("-fx-stroke: " + colour + "; -fx-stroke-width: 2px;");
            }
            rebuild(i);
        }
    }

    /** Adds one measurement (one row per pane). */
    public void add(CompareSample sample) {
        if (sample.dataset() != dataset || sample.rows().size() != series.size()) {
            dataset = sample.dataset();
            clear(sample.rows().size());
        }
        for (int i = 0; i < series.size(); i++) {
            MetricsHistory h = histories.get(i);
            h.add(sample.rows().get(i));
            if (h.generation() != generations.get(i)) {
                rebuild(i);
            } else {
                append(i, h.last());
            }
        }
    }

    /** The rows kept for pane {@code pane}, oldest first. */
    public List<MetricsRow> rows(int pane) {
        return histories.get(pane).rows();
    }

    public int lines() {
        return series.size();
    }

    private void rebuild(int i) {
        generations.set(i, histories.get(i).generation());
        series.get(i).getData().clear();
        for (MetricsRow r : histories.get(i).rows()) {
            append(i, r);
        }
    }

    private void append(int i, MetricsRow r) {
        if (r == null) {
            return;
        }
        var data = series.get(i).getData();
        double v = metric.of(r);
        if (!data.isEmpty() && data.get(data.size() - 1).getXValue().longValue() == r.step()) {
            data.get(data.size() - 1).setYValue(v);
        } else {
            data.add(new XYChart.Data<>(r.step(), v));
        }
    }
}
