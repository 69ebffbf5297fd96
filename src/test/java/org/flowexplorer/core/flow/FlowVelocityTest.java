package org.flowexplorer.core.flow;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.flowexplorer.core.kernel.ReferenceSums;
import org.flowexplorer.core.math.ParallelRunner;
import org.flowexplorer.core.math.PointSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Closed-form and reference checks of the deterministic velocity of every flow (algorithms.md §2). */
class FlowVelocityTest {
    private static final ParallelRunner ONE = new ParallelRunner(1);

    static double[][] field(FlowSpec spec, PointSet xs, PointSet ys, double sigma) {
        VelocityField f = spec.create().field(xs, ys, sigma, ONE);
        double[][] out = new double[xs.size()][xs.dim()];
        FieldScratch s = f.newScratch();
        for (int i = 0; i < xs.size(); i++) {
            f.evaluate(xs.coords(), i * xs.dim(), out[i], 0, s);
        }
        return out;
    }

    static double[][] rows(PointSet p) {
        double[][] r = new double[p.size()][];
        for (int i = 0; i < p.size(); i++) {
            r[i] = p.point(i);
        }
        return r;
    }

    static PointSet random(SplittableRandom rng, int n, int d, double spread, double offset) {
        double[] c = new double[n * d];
        for (int i = 0; i < c.length; i++) {
            c[i] = offset + spread * rng.nextGaussian();
        }
        return PointSet.wrap(d, c);
    }

    /** Largest per-particle difference over the largest velocity (the acceptance measure). */
    static double relativeError(double[][] a, double[][] b) {
        double maxDiff = 0;
        double maxNorm = 0;
        for (int i = 0; i < a.length; i++) {
            double diff = 0;
            double norm = 0;
            for (int c = 0; c < a[i].length; c++) {
                diff += (a[i][c] - b[i][c]) * (a[i][c] - b[i][c]);
                norm += b[i][c] * b[i][c];
            }
            maxDiff = Math.max(maxDiff, Math.sqrt(diff));
            maxNorm = Math.max(maxNorm, Math.sqrt(norm));
        }
        return maxNorm == 0 ? maxDiff : maxDiff / maxNorm;
    }

    @Test
    void kdeScoreOfOneTargetIsDisplacementOverSigmaSquared() {
        PointSet y = PointSet.of(2, new double[] {1.5, -0.25});
        PointSet x = PointSet.of(2, new double[] {0.5, 0.75, -2, 3});
        double sigma = 0.3;
        double[][] v = field(FlowSpec.of(FlowKind.LANGEVIN), x, y, sigma);
        assertArrayEquals(new double[] {(1.5 - 0.5) / 0.09, (-0.25 - 0.75) / 0.09}, v[0], 1e-12);
        assertArrayEquals(new double[] {(1.5 + 2) / 0.09, (-0.25 - 3) / 0.09}, v[1], 1e-12);
    }

    @Test
    void sdVelocityIsExactlyZeroWhenParticlesEqualTargets() {
        PointSet p = random(new SplittableRandom(1), 50, 3, 1.0, 0.0);
        for (double sigma : new double[] {1e-3, 0.05, 1.0}) {
            for (double[] v : field(FlowSpec.of(FlowKind.SD), p, p, sigma)) {
                assertArrayEquals(new double[3], v, 0.0);
            }
        }
    }

    @Test
    void mmdVelocityIsMinusTheWitnessGradient() {
        SplittableRandom rng = new SplittableRandom(2);
        PointSet xs = random(rng, 20, 2, 1.0, 0.5);
        PointSet ys = random(rng, 30, 2, 1.0, -0.5);
        double sigma = 0.7;
        VelocityField f = FlowSpec.of(FlowKind.MMD).create().field(xs, ys, sigma, ONE);
        double[] probe = {0.3, -0.2};
        double[] v = f.at(probe);
        double h = 1e-5;
        for (int c = 0; c < 2; c++) {
            double[] plus = probe.clone();
            double[] minus = probe.clone();
            plus[c] += h;
            minus[c] -= h;
            double grad = (witness(plus, xs, ys, sigma) - witness(minus, xs, ys, sigma)) / (2 * h);
            assertEquals(-grad, v[c], 1e-7 * Math.max(1, Math.abs(grad)));
        }
    }

    private static double witness(double[] x, PointSet xs, PointSet ys, double sigma) {
        double f = 0;
        for (double[] p : rows(xs)) {
            f += Math.exp(-ReferenceVelocity.sq(x, p) / (2 * sigma * sigma)) / xs.size();
        }
        for (double[] p : rows(ys)) {
            f -= Math.exp(-ReferenceVelocity.sq(x, p) / (2 * sigma * sigma)) / ys.size();
        }
        return f;
    }

