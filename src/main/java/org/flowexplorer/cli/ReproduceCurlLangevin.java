package org.flowexplorer.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.flowexplorer.core.experiment.CurlLangevinExperiment;
import org.flowexplorer.core.experiment.Stats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code reproduce curl-langevin}: a non-gradient drift that transports as well as the gradient one. */
@Command(name = "curl-langevin", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Langevin on 25 Gaussians at eta 0.2 with curl term kappa = 0 and kappa = 2 over several seeds.",
            "Writes curl-langevin.csv, curl-langevin.md and curl-langevin.png."})
final class ReproduceCurlLangevin implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output directory (created if missing).")
    Path out;

    @Option(names = "--particles", defaultValue = "1000", paramLabel = "N", description = "N = M. Default: ${DEFAULT-VALUE}.")
    int particles;

    @Option(names = "--steps", defaultValue = "1000", paramLabel = "T", description = "Steps. Default: ${DEFAULT-VALUE}.")
    int steps;

    @Option(names = "--seeds", defaultValue = "4", paramLabel = "S", description = "Seeds (>= 2). Default: ${DEFAULT-VALUE}.")
    int seeds;

    @Option(names = "--eta", defaultValue = "0.2", paramLabel = "E", description = "Step size. Default: ${DEFAULT-VALUE}.")
    double eta;

    @Option(names = "--kappa", defaultValue = "2", paramLabel = "K", description = "Curl term of the second arm. Default: ${DEFAULT-VALUE}.")
    double kappa;

    @Mixin
    ThreadsOption threads;

    @Override
    public Integer call() throws IOException {
        CurlLangevinExperiment.Settings s;
        try {
            s = new CurlLangevinExperiment.Settings(particles, steps, seeds, eta, kappa, threads.resolve());
        } catch (IllegalArgumentException e) {
            throw Reproduce.option(e);
        }
        OutputDirectory.check(out, "curl-langevin.csv", "curl-langevin.md", "curl-langevin.png");
        var err = spec.commandLine().getErr();
        CurlLangevinExperiment.Result r = CurlLangevinExperiment.run(s, l -> {
            err.println(l);
            err.flush();
        });
        OutputDirectory.create(out);
        try {
            CurlLangevinExperiment.write(r, out);
        } catch (IOException e) {
            throw OutputDirectory.writeFailed(out, e);
        }
        spec.commandLine().getOut().printf(Locale.ROOT, "kappa 0: MMD^2 %.3e; kappa %s: MMD^2 %.3e; difference %.2e, "
                        + "noise %.2e, within noise: %s; relative curl of kappa %s field: min %.3f -> %s%n",
                Stats.mean(r.mmd2(r.plain())), kappa, Stats.mean(r.mmd2(r.curled())), r.difference(), r.noise(),
                r.withinNoise() ? "yes" : "no", kappa, r.minCurl(), out);
        return 0;
    }
}
