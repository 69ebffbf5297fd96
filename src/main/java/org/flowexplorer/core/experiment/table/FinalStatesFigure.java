package org.flowexplorer.core.experiment.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.flowexplorer.core.experiment.RunOutcome;
import org.flowexplorer.core.experiment.report.ChartStyle;
import org.flowexplorer.core.experiment.report.Figure;
import org.flowexplorer.core.math.PointSet;
import org.knowm.xchart.XYChart;

/** Final particles (blue) over the targets (red) of seed 0, one panel per condition, in table order. */
final class FinalStatesFigure {
    private static final int COLUMNS = 6;
    private static final int SIZE = 250;
    private static final double RANGE = 4.5;

    private FinalStatesFigure() {
    }

    static Figure of(TableResult r) {
        List<XYChart> charts = new ArrayList<>();
        PointSet targets = r.seed0Targets().points();
        for (TableRow row : r.rows()) {
            PaperCondition c = row.condition();
            RunOutcome o = row.runs().get(0);
            String title = String.format(Locale.ROOT, "%s%s %s/%s/%s/%s: %s", row.figure() == null ? ""
                    : row.figure().label() + " ", c.flow().id().toUpperCase(Locale.ROOT), c.adagrad() ? "Ada" : "noAda",
                    c.targetsLabel(), c.particlesLabel(), c.cosine() ? "cos" : "lin",
                    r.criterion().converged(o) ? "yes" : "no");
            XYChart chart = ChartStyle.xy(SIZE, SIZE + 10, title, null, null);
            chart.getStyler().setLegendVisible(false);
            chart.getStyler().setChartTitleFont(new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.PLAIN, 10));
            chart.getStyler().setAxisTickLabelsFont(new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.PLAIN, 8));
            chart.getStyler().setXAxisMin(-RANGE).setXAxisMax(RANGE).setYAxisMin(-RANGE).setYAxisMax(RANGE);
            ChartStyle.scatter(chart, "targets", column(targets, 0), column(targets, 1), ChartStyle.TARGETS, 2);
            ChartStyle.scatter(chart, "particles", column(o.positions(), 0), column(o.positions(), 1),
                    ChartStyle.PARTICLES, 2);
            charts.add(chart);
        }
        return new Figure(charts, Math.min(COLUMNS, charts.size()));
    }

    /** Coordinate c of every point, clamped to the plotted range so that far-away particles stay visible at the edge. */
    private static double[] column(PointSet p, int c) {
        double[] out = new double[p.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = Math.max(-RANGE, Math.min(RANGE, p.get(i, c)));
        }
        return out;
    }
}
