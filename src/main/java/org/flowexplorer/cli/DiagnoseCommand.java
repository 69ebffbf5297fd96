package org.flowexplorer.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.flowexplorer.core.data.CoordinateRange;
import org.flowexplorer.core.data.Excerpt;
import org.flowexplorer.core.data.InputException;
import org.flowexplorer.core.experiment.Runs;
import org.flowexplorer.core.experiment.curl.CurlDiagnosis;
import org.flowexplorer.core.experiment.curl.CurlDiagnosisReport;
import org.flowexplorer.core.experiment.report.Report;
import org.flowexplorer.core.experiment.report.ReportWriter;
import org.flowexplorer.core.flow.FlowKind;
import org.flowexplorer.core.math.ParallelRunner;
import org.flowexplorer.core.metric.field.FieldCircle;
import org.flowexplorer.core.sim.FlowParameters;
import org.flowexplorer.core.sim.RunConfig;
import org.flowexplorer.core.sim.Snapshot;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code diagnose}: runs a configuration to step S, then maps the curl of the flow's velocity
 * field over the view and measures relative curl, circulation and circle integrals.
 */
@Command(name = "diagnose", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Is the flow's velocity field a gradient field? Runs to --step, then writes curl.png "
            + "(heat map, diverging palette), curl.csv and diagnostics.json (relative_curl, circulation, "
            + "circle integrals).",
            "Gradient fields (sd, mmd, langevin, diffflow with curl 0) give rounding-level values; svgd and "
            + "--set curl=K do not."})
final class DiagnoseCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--flow", required = true, paramLabel = "F", description = "sd, mmd, svgd, langevin or diffflow.")
    String flow;

    @Mixin
    ConfigSource source;

    @Option(names = "--step", paramLabel = "S",
            description = "Diagnose the state after S steps (default: the configuration's steps).")
    Long step;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output directory (created if missing).")
    Path out;

    @Option(names = "--circle", paramLabel = "x,y,r", description = "Also integrate v around this circle (repeatable).")
    List<String> circles = List.of();

    @Option(names = "--grid", defaultValue = "80", paramLabel = "G",
            description = "Grid points per axis (2..1000). Default: ${DEFAULT-VALUE}.")
    int grid;

    @Option(names = "--view", paramLabel = "x0,x1,y0,y1",
            description = "Grid extent (default: targets and particles plus 10%%).")
    String view;

    @Mixin
    ThreadsOption threads;

    @Override
    public Integer call() throws IOException {
        FlowKind kind;
        try {
            kind = FlowKind.parse(flow);
        } catch (IllegalArgumentException e) {
            throw InputException.forKey("--flow", e.getMessage());
        }
        List<FieldCircle> cs = new ArrayList<>();
        for (String c : circles) {
            try {
                cs.add(FieldCircle.parse(c));
            } catch (IllegalArgumentException e) {
                throw InputException.forKey("--circle", e.getMessage());
            }
        }
        if (grid < 2 || grid > CurlDiagnosis.MAX_GRID) {
            throw InputException.forKey("--grid", "must be between 2 and " + CurlDiagnosis.MAX_GRID + ", got " + grid);
        }
        double[] v = view == null ? null : parseView(view);
        RunConfig config = source.resolve();
        FlowParameters p = config.params().withFlow(kind);
        config = config.withParams(p);
        long s = step == null ? config.steps() : step;
        if (s < 0 || s > 1_000_000) {
            throw InputException.forKey("--step", "must be between 0 and 1000000, got " + s);
        }
        int t = threads.resolve();
        OutputDirectory.check(out, "curl.png", "curl.csv", "diagnostics.json");
        Snapshot snap = Runs.advance(config, s, t);
        if (snap.positions().dim() < 2) {
            throw InputException.forKey("dataset", "diagnose needs at least 2 dimensions");
        }
        String label = String.format(Locale.ROOT, "%s (rho %s, curl kappa %s, eta %s) on %s", kind.id(),
                p.rho(), p.curl(), p.eta(), config.dataset());
        Report report;
        try (ParallelRunner runner = new ParallelRunner(t)) {
            report = CurlDiagnosisReport.of(CurlDiagnosis.of(label, snap, p.flowSpec(), v, grid, cs, runner));
        }
        OutputDirectory.create(out);
        try {
            ReportWriter.write(report, out);
        } catch (IOException e) {
            throw OutputDirectory.writeFailed(out, e);
        }
        report.summary().forEach(spec.commandLine().getOut()::println);
        if (snap.paused()) {
            spec.commandLine().getErr().println("paused: " + snap.pauseReason() + " (diagnosed the last good state)");
            return FlowExplorerCli.PAUSED;
        }
        return 0;
    }

    private static double[] parseView(String s) {
        String[] p = s.split(",", -1);
        if (p.length != 4) {
            throw InputException.forKey("--view", "must be x_min,x_max,y_min,y_max, got '" + Excerpt.of(s) + "'");
        }
        double[] v = new double[4];
        for (int k = 0; k < 4; k++) {
            try {
                v[k] = Double.parseDouble(p[k].trim());
            } catch (NumberFormatException e) {
                throw InputException.forKey("--view", "'" + Excerpt.of(p[k]) + "' is not a number");
            }
            if (!CoordinateRange.contains(v[k])) {
                throw InputException.forKey("--view", "'" + Excerpt.of(p[k]) + "' is outside the coordinate range ±"
                        + CoordinateRange.LIMIT);
            }
        }
        if (!(v[1] > v[0]) || !(v[3] > v[2])) {
            throw InputException.forKey("--view", "needs x_min < x_max and y_min < y_max");
        }
        return v;
    }
}
