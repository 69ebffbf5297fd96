package org.flowexplorer.core.flow;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.flowexplorer.core.kernel.DenseSums;
import org.flowexplorer.core.kernel.KernelBackend;
import org.flowexplorer.core.kernel.KernelSums;
import org.flowexplorer.core.math.ParallelRunner;
import org.flowexplorer.core.math.PointSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every flow's step velocities on the fast dense kernels (the Vector API backend this JVM detects,
 * float where it judges float accurate, and the scalar backend) against the independent reference
 * transcription: per particle within 1e−6 of the size of the terms whose difference the velocity is
 * ({@link ReferenceVelocity#scale}), at σ from 1e−3 to 1, offsets 0 and 1000, d = 2, 3 and 7.
 */
class FastVelocityTest {
    private static final ParallelRunner TWO = new ParallelRunner(2);

    @AfterAll
    static void close() {
        TWO.close();
    }

    static Stream<Arguments> cases() {
        Stream.Builder<Arguments> b = Stream.builder();
        FlowSpec[] specs = {
            FlowSpec.of(FlowKind.SD), FlowSpec.of(FlowKind.MMD), FlowSpec.of(FlowKind.SVGD), FlowSpec.of(FlowKind.LANGEVIN),
            new FlowSpec(FlowKind.DIFFFLOW, 0.3, null, null, 0), new FlowSpec(FlowKind.DIFFFLOW, 0.2, 0.5, 1.5, 1.0),
            new FlowSpec(FlowKind.SD, 0, null, null, 2.0), FlowSpec.of(FlowKind.SD).withQSelf(QSelf.EXCLUDE)
        };
        for (FlowSpec s : specs) {
            for (int d : new int[] {2, 3, 7}) {
                for (double sigma : new double[] {1e-3, 0.05, 0.5}) {
                    for (double off : d == 7 ? new double[] {0.0} : new double[] {0.0, 1e3}) {
                        b.add(Arguments.of(s, d, sigma, off));
                    }
                }
            }
        }
        return b.build();
    }

    @ParameterizedTest(name = "{0} d={1} sigma={2} offset={3}")
    @MethodSource("cases")
    void fastVelocitiesAreWithinOneInAMillionOfTheReference(FlowSpec spec, int d, double sigma, double offset) {
        SplittableRandom rng = new SplittableRandom(d * 1000L + (long) (sigma * 1e4) + spec.hashCode());
        // particles and targets interleaved on a scale of a few σ
        PointSet xs = FlowVelocityTest.random(rng, 100, d, 3 * sigma, offset);
        PointSet ys = FlowVelocityTest.random(rng, 130, d, 3 * sigma, offset + sigma);
        double[][] want = ReferenceVelocity.velocity(spec, FlowVelocityTest.rows(xs), FlowVelocityTest.rows(ys), sigma);
        for (KernelSums sums : new KernelSums[] {DenseSums.detect(TWO), new DenseSums(TWO, KernelBackend.scalar(), true)}) {
            double[] got = new double[xs.size() * d];
            spec.create().velocities(StepInput.once(xs, ys, sigma, TWO), sums, got);
            for (int i = 0; i < xs.size(); i++) {
                double err = 0;
                for (int c = 0; c < d; c++) {
                    err += (got[i * d + c] - want[i][c]) * (got[i * d + c] - want[i][c]);
                }
                err = Math.sqrt(err);
                double scale = ReferenceVelocity.scale(spec, FlowVelocityTest.rows(xs), FlowVelocityTest.rows(ys), sigma, i);
                // terms below e^−60 of the largest may be kept or dropped: 1e−20/σ covers them
                assertTrue(err <= 1e-6 * scale + 1e-20 / sigma, sums.describe() + " particle " + i + " error " + err
                        + " scale " + scale);
            }
        }
    }
}
