package org.flowexplorer.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.flowexplorer.core.experiment.DiffFlowMarginalsExperiment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code reproduce diffflow-marginals}: DiffFlow's ρ family shares its marginals (approximately). */
@Command(name = "diffflow-marginals", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"DiffFlow rho = 0, 0.5, 1 on 25 Gaussians: sliced W2 to the targets over time and x histograms.",
            "Writes diffflow-marginals.csv, diffflow-marginals.md and diffflow-marginals.png."})
final class ReproduceDiffFlowMarginals implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output directory (created if missing).")
    Path out;

    @Option(names = "--particles", defaultValue = "1000", paramLabel = "N", description = "N = M. Default: ${DEFAULT-VALUE}.")
    int particles;

    @Option(names = "--steps", defaultValue = "1000", paramLabel = "T", description = "Steps. Default: ${DEFAULT-VALUE}.")
    int steps;

    @Option(names = "--seeds", defaultValue = "3", paramLabel = "S", description = "Seeds (>= 2). Default: ${DEFAULT-VALUE}.")
    int seeds;

    @Option(names = "--compare-step", paramLabel = "S",
            description = "Step at which the three panes are compared (default: the last step).")
    Integer compareStep;

    @Mixin
    ThreadsOption threads;

    @Override
    public Integer call() throws IOException {
        DiffFlowMarginalsExperiment.Settings s;
        try {
            s = DiffFlowMarginalsExperiment.Settings.of(particles, steps, seeds, threads.resolve());
            if (compareStep != null) {
                s = new DiffFlowMarginalsExperiment.Settings(s.particles(), s.steps(), s.seeds(), s.every(), compareStep,
                        s.floor(), s.threads());
            }
        } catch (IllegalArgumentException e) {
            throw Reproduce.option(e);
        }
        OutputDirectory.check(out, "diffflow-marginals.csv", "diffflow-marginals.md", "diffflow-marginals.png");
        var err = spec.commandLine().getErr();
        DiffFlowMarginalsExperiment.Result r = DiffFlowMarginalsExperiment.run(s, l -> {
            err.println(l);
            err.flush();
        });
        OutputDirectory.create(out);
        try {
            DiffFlowMarginalsExperiment.write(r, out);
        } catch (IOException e) {
            throw OutputDirectory.writeFailed(out, e);
        }
        for (DiffFlowMarginalsExperiment.Pane p : r.panes()) {
            spec.commandLine().getOut().printf(Locale.ROOT, "rho %s: sliced W2 %.4f at step %d (sd %.4f), difference "
                    + "to rho 0 %+.4f, tolerance %.4f: %s%n", p.rho(), p.mean(), s.compareStep(), p.sd(), p.difference(),
                    p.tolerance(), p.agrees() ? "agrees" : "DIFFERS");
        }
        return 0;
    }
}
