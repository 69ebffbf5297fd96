package org.flowexplorer.core.experiment;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.flowexplorer.core.data.Dataset;
import org.flowexplorer.core.data.DatasetCatalog;
import org.flowexplorer.core.flow.FlowKind;
import org.flowexplorer.core.io.StagedOutput;
import org.flowexplorer.core.math.PointSet;
import org.flowexplorer.core.schedule.NoiseSchedule;
import org.flowexplorer.core.schedule.ScheduleKind;
import org.flowexplorer.core.sim.FlowParameters;
import org.flowexplorer.core.sim.Simulation;

/**
 * The SD-flow paper's Fig. 3: data-set interpolation in R^3 by SD flow (annealed: linear σ 1 → 0.05,
 * η = 0.5, no AdaGrad, full data). Forward: particles start as a Swiss-roll sample and flow to a
 * mystery3d sample (our stand-in for the paper's undefined "mystery" distribution); backward: the
 * reverse. Frames are orthographic projections from one fixed viewpoint.
 */
public final class SwissRollExperiment {
    /** Default viewpoint: azimuth and elevation in degrees. */
    public static final double AZIMUTH = 10;
    public static final double ELEVATION = 15;

    /**
     * @param points  points on each side (1024 in the paper)
     * @param steps   steps per direction
     * @param frames  frames per strip (including the start and the end)
     * @param seed    seed
     * @param threads kernel threads
     * @param azimuth   view azimuth in degrees (rotation about z)
     * @param elevation view elevation in degrees
     */
    public record Settings(int points, int steps, int frames, long seed, int threads, double azimuth, double elevation) {
        public Settings(int points, int steps, int frames, long seed, int threads) {
            this(points, steps, frames, seed, threads, AZIMUTH, ELEVATION);
        }

        public Settings {
            if (!Double.isFinite(azimuth) || !Double.isFinite(elevation)) {
                throw new IllegalArgumentException("azimuth: azimuth and elevation must be finite");
            }
            if (points < 2 || points > 20_000) {
                throw new IllegalArgumentException("points: must be between 2 and 20000, got " + points);
            }
            if (steps < 1 || steps > 100_000) {
                throw new IllegalArgumentException("steps: must be between 1 and 100000, got " + steps);
            }
            if (frames < 2 || frames > 20) {
                throw new IllegalArgumentException("frames: must be between 2 and 20, got " + frames);
            }
        }
    }

    /** One direction: frames (step, positions) and the final metrics against its targets. */
    public record Strip(String from, String to, List<Long> steps, List<PointSet> frames, RunOutcome end) {
    }

    public record Result(Settings settings, Strip forward, Strip backward) {
    }

    private SwissRollExperiment() {
    }

    public static Result run(Settings s) {
        Dataset roll = DatasetCatalog.generate("swissroll3d", s.points(), s.seed());
        Dataset mystery = DatasetCatalog.generate("mystery3d", s.points(), s.seed() + 1);
        return new Result(s, strip(s, roll, mystery), strip(s, mystery, roll));
    }

    /** The annealed SD-flow parameters over {@code steps}. */
    public static FlowParameters params(int steps) {
        return FlowParameters.defaults(FlowKind.SD)
                .withSchedule(new NoiseSchedule(ScheduleKind.LINEAR, 1.0, 0.05, steps));
    }

    private static Strip strip(Settings s, Dataset start, Dataset target) {
        List<Long> at = new ArrayList<>();
        for (int k = 0; k < s.frames(); k++) {
            at.add(Math.round((double) s.steps() * k / (s.frames() - 1)));
        }
        List<PointSet> frames = new ArrayList<>();
        frames.add(start.points());
        try (Simulation sim = new Simulation(target, start.points(), params(s.steps()), s.seed(), s.threads())) {
            RunOutcome end = Runs.finish(sim, s.steps(), s.threads(), snap -> {
                if (at.contains(snap.step()) && snap.step() > 0) {
                    frames.add(snap.positions());
                }
            });
            while (frames.size() < at.size()) {
                frames.add(end.positions()); // the run paused early: repeat its last state
            }
            return new Strip(start.name(), target.name(), at, frames, end);
        }
    }

    /** Orthographic projection from the fixed viewpoint: screen (u, v) of a 3D point. */
    static double[] project(double x, double y, double z, double azimuth, double elevation) {
        double a = Math.toRadians(azimuth);
        double e = Math.toRadians(elevation);
        double u = Math.cos(a) * x - Math.sin(a) * y;
        double depth = Math.sin(a) * x + Math.cos(a) * y;
        double v = Math.cos(e) * z - Math.sin(e) * depth;
        return new double[] {u, v};
    }

    /** Two strips of frames: forward on top, backward below. */
    public static Raster plot(Result r) {
        int n = r.settings().frames();
        int size = 180;
        int left = 10;
        int top = 50;
        int gap = 40;
        Raster img = new Raster(left + n * (size + 8) + 4, top + 2 * (size + gap));
        img.boldText(10, 20, String.format(Locale.ROOT, "Data-set interpolation in R^3 by SD flow (%d points, %d steps,"
                + " linear σ 1 → 0.05; view azimuth %.0f°, elevation %.0f°)", r.settings().points(), r.settings().steps(),
                r.settings().azimuth(), r.settings().elevation()), Raster.BLACK, 14);
        double range = 3.2;
        int row = 0;
        for (Strip s : List.of(r.forward(), r.backward())) {
            int y0 = top + row * (size + gap);
            img.text(left, y0 - 6, s.from() + " → " + s.to() + String.format(Locale.ROOT,
                    " (final MMD² %.2e, sliced W2 %.3f)", s.end().mmd2(), s.end().slicedW2()), Raster.BLACK, 12);
            for (int k = 0; k < s.frames().size(); k++) {
                Panel p = Panel.square(img, left + k * (size + 8), y0 + 4, size, range);
                PointSet f = s.frames().get(k);
                double[] us = new double[f.size()];
                double[] vs = new double[f.size()];
                for (int i = 0; i < f.size(); i++) {
                    double[] uv = project(f.get(i, 0), f.get(i, 1), f.get(i, 2), r.settings().azimuth(),
                            r.settings().elevation());
                    us[i] = uv[0];
                    vs[i] = uv[1];
                }
                p.scatter(us, vs, 1.1, Raster.withAlpha(Raster.PARTICLE, 0.65));
                p.frame(null, false);
                img.text(left + k * (size + 8) + 4, y0 + size, "step " + s.steps().get(k), Raster.GREY, 10);
            }
            row++;
        }
        return img;
    }

    public static void write(Result r, Path dir) throws IOException {
        try (StagedOutput staged = new StagedOutput()) {
            staged.write(dir.resolve("swissroll-frames.png"), o -> plot(r).writePng(o));
            staged.write(dir.resolve("swissroll.csv"), o -> TableExperiment.text(o, csv(r)));
            staged.commit();
        }
    }

    static String csv(Result r) {
        StringBuilder sb = new StringBuilder("direction,steps,mmd2,sliced_w2,paused\n");
        for (Strip s : List.of(r.forward(), r.backward())) {
            sb.append(s.from()).append("->").append(s.to()).append(',').append(s.end().steps()).append(',')
                    .append(s.end().mmd2()).append(',').append(s.end().slicedW2()).append(',')
                    .append(s.end().pauseReason() == null ? "no" : "yes").append('\n');
        }
        return sb.toString();
    }
}
