package org.flowexplorer.core.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.flowexplorer.core.math.ParallelRunner;
import org.flowexplorer.core.math.PointSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The fast dense sums against the scalar double reference, on the backend this JVM detects (the
 * Vector API under surefire, float where accurate) and on the scalar backend: every point's error
 * within 1e−6 of the sum of the absolute values of its terms ({@link SumScale}).
 */
class DenseSumsAccuracyTest {
    private static final double TOLERANCE = 1e-6;
    /**
     * Terms below e^−60 of the largest may be dropped (reference) or kept (fast kernels, which skip
     * whole leaves): they move a mean offset by at most e^−60 · 20σ per term.
     */
    private static final double NEGLIGIBLE = 1e-20;
    private static final ParallelRunner TWO = new ParallelRunner(2);

    @AfterAll
    static void close() {
        TWO.close();
    }

    /** Clouds that stress float: clusters, far-away points, rings around a point, tiny σ, big offsets. */
    static PointSet cloud(String shape, SplittableRandom rng, int n, int d, double scale, double offset) {
        double[] c = new double[n * d];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < d; k++) {
                double v = switch (shape) {
                    case "mixture" -> 2.0 * (rng.nextInt(5) - 2) * scale + 0.05 * scale * rng.nextGaussian();
                    case "uniform" -> scale * (2 * rng.nextDouble() - 1);
                    default -> scale * rng.nextGaussian();
                };
                c[i * d + k] = offset + v;
            }
            if (shape.equals("ring") && d >= 2) {
                double a = 2 * Math.PI * rng.nextDouble();
                c[i * d] = offset + 10 * scale * Math.cos(a);
                c[i * d + 1] = offset + 10 * scale * Math.sin(a);
            }
        }
        return PointSet.wrap(d, c);
    }

    static Stream<Arguments> cases() {
        Stream.Builder<Arguments> b = Stream.builder();
        String[] shapes = {"mixture", "uniform", "ring", "gauss"};
        for (String shape : shapes) {
            for (int d : new int[] {2, 3}) {
                for (double sigma : new double[] {1e-3, 0.05, 0.3, 2.0}) {
                    for (double offset : new double[] {0.0, 1e3}) {
                        b.add(Arguments.of(shape, d, sigma, offset));
                    }
                }
            }
        }
        return b.build();
    }

    @ParameterizedTest(name = "{0} d={1} sigma={2} offset={3}")
    @MethodSource("cases")
    void meanOffsetsMatchTheReference(String shape, int d, double sigma, double offset) {
        SplittableRandom rng = new SplittableRandom(shape.hashCode() * 31L + d * 7L + (long) (sigma * 1e4));
        PointSet ys = cloud(shape, rng, 400, d, 1.0, offset);
        PointSet xs = cloud(shape.equals("ring") ? "gauss" : shape, rng, 150, d, 1.3, offset);
        double k = 0.5 / (sigma * sigma);
        KernelSums[] fastSums = fastSums();
        for (boolean self : new boolean[] {false, true}) {
            PointSet sample = self ? xs : ys;
            for (boolean exclude : self ? new boolean[] {false, true} : new boolean[] {false}) {
                // the reference and the error scale once, every fast path against them
                double[] want = new double[xs.size() * d];
                new ReferenceSums(TWO).meanOffsets(xs, sample, k, exclude, want);
                double[] scale = new double[xs.size()];
                for (int i = 0; i < xs.size(); i++) {
                    scale[i] = SumScale.meanOffset(xs.coords(), i * d, sample, k, exclude ? i : -1);
                }
                for (KernelSums fast : fastSums) {
                    double[] got = new double[xs.size() * d];
                    fast.meanOffsets(xs, sample, k, exclude, got);
                    for (int i = 0; i < xs.size(); i++) {
                        double err = SumScale.diff(got, want, i, d);
                        assertTrue(err <= TOLERANCE * scale[i] + NEGLIGIBLE * sigma, fast.describe() + " point " + i + " error "
                                + err + " scale " + scale[i] + " self " + self + " exclude " + exclude);
                    }
                }
            }
        }
    }

    @ParameterizedTest(name = "{0} d={1} sigma={2} offset={3}")
    @MethodSource("cases")
    void kernelSumsMatchTheReference(String shape, int d, double sigma, double offset) {
        SplittableRandom rng = new SplittableRandom(shape.hashCode() * 17L + d * 5L + (long) (sigma * 1e4));
        PointSet ys = cloud(shape, rng, 300, d, 1.0, offset);
        PointSet xs = cloud(shape, rng, 120, d, 1.3, offset);
        double[] payload = new double[ys.size() * d];
        for (int i = 0; i < payload.length; i++) {
            payload[i] = rng.nextGaussian() / sigma;
        }
        double k = 0.5 / (sigma * sigma);
        double[] wantO = new double[xs.size() * d];
        double[] wantP = new double[xs.size() * d];
        new ReferenceSums(TWO).kernelSums(xs, ys, k, payload, wantO, wantP);
        double[] so = new double[xs.size()];
        double[] sp = new double[xs.size()];
        for (int i = 0; i < xs.size(); i++) {
            so[i] = SumScale.kernelOffsets(xs.coords(), i * d, ys, k);
            sp[i] = SumScale.kernelPayload(xs.coords(), i * d, ys, k, payload);
        }
        for (KernelSums fast : fastSums()) {
            double[] o = new double[xs.size() * d];
            double[] p = new double[xs.size() * d];
            fast.kernelSums(xs, ys, k, payload, o, p);
            for (int i = 0; i < xs.size(); i++) {
                double eo = SumScale.diff(o, wantO, i, d);
                double ep = SumScale.diff(p, wantP, i, d);
                assertTrue(eo <= TOLERANCE * so[i] + Double.MIN_NORMAL, fast.describe() + " O " + i + " error " + eo + " scale " + so[i]);
                assertTrue(ep <= TOLERANCE * sp[i] + Double.MIN_NORMAL, fast.describe() + " P " + i + " error " + ep + " scale " + sp[i]);
            }
        }
    }

    @Test
    void aPointLeftAloneHasNoOffset() {
        PointSet one = PointSet.of(2, new double[] {0.5, -0.25});
        for (KernelSums fast : fastSums()) {
            double[] out = {7, 7};
            fast.meanOffsets(one, one, 3.0, true, out);
            assertEquals(0.0, out[0], 0.0);
            assertEquals(0.0, out[1], 0.0);
        }
    }

    @ParameterizedTest(name = "{0} d={1} sigma={2} offset={3}")
    @MethodSource("cases")
    void kernelMassesMatchADirectSum(String shape, int d, double sigma, double offset) {
        SplittableRandom rng = new SplittableRandom(shape.hashCode() * 13L + d * 3L + (long) (sigma * 1e4));
        PointSet ys = cloud(shape, rng, 300, d, 1.0, offset);
        PointSet xs = cloud(shape, rng, 120, d, 1.3, offset);
        double k = 0.5 / (sigma * sigma);
        KernelSums[] fastSums = fastSums();
        for (PointSet sample : new PointSet[] {ys, xs}) {
            double[] want = new double[xs.size()];
            for (int i = 0; i < xs.size(); i++) {
                for (int j = 0; j < sample.size(); j++) { // terms are positive: the scale is the sum
                    double d2 = 0;
                    for (int c = 0; c < d; c++) {
                        double t = xs.get(i, c) - sample.get(j, c);
                        d2 += t * t;
                    }
                    want[i] += Math.exp(-k * d2);
                }
            }
            for (KernelSums fast : fastSums) {
                double[] got = new double[xs.size()];
                ((DenseSums) fast).kernelMass(xs, sample, k, got);
                for (int i = 0; i < xs.size(); i++) {
                    assertEquals(want[i], got[i], TOLERANCE * want[i] + Double.MIN_NORMAL, fast.describe() + " point " + i);
                }
            }
        }
    }

    private static KernelSums[] fastSums() {
        return new KernelSums[] {
            DenseSums.detect(TWO), new DenseSums(TWO, KernelBackend.scalar(), true),
            // double arithmetic in leaves of at most 256 points, even where wider leaves would be chosen
            new DenseSums(TWO, KernelBackend.detect(), false, LeafSizeRule.LEAF_SIZE),
            // a leaf larger than these clouds (LeafSizeRule's wide leaves), whatever σ the case has
            new DenseSums(TWO, KernelBackend.detect(), true, LeafSizeRule.WIDE_LEAF_SIZE),
            // many small leaves: sets summed with themselves go by many pairs of leaves (SelfSums)
            new DenseSums(TWO, KernelBackend.detect(), true, 32)
        };
    }
}
