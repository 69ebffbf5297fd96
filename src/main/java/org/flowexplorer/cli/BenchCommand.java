package org.flowexplorer.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.flowexplorer.core.data.InputException;
import org.flowexplorer.core.flow.FlowKind;
import org.flowexplorer.core.io.PresetLibrary;
import org.flowexplorer.core.sim.RunConfig;
import org.flowexplorer.core.sim.Simulation;
import org.flowexplorer.core.sim.SimulationFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code bench}: median wall time of one step on 25 Gaussians, printed as JSON. A quick whole-step
 * figure; the JMH benchmark (README) measures the kernel with proper warm-up and statistics.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Time simulation steps and print the median ms per step as JSON.")
final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--flow", defaultValue = "sd", description = "Flow to time (default: ${DEFAULT-VALUE}).")
    String flow;

    @Option(names = "--n", defaultValue = "2000", description = "Particles N (default: ${DEFAULT-VALUE}).")
    int n;

    @Option(names = "--m", defaultValue = "2000", description = "Targets M (default: ${DEFAULT-VALUE}).")
    int m;

    @Option(names = "--steps", defaultValue = "20", description = "Timed steps (default: ${DEFAULT-VALUE}).")
    int steps;

    @Option(names = "--warmup", defaultValue = "10", description = "Untimed warm-up steps (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Mixin
    ThreadsOption threads;

    @Override
    public Integer call() throws Exception {
        FlowKind kind;
        try {
            kind = FlowKind.parse(flow);
        } catch (IllegalArgumentException e) {
            throw InputException.forKey("--flow", e.getMessage());
        }
        if (steps < 1 || warmup < 0) {
            throw InputException.forKey("--steps", "need at least 1 timed step and a non-negative warm-up");
        }
        int t = threads.resolve();
        RunConfig config;
        try {
            RunConfig base = new PresetLibrary().require("25gaussians-sd").config();
            config = base.withSizes(n, m).withParams(base.params().withFlow(kind));
        } catch (IllegalArgumentException e) {
            throw InputException.forKey("--n/--m", e.getMessage());
        }
        double[] ms = new double[steps];
        try (Simulation sim = SimulationFactory.create(config, t)) {
            for (int i = 0; i < warmup; i++) {
                sim.step();
            }
            for (int i = 0; i < steps; i++) {
                sim.step();
                ms[i] = sim.latest().get().msPerStep();
            }
        }
        Arrays.sort(ms);
        double median = steps % 2 == 1 ? ms[steps / 2] : 0.5 * (ms[steps / 2 - 1] + ms[steps / 2]);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("flow", kind.id());
        json.put("n", n);
        json.put("m", m);
        json.put("threads", t);
        json.put("ms_per_step", Math.round(median * 1000) / 1000.0);
        spec.commandLine().getOut().println(new ObjectMapper().writeValueAsString(json));
        return 0;
    }
}
