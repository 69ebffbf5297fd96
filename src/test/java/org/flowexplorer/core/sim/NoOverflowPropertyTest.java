package org.flowexplorer.core.sim;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.flowexplorer.core.data.CoordinateRange;
import org.flowexplorer.core.data.Dataset;
import org.flowexplorer.core.data.PointCsvReader;
import org.flowexplorer.core.data.PointCsvWriter;
import org.flowexplorer.core.flow.FlowKind;
import org.flowexplorer.core.math.ParallelRunner;
import org.flowexplorer.core.math.PointSet;
import org.flowexplorer.core.metric.MetricsCalculator;
import org.flowexplorer.core.render.Camera;
import org.flowexplorer.core.render.FrameInput;
import org.flowexplorer.core.render.Rasterizer;
import org.flowexplorer.core.render.RenderOptions;
import org.flowexplorer.core.render.paint.FrameBuffer;
import org.flowexplorer.core.schedule.NoiseSchedule;
import org.flowexplorer.core.schedule.ScheduleKind;
import org.junit.jupiter.api.Test;

/**
 * For random valid parameters — extreme η, σ, κ, DiffFlow weights, noise, batches — random datasets
 * (coordinates from 1e-10 up to the range limit, 2 or 3 dimensions) and random seeds, no flow ever
 * puts a non-finite or out-of-range value into the state, a snapshot's velocities, the final CSV,
 * the metrics or a rendered frame: a step that would is rejected, and the run pauses at the last
 * good state with a reason. 1000 examples, fixed seed; the property must not hold vacuously (most
 * steps advance, and moderate parameters always do).
 */
class NoOverflowPropertyTest {
    private static final int STEPS = 4;

    @Test
    void noFlowEverWritesANonFiniteOrOverflowingValue() {
        int[] counts = new int[3]; // steps taken, advanced, rejected
        Rasterizer rasterizer = new Rasterizer();
        FrameBuffer frame = new FrameBuffer(32, 32);
        try (ParallelRunner metricThreads = new ParallelRunner(1)) {
            qt().withExamples(1000).withFixedSeed(20_261_206L).forAll(longs().all()).check(seed -> {
                SplittableRandom r = new SplittableRandom(seed);
                Example e = Example.draw(r);
                try (Simulation sim = new Simulation(e.targets, e.start, e.params, r.nextLong(), 1)) {
                    Snapshot before = sim.latest().get();
                    for (int s = 0; s < STEPS; s++) {
                        StepOutcome o = sim.step();
                        Snapshot after = sim.latest().get();
                        counts[0]++;
                        if (!inRange(after.positions()) || after.velocities() != null && !inRange(after.velocities())) {
                            return false;
                        }
                        if (o == StepOutcome.ADVANCED) {
                            counts[1]++;
                        } else {
                            counts[2]++;
                            boolean kept = after.paused() && after.pauseReason().contains("rejected")
                                    && after.step() == before.step()
                                    && Arrays.equals(after.positions().coords(), before.positions().coords());
                            if (!kept || e.moderate) {
                                return false;
                            }
                            break;
                        }
                        before = after;
                    }
                    Snapshot last = sim.latest().get();
                    return outputsFinite(last, e, metricThreads) && rendersWithoutError(rasterizer, frame, last);
                }
            });
        }
        System.out.printf("no-overflow property: 1000 examples, %d steps, %d advanced, %d rejected%n",
                counts[0], counts[1], counts[2]);
        assertTrue(counts[1] > counts[0] * 6 / 10, "only " + counts[1] + " of " + counts[0] + " steps advanced");
        assertTrue(counts[2] > 0, "no step was rejected: the draws are not extreme enough to test the guard");
    }

    private static boolean inRange(PointSet p) {
        return CoordinateRange.firstOutside(p.coords()) < 0;
    }

    /** The final CSV reads back with the tool's own reader; every metric of the run's rows is finite. */
    private static boolean outputsFinite(Snapshot last, Example e, ParallelRunner runner) {
        try {
            ByteArrayOutputStream csv = new ByteArrayOutputStream();
            PointCsvWriter.write(last.positions(), csv);
            PointSet back = PointCsvReader.read(new ByteArrayInputStream(csv.toByteArray()), "final.csv");
            if (!Arrays.equals(back.coords(), last.positions().coords())) {
                return false;
            }
        } catch (IOException ex) {
            return false;
        }
        MetricsRow row = HeadlessRun.row(new MetricsCalculator(e.targets.points(), null, runner), last, last.msPerStep());
        return Double.isFinite(row.sigma()) && Double.isFinite(row.mmd2()) && Double.isFinite(row.slicedW2());
    }

    private static boolean rendersWithoutError(Rasterizer rasterizer, FrameBuffer frame, Snapshot last) {
        Camera view = Camera.fitAll(frame.width(), frame.height(), last.targets().points(), last.positions());
        rasterizer.render(FrameInput.of(last), view, RenderOptions.defaults(), frame);
        return true;
    }

    /** One random, valid and often extreme configuration. */
    record Example(Dataset targets, PointSet start, FlowParameters params, boolean moderate) {
        static Example draw(SplittableRandom r) {
            int d = 2 + r.nextInt(2); // the tool reads and generates 2 or more dimensions
            double scale = Math.pow(10, -10 + r.nextDouble() * 69); // 1e-10 … 1e59
            PointSet targets = cloud(r, 1 + r.nextInt(30), d, scale);
            PointSet start = cloud(r, 2 + r.nextInt(30), d, scale);
            FlowKind flow = FlowKind.values()[r.nextInt(FlowKind.values().length)];
            double eta = Math.pow(10, -6 + 12 * r.nextDouble());
            double sigmaMax = Math.pow(10, -8 + 12 * r.nextDouble());
            double sigmaMin = sigmaMax * Math.pow(10, -4 * r.nextDouble());
            ScheduleKind kind = ScheduleKind.values()[r.nextInt(ScheduleKind.values().length)];
            double curl = r.nextBoolean() ? 0 : (r.nextDouble() * 2 - 1) * Math.pow(10, 2 * r.nextDouble());
            Double wp = r.nextInt(3) == 0 ? (r.nextDouble() * 2 - 1) * 100 : null;
            Double wq = r.nextInt(3) == 0 ? (r.nextDouble() * 2 - 1) * 100 : null;
            FlowParameters p = new FlowParameters(flow, eta, new NoiseSchedule(kind, sigmaMax, sigmaMin, 1 + r.nextInt(5)),
                    r.nextInt(4) == 0, r.nextInt(3) == 0 ? 1 + r.nextInt(10) : 0, r.nextInt(3) == 0 ? 1 + r.nextInt(10) : 0,
                    r.nextDouble(), wp, wq, curl, r.nextInt(3) == 0 ? 10 * r.nextDouble() : 0);
            boolean moderate = StabilityRule.stable(p) && eta <= 1 && scale >= 1e-3 && scale <= 10
                    && sigmaMin >= 0.05 * scale && sigmaMax <= 10 * scale && wp == null && wq == null && Math.abs(curl) <= 3;
            return new Example(new Dataset("random", targets, null), start, p, moderate);
        }

        private static PointSet cloud(SplittableRandom r, int n, int d, double scale) {
            double[] c = new double[n * d];
            for (int i = 0; i < c.length; i++) {
                c[i] = scale * r.nextGaussian();
                c[i] = Math.max(-CoordinateRange.LIMIT, Math.min(CoordinateRange.LIMIT, c[i]));
            }
            return PointSet.wrap(d, c);
        }
    }
}
