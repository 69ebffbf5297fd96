package org.flowexplorer.core.experiment.swissroll;

import java.util.List;
import org.flowexplorer.core.experiment.ExperimentDefinition;
import org.flowexplorer.core.experiment.Param;
import org.flowexplorer.core.experiment.ParamValues;

/**
 * What {@code reproduce swissroll} runs.
 *
 * @param points    points on each side (1024 in the paper)
 * @param steps     steps per direction
 * @param frames    frames per strip, start and end included
 * @param seed      seed
 * @param azimuth   view azimuth in degrees (rotation about z)
 * @param elevation view elevation in degrees
 * @param threads   kernel threads
 */
public record SwissRollSettings(int points, int steps, int frames, long seed, double azimuth, double elevation,
                                int threads) {
    public static final List<Param> PARAMS = List.of(
            Param.integer("points", 1024, 2, 20_000, "N", "Points per side."),
            Param.integer("steps", 1000, 1, 100_000, "T", "Steps per direction."),
            Param.integer("frames", 6, 2, 20, "F", "Frames per strip."),
            Param.integer("seed", 0, Long.MIN_VALUE, Long.MAX_VALUE, "S", "Seed."),
            Param.real("azimuth", 10, -360, 360, "DEG", "View azimuth in degrees."),
            Param.real("elevation", 15, -90, 90, "DEG", "View elevation in degrees."));

    public static SwissRollSettings of(ParamValues v, int threads) {
        return new SwissRollSettings(v.integer("points"), v.integer("steps"), v.integer("frames"), v.longValue("seed"),
                v.real("azimuth"), v.real("elevation"), threads);
    }

    public static ExperimentDefinition definition() {
        return new ExperimentDefinition("swissroll", "The SD-flow paper's Fig. 3: Swiss roll 3D -> mystery3d stand-in "
                + "and back by SD flow (annealed), two frame strips from a fixed viewpoint.",
                List.of("swissroll-frames.png", "swissroll.csv"), PARAMS,
                (v, threads) -> new SwissRollExperiment(of(v, threads)));
    }
}
