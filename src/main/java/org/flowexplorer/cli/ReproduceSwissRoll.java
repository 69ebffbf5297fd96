package org.flowexplorer.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.flowexplorer.core.experiment.SwissRollExperiment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code reproduce swissroll}: the SD-flow paper's Fig. 3 (Swiss roll ↔ mystery in R^3). */
@Command(name = "swissroll", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Swiss roll 3D -> mystery3d stand-in and back by SD flow (annealed).",
            "Writes swissroll-frames.png (two frame strips from a fixed viewpoint) and swissroll.csv."})
final class ReproduceSwissRoll implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output directory (created if missing).")
    Path out;

    @Option(names = "--points", defaultValue = "1024", paramLabel = "N", description = "Points per side. Default: ${DEFAULT-VALUE}.")
    int points;

    @Option(names = "--steps", defaultValue = "1000", paramLabel = "T", description = "Steps per direction. Default: ${DEFAULT-VALUE}.")
    int steps;

    @Option(names = "--frames", defaultValue = "6", paramLabel = "F", description = "Frames per strip. Default: ${DEFAULT-VALUE}.")
    int frames;

    @Option(names = "--seed", defaultValue = "0", paramLabel = "S", description = "Seed. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--azimuth", defaultValue = "10", paramLabel = "DEG", description = "View azimuth. Default: ${DEFAULT-VALUE}.")
    double azimuth;

    @Option(names = "--elevation", defaultValue = "15", paramLabel = "DEG", description = "View elevation. Default: ${DEFAULT-VALUE}.")
    double elevation;

    @Mixin
    ThreadsOption threads;

    @Override
    public Integer call() throws IOException {
        SwissRollExperiment.Settings s;
        try {
            s = new SwissRollExperiment.Settings(points, steps, frames, seed, threads.resolve(), azimuth, elevation);
        } catch (IllegalArgumentException e) {
            throw Reproduce.option(e);
        }
        OutputDirectory.check(out, "swissroll-frames.png", "swissroll.csv");
        SwissRollExperiment.Result r = SwissRollExperiment.run(s);
        OutputDirectory.create(out);
        try {
            SwissRollExperiment.write(r, out);
        } catch (IOException e) {
            throw OutputDirectory.writeFailed(out, e);
        }
        for (SwissRollExperiment.Strip st : java.util.List.of(r.forward(), r.backward())) {
            spec.commandLine().getOut().printf(Locale.ROOT, "%s -> %s: %d steps, MMD^2 %.3g, sliced W2 %.3g%n", st.from(),
                    st.to(), st.end().steps(), st.end().mmd2(), st.end().slicedW2());
        }
        return 0;
    }
}
