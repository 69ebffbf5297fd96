package org.flowexplorer.core.experiment.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.flowexplorer.core.data.Mixture;
import org.flowexplorer.core.experiment.RunOutcome;
import org.flowexplorer.core.experiment.report.ChartStyle;
import org.flowexplorer.core.experiment.report.Figure;
import org.flowexplorer.core.math.ParallelRunner;
import org.flowexplorer.core.metric.ModeBalance;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.style.Styler;

/**
 * Why a run in a paper figure's condition is or is not balanced: for each such row, the share of
 * the in-mode particles (seed 0) and of the in-mode targets that each mode holds, side by side,
 * with the run's occupancy TV against the threshold in the title.
 */
final class OccupancyFigure {
    private OccupancyFigure() {
    }

    /** The figure, or null when no row is a paper figure's condition. */
    static Figure of(TableResult r) {
        Mixture mix = r.seed0Targets().mixture();
        List<CategoryChart> charts = new ArrayList<>();
        try (ParallelRunner one = new ParallelRunner(1)) {
            double[] targets = ModeBalance.occupancy(r.seed0Targets().points(), mix, one);
            List<Integer> modes = new ArrayList<>();
            List<Double> t = new ArrayList<>();
            for (int k = 0; k < targets.length; k++) {
                modes.add(k);
                t.add(100 * targets[k]);
            }
            for (TableRow row : r.rows()) {
                if (row.figure() == null) {
                    continue;
                }
                RunOutcome o = row.runs().get(0);
                List<Double> p = new ArrayList<>();
                for (double v : ModeBalance.occupancy(o.positions(), mix, one)) {
                    p.add(100 * v);
                }
                PaperCondition c = row.condition();
                CategoryChart chart = new CategoryChartBuilder().width(760).height(300)
                        .title(String.format(Locale.ROOT, "%s %s (%s), seed 0: TV %.3f (threshold %.3f), in-mode %.2f",
                                row.figure().label(), c.flow().id().toUpperCase(Locale.ROOT), c.factorsKey(),
                                o.occupancyTv(), r.criterion().maxTv(), o.inModeFraction()))
                        .xAxisTitle("mode").yAxisTitle("% of in-mode points").build();
                chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNE);
                chart.getStyler().setChartBackgroundColor(java.awt.Color.WHITE);
                chart.getStyler().setSeriesColors(new java.awt.Color[] {ChartStyle.TARGETS, ChartStyle.PARTICLES});
                chart.getStyler().setChartTitleFont(new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.BOLD, 12));
                chart.getStyler().setXAxisLabelRotation(0);
                chart.addSeries("targets", modes, t);
                chart.addSeries("particles", modes, p);
                charts.add(chart);
            }
        }
        return charts.isEmpty() ? null : new Figure(charts, 1);
    }
}
