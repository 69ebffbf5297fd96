package org.flowexplorer.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
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

/** {@code metrics}: the metrics of ALGORITHMS.md §6 as one JSON object on stdout. */
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
        MetricsReport report;
        try (ParallelRunner runner = new ParallelRunner(t)) {
            MetricsCalculator calc = new MetricsCalculator(inputs.targets, mixture, runner);
            if (flow.given()) {
                double sigma = flow.sigma();
                var field = flow.spec().create().field(inputs.particles, inputs.targets, sigma, runner);
                if (inputs.particles.dim() < 2) {
                    throw InputException.forKey("--flow", "field diagnostics need at least 2 dimensions");
                }
                report = calc.report(inputs.particles, org.flowexplorer.core.sim.MeasuredField.of(field), sigma);
            } else {
                report = calc.report(inputs.particles);
            }
        }
        spec.commandLine().getOut().println(new ObjectMapper().writeValueAsString(report.toJsonMap()));
        return 0;
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
