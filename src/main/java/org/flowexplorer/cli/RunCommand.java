package org.flowexplorer.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.flowexplorer.core.data.ColumnCsvWriter;
import org.flowexplorer.core.data.InputException;
import org.flowexplorer.core.data.PointCsvWriter;
import org.flowexplorer.core.io.ConfigJson;
import org.flowexplorer.core.io.StagedOutput;
import org.flowexplorer.core.sim.HeadlessRun;
import org.flowexplorer.core.sim.MetricsRow;
import org.flowexplorer.core.sim.RunConfig;
import org.flowexplorer.core.sim.Snapshot;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code run}: runs a configuration headless and writes {@code config.json}, {@code metrics.csv},
 * {@code final.csv} and {@code targets.csv} into the output directory, all at once at the end
 * (a failed run leaves no partial files).
 */
@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Run a simulation headless and write its results.",
            "Without --preset or --config the 25gaussians-sd preset is used."})
final class RunCommand implements Callable<Integer> {
    private static final String[] OUTPUTS = {"config.json", "metrics.csv", "final.csv", "targets.csv"};

    @Spec
    CommandSpec spec;

    @Mixin
    ConfigSource source;

    @Mixin
    ThreadsOption threads;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output directory (created if missing).")
    Path out;

    @Option(names = "--metrics-every", defaultValue = "10", paramLabel = "K",
            description = "Record metrics every K steps (and always at the last step). Default: ${DEFAULT-VALUE}.")
    int metricsEvery;

    @Override
    public Integer call() throws IOException {
        RunConfig config = source.resolve();
        if (metricsEvery < 1) {
            throw InputException.forKey("--metrics-every", "must be at least 1, got " + metricsEvery);
        }
        int t = threads.resolve();
        OutputDirectory.check(out, OUTPUTS);
        PrintWriter err = spec.commandLine().getErr();
        ProgressBar bar = new ProgressBar(err, config.steps(), System.console() != null);
        HeadlessRun.Result result = new HeadlessRun(t, metricsEvery).run(config,
                s -> bar.update(s.step(), String.format("sigma %.3g", s.sigma())));
        bar.finish();
        Snapshot last = result.last();
        OutputDirectory.create(out);
        try (StagedOutput staged = new StagedOutput()) {
            staged.write(out.resolve("config.json"),
                    o -> o.write(new ConfigJson().write(config).getBytes(StandardCharsets.UTF_8)));
            staged.write(out.resolve("metrics.csv"), o -> writeMetrics(result, o));
            staged.write(out.resolve("final.csv"), o -> PointCsvWriter.write(last.positions(), o));
            staged.write(out.resolve("targets.csv"), o -> PointCsvWriter.write(last.targets().points(), o));
            staged.commit();
        } catch (IOException e) {
            throw OutputDirectory.writeFailed(out, e);
        }
        MetricsRow end = result.metrics().get(result.metrics().size() - 1);
        spec.commandLine().getOut().printf("%s: %d steps, sigma %.4g, MMD^2 %.3g, sliced W2 %.3g%s -> %s%n",
                config.params().flow().displayName(), last.step(), end.sigma(), end.mmd2(), end.slicedW2(),
                end.modesCovered() == null ? "" : String.format(", %d modes covered, in-mode fraction %.3f",
                        end.modesCovered(), end.inModeFraction()), out);
        if (result.paused()) {
            err.println("paused: " + last.pauseReason() + " (outputs hold the last good state)");
            return FlowExplorerCli.PAUSED;
        }
        return 0;
    }

    private static void writeMetrics(HeadlessRun.Result result, java.io.OutputStream o) throws IOException {
        ColumnCsvWriter csv = ColumnCsvWriter.onStream(o, MetricsRow.COLUMNS);
        for (MetricsRow r : result.metrics()) {
            csv.row(r.step(), r.sigma(), r.mmd2(), r.slicedW2(),
                    r.modesCovered() == null ? Double.NaN : r.modesCovered(),
                    r.inModeFraction() == null ? Double.NaN : r.inModeFraction(),
                    r.msPerStep() == null ? Double.NaN : r.msPerStep());
        }
        csv.flush();
    }
}