    @Test
    void svgdWithOneParticleIsGradientAscentOnLogP() {
        SplittableRandom rng = new SplittableRandom(3);
        PointSet ys = random(rng, 40, 2, 1.0, 0.0);
        PointSet x = PointSet.of(2, new double[] {0.4, -0.3});
        double sigma = 0.5;
        double[] svgd = field(FlowSpec.of(FlowKind.SVGD), x, ys, sigma)[0];
        double[] score = field(FlowSpec.of(FlowKind.LANGEVIN), x, ys, sigma)[0];
        assertArrayEquals(score, svgd, 1e-12);
    }

    @Test
    void svgdBandwidthIsTheMedianHeuristicOverPairs() {
        // squared pair distances of {0, 1, 3}: 1, 9, 4 -> median 4; h² = 0.5·4/ln 4
        PointSet xs = PointSet.of(1, new double[] {0, 1, 3});
        assertEquals(2.0 / Math.log(4.0), SvgdFlow.bandwidthSquared(xs, 0.1, ONE), 1e-15);
        // four points: pairs 1,4,9,1,4,1 -> sorted 1,1,1,4,4,9 -> median (1+4)/2
        PointSet four = PointSet.of(1, new double[] {0, 1, 2, 3});
        assertEquals(0.5 * 2.5 / Math.log(5.0), SvgdFlow.bandwidthSquared(four, 0.1, ONE), 1e-15);
        // identical points: median 0 falls back to σ²
        PointSet same = PointSet.of(2, new double[] {1, 1, 1, 1});
        assertEquals(0.1 * 0.1, SvgdFlow.bandwidthSquared(same, 0.1, ONE), 0.0);
    }

    @Test
    void diffFlowEndsAreSdFlowAndLangevin() {
        // against the independent transcription of SD flow and Langevin, not against each other
        SplittableRandom rng = new SplittableRandom(4);
        PointSet xs = random(rng, 30, 2, 1.0, 1.0);
        PointSet ys = random(rng, 25, 2, 1.0, -1.0);
        double[][] sd = ReferenceVelocity.velocity(FlowSpec.of(FlowKind.SD), rows(xs), rows(ys), 0.4);
        double[][] lang = ReferenceVelocity.velocity(FlowSpec.of(FlowKind.LANGEVIN), rows(xs), rows(ys), 0.4);
        double[][] d0 = field(new FlowSpec(FlowKind.DIFFFLOW, 0, null, null, 0), xs, ys, 0.4);
        double[][] d1 = field(new FlowSpec(FlowKind.DIFFFLOW, 1, null, null, 0), xs, ys, 0.4);
        assertTrue(relativeError(d0, sd) < 1e-12, "rho = 0 is SD flow");
        assertTrue(relativeError(d1, lang) < 1e-12, "rho = 1 is Langevin");
    }

    /** Velocities at the particles on the reference kernels (q_self honoured). */
    static double[][] atParticles(FlowSpec spec, PointSet xs, PointSet ys, double sigma) {
        double[] out = new double[xs.size() * xs.dim()];
        spec.create().velocities(StepInput.once(xs, ys, sigma, ONE), new ReferenceSums(ONE), out);
        return rows(PointSet.wrap(xs.dim(), out));
    }

    @Test
    void leavingTheParticleOutOfQIsTheOtherParticlesKernelMean() {
        // two particles, one target: without itself, particle 1's q sample is particle 2 alone, so
        // m_q(x_1) = x_2 and v_1 = (y − x_2)/σ² exactly; with itself it is a softmax of the two
        double sigma = 0.5;
        PointSet xs = PointSet.of(2, new double[] {0.0, 0.0, 0.3, -0.4});
        PointSet ys = PointSet.of(2, new double[] {1.0, 2.0});
        double[][] v = atParticles(FlowSpec.of(FlowKind.SD).withQSelf(QSelf.EXCLUDE), xs, ys, sigma);
        assertArrayEquals(new double[] {(1.0 - 0.3) / 0.25, (2.0 + 0.4) / 0.25}, v[0], 1e-12);
        assertArrayEquals(new double[] {(1.0 - 0.0) / 0.25, (2.0 - 0.0) / 0.25}, v[1], 1e-12);
        double w = 1 / (1 + Math.exp(-0.25 / (2 * 0.25)));   // own weight: distance² 0.25 to the other
        double[][] incl = atParticles(FlowSpec.of(FlowKind.SD), xs, ys, sigma);
        assertArrayEquals(new double[] {(1.0 - (1 - w) * 0.3) / 0.25, (2.0 + (1 - w) * 0.4) / 0.25}, incl[0], 1e-12);
    }

