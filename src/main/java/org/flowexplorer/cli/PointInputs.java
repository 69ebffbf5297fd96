package org.flowexplorer.cli;

import java.nio.file.Path;
import org.flowexplorer.core.data.InputException;
import org.flowexplorer.core.data.PointCsvReader;
import org.flowexplorer.core.math.PointSet;
import picocli.CommandLine.Option;

/** {@code --particles P.csv --targets T.csv}, read and checked for matching dimensions. */
final class PointInputs {
    @Option(names = "--particles", required = true, paramLabel = "P.csv", description = "Particles, one point per row.")
    Path particlesFile;

    @Option(names = "--targets", required = true, paramLabel = "T.csv", description = "Targets, one point per row.")
    Path targetsFile;

    PointSet particles;
    PointSet targets;

    /** Reads both files; InputException on malformed input or differing dimensions. */
    void read() {
        particles = PointCsvReader.read(particlesFile);
        targets = PointCsvReader.read(targetsFile);
        if (particles.dim() != targets.dim()) {
            throw new InputException(targetsFile.toString(), 0, 0, "targets have " + targets.dim()
                    + " columns but the particles in " + particlesFile + " have " + particles.dim());
        }
    }
}
