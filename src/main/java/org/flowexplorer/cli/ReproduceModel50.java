package org.flowexplorer.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.flowexplorer.core.experiment.Model50Experiment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code reproduce model50}: learning a Gaussian model in R^50 by SD flow (ALGORITHMS.md §7). */
@Command(name = "model50", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Learn mu-hat and B-hat of x = mu-hat + B-hat z in R^50 by SD flow (constant sigma).",
            "Writes model50.csv (errors over steps), model50-mean.png, model50-cov.png, model50-nn.png, model50-nn.csv."})
final class ReproduceModel50 implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output directory (created if missing).")
    Path out;

    @Option(names = "--steps", defaultValue = "1000", paramLabel = "T", description = "Steps. Default: ${DEFAULT-VALUE}.")
    int steps;

    @Option(names = "--particles", defaultValue = "500", paramLabel = "N",
            description = "N = M fresh samples per step. Default: ${DEFAULT-VALUE}.")
    int particles;

    @Option(names = "--sigma", defaultValue = "5", paramLabel = "S", description = "Constant sigma. Default: ${DEFAULT-VALUE}.")
    double sigma;

    @Option(names = "--eta", defaultValue = "0.5", paramLabel = "E", description = "Step size eta. Default: ${DEFAULT-VALUE}.")
    double eta;

    @Option(names = "--dim", defaultValue = "50", paramLabel = "D", description = "Dimension. Default: ${DEFAULT-VALUE}.")
    int dim;

    @Option(names = "--seed", defaultValue = "0", paramLabel = "S", description = "Seed. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Mixin
    ThreadsOption threads;

    @Override
    public Integer call() throws IOException {
        Model50Experiment.Settings s;
        try {
            s = new Model50Experiment.Settings(dim, sigma, eta, particles, particles, steps, seed, threads.resolve(), 10);
        } catch (IllegalArgumentException e) {
            throw Reproduce.option(e);
        }
        OutputDirectory.check(out, "model50.csv", "model50-mean.png", "model50-cov.png", "model50-nn.png", "model50-nn.csv");
        Model50Experiment.Result r = Model50Experiment.run(s);
        OutputDirectory.create(out);
        try {
            Model50Experiment.write(r, out);
        } catch (IOException e) {
            throw OutputDirectory.writeFailed(out, e);
        }
        Model50Experiment.ErrorRow e = r.last();
        spec.commandLine().getOut().printf(Locale.ROOT, "model in R^%d after %d steps: mean error %.4g (relative %.4g), "
                        + "covariance error %.4g; NN generated->target mean %.4g, target->target mean %.4g (%.1f s) -> %s%n",
                dim, e.step(), e.meanError(), e.relativeMeanError(), e.covError(), r.nn().particleToTargetMean(),
                r.nn().targetToTargetMean(), r.seconds(), out);
        return 0;
    }
}
