package org.flowexplorer.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.flowexplorer.core.data.InputException;
import org.flowexplorer.core.flow.FlowKind;
import org.flowexplorer.core.kernel.KernelMode;
import org.flowexplorer.core.sim.RunConfig;
import org.flowexplorer.core.sim.StepBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code bench}: median wall time of one step on 25 Gaussians at a fixed σ, printed as one JSON
 * line per flow and size, with the kernel path that ran. {@code --sweep} times N = M at several
 * sizes, {@code --csv} writes the rows, {@code --plot} draws ms per step against N (log-log). The
 * JMH benchmarks (README, "Benchmarks") measure the same steps with proper statistics.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Time simulation steps at a fixed sigma and print ms per step as JSON.",
            "Example: bench --flow sd,mmd,svgd --sweep 1000,2000,5000,10000 --csv bench.csv --plot bench.png"})
final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--flow", defaultValue = "sd", split = ",", paramLabel = "F",
            description = "Flows to time, comma separated (default: ${DEFAULT-VALUE}).")
    List<String> flows;

    @Option(names = "--n", defaultValue = "2000", description = "Particles N (default: ${DEFAULT-VALUE}).")
    int n;

    @Option(names = "--m", defaultValue = "2000", description = "Targets M (default: ${DEFAULT-VALUE}).")
    int m;

    @Option(names = "--sweep", split = ",", paramLabel = "N",
            description = "Time N = M at each of these sizes instead of --n/--m, e.g. 1000,2000,5000,10000.")
    List<Integer> sweep = List.of();

    @Option(names = "--sigma", defaultValue = "0.2", paramLabel = "S",
            description = "sigma of every step, warm-up included (default: ${DEFAULT-VALUE}, as the NumPy comparison).")
    double sigma;

    @Option(names = "--kernel", defaultValue = "auto", paramLabel = "K",
            description = "exact, grid or auto (grid above 20,000 particles or targets; default: ${DEFAULT-VALUE}).")
    String kernel;

    @Option(names = "--steps", defaultValue = "20", description = "Timed steps, at least (default: ${DEFAULT-VALUE}).")
    int steps;

    @Option(names = "--seconds", defaultValue = "2", paramLabel = "S",
            description = "Time steps for at least this long; the median then shrugs off short pauses of the machine "
                    + "(default: ${DEFAULT-VALUE}).")
    double seconds;

    @Option(names = "--warmup", defaultValue = "10", description = "Untimed warm-up steps, at least (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--warmup-seconds", defaultValue = "5", paramLabel = "S",
            description = "Warm up for at least this long, for the JIT (default: ${DEFAULT-VALUE}).")
    double warmupSeconds;

    @Option(names = "--csv", paramLabel = "FILE.csv", description = "Also write the rows as CSV.")
    Path csv;

    @Option(names = "--plot", paramLabel = "FILE.png", description = "Also draw ms per step against N (log-log).")
    Path plot;

    @Option(names = "--numpy-ms", paramLabel = "MS",
            description = "tuned_ms of numpy_sd_step.py measured alongside, drawn as a point at N = M = 2000.")
    Double numpyMs;

    @Mixin
    ThreadsOption threads;

    @Override
    public Integer call() throws IOException {
        List<FlowKind> kinds = new ArrayList<>();
        for (String f : flows) {
            try {
                kinds.add(FlowKind.parse(f));
            } catch (IllegalArgumentException e) {
                throw InputException.forKey("--flow", e.getMessage());
            }
        }
        KernelMode mode;
        try {
            mode = KernelMode.parse(kernel);
        } catch (IllegalArgumentException e) {
            throw InputException.forKey("--kernel", e.getMessage());
        }
        if (steps < 1 || warmup < 0 || !(warmupSeconds >= 0) || !(seconds >= 0)) {
            throw InputException.forKey("--steps", "need at least 1 timed step and a non-negative warm-up");
        }
        if (!(sigma > 0)) {
            throw InputException.forKey("--sigma", "must be positive, got " + sigma);
        }
        int t = threads.resolve();
        List<int[]> sizes = new ArrayList<>();
        if (sweep.isEmpty()) {
            sizes.add(new int[] {n, m});
        } else {
            sweep.forEach(s -> sizes.add(new int[] {s, s}));
        }
        List<StepBenchmark.Result> results = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (FlowKind kind : kinds) {
            for (int[] size : sizes) {
                RunConfig config;
                try {
                    config = StepBenchmark.config(kind, size[0], size[1], sigma, mode);
                } catch (IllegalArgumentException e) {
                    throw InputException.forKey("--n/--m", e.getMessage());
                }
                StepBenchmark.Result r = StepBenchmark.measure(config, t, warmup, warmupSeconds, steps, seconds);
                results.add(r);
                spec.commandLine().getOut().println(json.writeValueAsString(row(r)));
                spec.commandLine().getOut().flush();
            }
        }
        if (csv != null) {
            BenchReport.writeCsv(csv, results);
        }
        if (plot != null) {
            BenchReport.writePlot(plot, results, numpyMs);
        }
        return 0;
    }

    private static Map<String, Object> row(StepBenchmark.Result r) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("flow", r.flow().id());
        out.put("n", r.n());
        out.put("m", r.m());
        out.put("sigma", r.sigma());
        out.put("threads", r.threads());
        out.put("kernel", r.kernel());
        out.put("mode", r.grid() ? "grid" : "exact");
        out.put("ms_per_step", round(r.msPerStep()));
        out.put("steps_per_second", round(r.stepsPerSecond()));
        out.put("cpu_ms_per_step", Double.isNaN(r.cpuMsPerStep()) ? null : round(r.cpuMsPerStep()));
        out.put("pairs_per_second_per_core", Math.round(r.pairsPerSecondPerCore()));
        out.put("load_average", Double.isNaN(r.loadAverage()) ? null : round(r.loadAverage()));
        return out;
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