    @Test
    void aLoneParticleLeftOutOfQFeelsOnlyTheTargets() {
        PointSet x = PointSet.of(2, new double[] {0.5, -1});
        PointSet ys = PointSet.of(2, new double[] {1, 1, 2, -3});
        for (FlowSpec spec : new FlowSpec[] {FlowSpec.of(FlowKind.SD).withQSelf(QSelf.EXCLUDE),
            new FlowSpec(FlowKind.DIFFFLOW, 0.3, null, null, 0, QSelf.EXCLUDE)}) {
            double[][] v = atParticles(spec, x, ys, 0.7);
            double[] sp = ReferenceVelocity.score(rows(x)[0], rows(ys), 0.7);
            assertArrayEquals(sp, v[0], 1e-12);
        }
    }

    @Test
    void curlTermRotatesTheFirstTwoCoordinates() {
        SplittableRandom rng = new SplittableRandom(5);
        PointSet xs = random(rng, 10, 3, 1.0, 0.0);
        PointSet ys = random(rng, 12, 3, 1.0, 0.5);
        double[][] v = field(FlowSpec.of(FlowKind.LANGEVIN), xs, ys, 0.5);
        double[][] w = field(new FlowSpec(FlowKind.LANGEVIN, 0, null, null, 2.0), xs, ys, 0.5);
        for (int i = 0; i < xs.size(); i++) {
            assertEquals(v[i][0] - 2 * v[i][1], w[i][0], 1e-12);
            assertEquals(v[i][1] + 2 * v[i][0], w[i][1], 1e-12);
            assertEquals(v[i][2], w[i][2], 0.0);
        }
    }

    static Stream<Arguments> cases() {
        Stream.Builder<Arguments> b = Stream.builder();
        FlowSpec[] specs = {
            FlowSpec.of(FlowKind.SD), FlowSpec.of(FlowKind.MMD), FlowSpec.of(FlowKind.SVGD),
            FlowSpec.of(FlowKind.LANGEVIN), new FlowSpec(FlowKind.DIFFFLOW, 0.3, null, null, 0),
            new FlowSpec(FlowKind.DIFFFLOW, 0.7, 2.0, null, 0), new FlowSpec(FlowKind.DIFFFLOW, 0.2, 0.5, 1.5, 1.0),
            new FlowSpec(FlowKind.SD, 0, null, null, 2.0), new FlowSpec(FlowKind.SVGD, 0, null, null, -1.0),
            FlowSpec.of(FlowKind.SD).withQSelf(QSelf.EXCLUDE), new FlowSpec(FlowKind.DIFFFLOW, 0.4, null, null, 0.5, QSelf.EXCLUDE)
        };
        int[] dims = {2, 3, 7, 50};
        double[] sigmas = {1e-3, 0.05, 1.0};
        double[] offsets = {0.0, 1e3};
        for (FlowSpec s : specs) {
            for (int d : dims) {
                for (double sigma : sigmas) {
                    for (double off : offsets) {
                        b.add(Arguments.of(s, d, sigma, off));
                    }
                }
            }
        }
        return b.build();
    }

    @ParameterizedTest(name = "{0} d={1} sigma={2} offset={3}")
    @MethodSource("cases")
    void matchesTheIndependentReferenceToOneInABillion(FlowSpec spec, int d, double sigma, double offset) {
        SplittableRandom rng = new SplittableRandom(d * 1000L + (long) (sigma * 1e4));
        // particles and targets interleaved on a scale of a few σ so that kernels are not all zero
        PointSet xs = random(rng, 17, d, 3 * sigma, offset);
        PointSet ys = random(rng, 23, d, 3 * sigma, offset + sigma);
        double[][] want = ReferenceVelocity.velocity(spec, rows(xs), rows(ys), sigma);
        double[][] bulk = atParticles(spec, xs, ys, sigma);
        assertTrue(relativeError(bulk, want) < 1e-9, "step velocities: relative error " + relativeError(bulk, want));
        if (spec.qSelf() == QSelf.INCLUDE) {
            double[][] got = field(spec, xs, ys, sigma);
            double err = relativeError(got, want);
            assertTrue(err < 1e-9, "pointwise field: relative error " + err);
        }
    }

    @Test
    void farAwayPointsAndSmallSigmaStayFinite() {
        PointSet xs = PointSet.of(2, new double[] {1e6, -1e6, 0, 0});
        PointSet ys = PointSet.of(2, new double[] {-1e6, 1e6, 1, 1});
        for (FlowKind k : FlowKind.values()) {
            for (double[] v : field(FlowSpec.of(k), xs, ys, 1e-3)) {
                for (double c : v) {
                    assertTrue(Double.isFinite(c), k + " gave " + c);
                }
            }
        }
    }
}
