package org.flowexplorer.app.dynamics;

import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.flowexplorer.app.metrics.MetricsChart;
import org.flowexplorer.app.metrics.MetricsSample;

/**
 * METRICS: the four numbers (MMD², sliced W2, modes covered, in-mode fraction) of the step shown,
 * "–" where a metric does not apply or nothing was measured yet, and the chart of the live run. A
 * chart squeezed below {@link #MIN_CHART_HEIGHT} would cut its own axis labels, so it steps aside
 * instead (the panel never scrolls) and comes back when "advanced" closes or the window grows.
 * FX thread only.
 */
final class MetricsView {
    private final Label mmd;
    private final Label sw2;
    private final Label modes;
    private final Label inMode;
    private final MetricsChart chart = new MetricsChart();

    /** The chart is shown when it gets at least this many pixels of height. */
    static final double MIN_CHART_HEIGHT = 140;

    MetricsView(Label mmd, Label sw2, Label modes, Label inMode, VBox chartHolder) {
        this.mmd = mmd;
        this.sw2 = sw2;
        this.modes = modes;
        this.inMode = inMode;
        chartHolder.getChildren().add(chart.node());
        VBox.setVgrow(chart.node(), Priority.ALWAYS);
        chartHolder.heightProperty().addListener((o, a, h) ->
                chart.node().setVisible(h.doubleValue() >= MIN_CHART_HEIGHT));
    }

    MetricsChart chart() {
        return chart;
    }

    void show(MetricsSample s) {
        var row = s.row();
        mmd.setText(String.format(Locale.ROOT, "MMD² %.4g", row.mmd2()));
        sw2.setText(String.format(Locale.ROOT, "SW2 %.3g", row.slicedW2()));
        if (row.modesCovered() != null) {
            modes.setText("modes " + row.modesCovered() + " / " + s.dataset().mixture().modes());
            inMode.setText(String.format(Locale.ROOT, "in-mode %.0f%%", 100 * row.inModeFraction()));
        } else {
            modes.setText("modes –");
            inMode.setText("in-mode –");
        }
    }

    void clear() {
        mmd.setText("MMD² –");
        sw2.setText("SW2 –");
        modes.setText("modes –");
        inMode.setText("in-mode –");
        chart.clear();
    }
}
