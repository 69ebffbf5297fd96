package org.flowexplorer.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.flowexplorer.core.data.CoordinateRange;
import org.flowexplorer.core.data.InputException;
import org.flowexplorer.core.data.PointCsvWriter;
import org.flowexplorer.core.flow.FlowSpec;
import org.flowexplorer.core.flow.StepInput;
import org.flowexplorer.core.io.AtomicFiles;
import org.flowexplorer.core.kernel.ReferenceSums;
import org.flowexplorer.core.math.ParallelRunner;
import org.flowexplorer.core.math.PointSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code velocity}: the deterministic velocity v(x_i) of algorithms.md §2 at every particle (drift
 * only: no noise, no AdaGrad, no step size), with the particles themselves as the sample of q
 * (each particle in its own sum, or not with {@code --q-self exclude}). Always on the scalar double
 * reference kernels.
 */
@Command(name = "velocity", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Write the deterministic velocity of a flow at the given particles.")
final class VelocityCommand implements Callable<Integer> {
    @Mixin
    FlowOptions flow;

    @Mixin
    PointInputs inputs;

    @Mixin
    ThreadsOption threads;

    @Option(names = "--out", required = true, paramLabel = "V.csv", description = "Output CSV of velocities.")
    Path out;

    @Override
    public Integer call() {
        FlowSpec spec = flow.spec();
        double sigma = flow.sigma();
        int t = threads.resolve();
        OutputDirectory.prepareFile(out);
        inputs.read();
        PointSet v = velocities(spec, sigma, inputs.particles, inputs.targets, t);
        int bad = CoordinateRange.firstOutside(v.coords());
        if (bad >= 0) {
            throw InputException.forKey("--sigma", "the velocity at particle " + bad / v.dim() + " is "
                    + (Double.isNaN(v.coords()[bad]) ? "undefined (NaN)" : "beyond ±" + CoordinateRange.LIMIT)
                    + " at sigma " + sigma + "; choose a larger --sigma");
        }
        try {
            AtomicFiles.write(out, o -> PointCsvWriter.write(v, o));
        } catch (IOException e) {
            throw OutputDirectory.writeFailed(out, e);
        }
        return 0;
    }

    /** v at each particle, with the particles as q's sample, on the reference kernels. */
    static PointSet velocities(FlowSpec spec, double sigma, PointSet particles, PointSet targets, int threads) {
        double[] out = new double[particles.size() * particles.dim()];
        try (ParallelRunner runner = new ParallelRunner(threads)) {
            spec.create().velocities(StepInput.once(particles, targets, sigma, runner), new ReferenceSums(runner), out);
        }
        return PointSet.wrap(particles.dim(), out);
    }
}
