package org.flowexplorer.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.flowexplorer.core.data.DatasetCatalog;
import org.flowexplorer.core.data.InputException;
import org.flowexplorer.core.data.Mixture;
import org.flowexplorer.core.math.ParallelRunner;
import org.flowexplorer.core.metric.MetricsCalculator;
import org.flowexplorer.core.metric.MetricsReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code metrics}: the metrics of algorithms.md §6 as one JSON object on stdout. Files are limited
 * to {@link org.flowexplorer.core.data.PointCsvReader#MAX_ROWS} rows (every metric is O(N·M));
 * large inputs show progress on an interactive terminal.
 */
@Command(name = "metrics", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Print the metrics of particles against targets as one JSON object.",
            "With --flow and --sigma also the field diagnostics relative_curl and circulation."})
final class MetricsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    PointInputs inputs;

    @Option(names = "--mixture", paramLabel = "NAME",
            description = "Mixture the targets come from (25gaussians, 8gaussians, 30gaussians) for mode metrics.")
    String mixtureName;

    @Mixin
    FlowOptions flow;

    @Mixin
    ThreadsOption threads;

    @Override
    public Integer call() throws Exception {
        int t = threads.resolve();
        inputs.read();
        Mixture mixture = mixtureName == null ? null : mixture(mixtureName, inputs.particles.dim());
        if (flow.given()) {
            flow.spec();
            flow.sigma();
            if (inputs.particles.dim() < 2) {
                throw InputException.forKey("--flow", "field diagnostics need at least 2 dimensions");
            }
        }
        Map<String, Object> json = new LinkedHashMap<>();
        try (ParallelRunner runner = new ParallelRunner(t);
             ProgressDisplay bar = ProgressDisplay.open("metrics", flow.given() ? 3 : 2, "parts")) {
            bar.message("target terms");
            MetricsCalculator calc = new MetricsCalculator(inputs.targets, mixture, runner);
            bar.stepTo(1);
            bar.message("particle terms");
            MetricsReport report = calc.report(inputs.particles);
            bar.stepTo(2);
            if (flow.given()) {
                bar.message("field diagnostics");
                double sigma = flow.sigma();
                var field = flow.spec().create().field(inputs.particles, inputs.targets, sigma, runner);
                report = report.withFieldDiagnostics(calc.fieldDiagnostics(inputs.particles,
                        org.flowexplorer.core.sim.MeasuredField.of(field), sigma));
                bar.stepTo(3);
            }
            json.putAll(report.toJsonMap());
        }
        finite(json);
        spec.commandLine().getOut().println(new ObjectMapper().writeValueAsString(json));
        return 0;
    }

    /**
     * JSON has no NaN or infinity: a metric that is undefined here (0/0, e.g. the relative curl of a
     * field that vanishes everywhere) is written as null with a note; one that overflows is an error.
     */
    private void finite(Map<String, Object> json) {
        for (Map.Entry<String, Object> e : json.entrySet()) {
            if (e.getValue() instanceof Double d && !Double.isFinite(d)) {
                if (Double.isNaN(d)) {
                    e.setValue(null);
                    spec.commandLine().getErr().println("note: " + e.getKey() + " is undefined for these inputs (null)");
                } else {
                    throw InputException.forKey(flow.given() ? "--sigma" : "--particles", e.getKey()
                            + " overflows for these inputs; choose a larger --sigma or smaller coordinates");
                }
            }
        }
    }

    private static Mixture mixture(String name, int dim) {
        Mixture m = DatasetCatalog.generate(name, 1, 0).mixture();
        if (m == null) {
            throw InputException.forKey("--mixture", "'" + name + "' is not a mixture (choose 25gaussians, 8gaussians or 30gaussians)");
        }
        if (m.means().dim() != dim) {
            throw InputException.forKey("--mixture", "'" + name + "' has dimension " + m.means().dim()
                    + " but the particles have " + dim);
        }
        return m;
    }
}
