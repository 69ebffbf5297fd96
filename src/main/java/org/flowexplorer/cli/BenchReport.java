package org.flowexplorer.cli;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;
import org.flowexplorer.core.io.AtomicFiles;
import org.flowexplorer.core.sim.StepBenchmark;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** The files of {@code bench}: the rows as CSV, and a log-log chart of ms per step against N. */
final class BenchReport {
    private static final String[] COLUMNS = {"flow", "mode", "n", "m", "sigma", "threads", "ms_per_step",
        "steps_per_second", "cpu_ms_per_step", "pairs_per_second_per_core", "load_average", "kernel"};

    private BenchReport() {
    }

    /** Writes one CSV row per result (atomically: the file appears complete or not at all). */
    static void writeCsv(Path file, List<StepBenchmark.Result> results) {
        OutputDirectory.prepareFile(file);
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        for (String c : COLUMNS) {
            schema.addColumn(c);
        }
        try {
            AtomicFiles.write(file, out -> {
                try (SequenceWriter w = new CsvMapper().writer(schema.build()).writeValues(out)) {
                    for (StepBenchmark.Result r : results) {
                        w.write(cells(r));
                    }
                }
            });
        } catch (IOException e) {
            throw OutputDirectory.writeFailed(file, e);
        }
    }

    private static Map<String, Object> cells(StepBenchmark.Result r) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("flow", r.flow().id());
        row.put("mode", r.grid() ? "grid" : "exact");
        row.put("n", r.n());
        row.put("m", r.m());
        row.put("sigma", r.sigma());
        row.put("threads", r.threads());
        row.put("ms_per_step", String.format(Locale.ROOT, "%.3f", r.msPerStep()));
        row.put("steps_per_second", String.format(Locale.ROOT, "%.2f", r.stepsPerSecond()));
        row.put("cpu_ms_per_step", Double.isNaN(r.cpuMsPerStep()) ? "" : String.format(Locale.ROOT, "%.3f", r.cpuMsPerStep()));
        row.put("pairs_per_second_per_core", Math.round(r.pairsPerSecondPerCore()));
        row.put("load_average", Double.isNaN(r.loadAverage()) ? "" : String.format(Locale.ROOT, "%.1f", r.loadAverage()));
        row.put("kernel", r.kernel());
        return row;
    }

    /**
     * Draws ms per step against N (log-log), one series per flow and mode, with the NumPy step as a
     * single point at N = M = 2000 when given.
     */
    static void writePlot(Path file, List<StepBenchmark.Result> results, Double numpyMs) {
        OutputDirectory.prepareFile(file);
        double load = results.stream().mapToDouble(StepBenchmark.Result::loadAverage).max().orElse(Double.NaN);
        XYChart chart = new XYChartBuilder().width(900).height(600)
                .title("One simulation step on 25 Gaussians, N = M, σ = " + results.get(0).sigma()
                        + ", " + results.get(0).threads() + " threads"
                        + (Double.isNaN(load) ? "" : String.format(Locale.ROOT, " (load average up to %.1f)", load)))
                .xAxisTitle("N = M (particles = targets)").yAxisTitle("ms per step").build();
        // ms: every 1-9 × 10^k tick labelled (XChart labels only powers of ten by default, which left
        // the grid sweep's axis with one label). Not on the N axis: in XChart 3.8.8 both that and a
        // label function put linear tick labels under the logarithmic points
        chart.getStyler().setYAxisLogarithmicDecadeOnly(false).setYAxisDecimalPattern("#,##0.#");
        chart.getStyler().setXAxisLogarithmic(true).setYAxisLogarithmic(true).setChartBackgroundColor(java.awt.Color.WHITE)
                .setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.InsideNW).setMarkerSize(8);
        Map<String, List<StepBenchmark.Result>> series = new LinkedHashMap<>();
        for (StepBenchmark.Result r : results) {
            series.computeIfAbsent(r.flow().id() + (r.grid() ? " (grid)" : " (exact)"), k -> new ArrayList<>()).add(r);
        }
        series.forEach((name, rows) -> {
            XYSeries s = chart.addSeries(name, rows.stream().mapToDouble(StepBenchmark.Result::n).toArray(),
                    rows.stream().mapToDouble(StepBenchmark.Result::msPerStep).toArray());
            s.setMarker(SeriesMarkers.CIRCLE);
        });
        if (numpyMs != null) {
            XYSeries s = chart.addSeries("tuned NumPy SD step (same minutes)", new double[] {2000}, new double[] {numpyMs});
            s.setMarker(SeriesMarkers.DIAMOND);
            s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        }
        try {
            AtomicFiles.write(file, out -> ImageIO.write(BitmapEncoder.getBufferedImage(chart), "png", out));
        } catch (IOException e) {
            throw OutputDirectory.writeFailed(file, e);
        }
    }
}
