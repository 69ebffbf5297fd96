package org.flowexplorer.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.flowexplorer.core.experiment.NnHistogram;
import org.flowexplorer.core.experiment.RunOutcome;
import org.flowexplorer.core.experiment.Runs;
import org.flowexplorer.core.io.StagedOutput;
import org.flowexplorer.core.math.ParallelRunner;
import org.flowexplorer.core.metric.NearestNeighbours;
import org.flowexplorer.core.sim.RunConfig;
import org.flowexplorer.core.sim.SimulationFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code reproduce nn-histogram}: the SD-flow paper's Fig. 4 after a run (default: the 25gaussians-sd preset). */
@Command(name = "nn-histogram", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Run a configuration (default: preset 25gaussians-sd), then histogram the distances from "
            + "generated points and from target points to their nearest other target point.",
            "Writes nn-histogram.png and nn-distances.csv."})
final class ReproduceNnHistogram implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ConfigSource source;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output directory (created if missing).")
    Path out;

    @Mixin
    ThreadsOption threads;

    @Override
    public Integer call() throws IOException {
        RunConfig config = source.resolve();
        int t = threads.resolve();
        OutputDirectory.check(out, "nn-histogram.png", "nn-distances.csv");
        RunOutcome o = Runs.run(config, t);
        NearestNeighbours nn;
        try (ParallelRunner runner = new ParallelRunner(t)) {
            nn = NearestNeighbours.compute(o.positions(), SimulationFactory.targets(config).points(), runner);
        }
        OutputDirectory.create(out);
        String title = String.format(Locale.ROOT, "Nearest neighbours in the target set: %s on %s, %d steps",
                config.params().flow().displayName(), config.dataset(), o.steps());
        try (StagedOutput staged = new StagedOutput()) {
            staged.write(out.resolve("nn-histogram.png"), s -> NnHistogram.plot(nn, title).writePng(s));
            staged.write(out.resolve("nn-distances.csv"),
                    s -> s.write(NnHistogram.csv(nn).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            staged.commit();
        } catch (IOException e) {
            throw OutputDirectory.writeFailed(out, e);
        }
        spec.commandLine().getOut().printf(Locale.ROOT, "generated -> nearest target: mean %.4g, median %.4g; "
                        + "target -> nearest other target: mean %.4g, median %.4g -> %s%n", nn.particleToTargetMean(),
                nn.particleToTargetMedian(), nn.targetToTargetMean(), nn.targetToTargetMedian(), out);
        return o.pauseReason() == null ? 0 : FlowExplorerCli.PAUSED;
    }
}
