package org.flowexplorer.core.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.List;
import java.util.SplittableRandom;
import org.flowexplorer.core.math.PointSet;
import org.junit.jupiter.api.Test;

/** The 16-bit fixed-point codes decode within the stated error, and the ends of each range exactly. */
class FixedPoint16Test {
    @Test
    void everyCoordinateDecodesWithinHalfACodeStep() {
        qt().withExamples(200).withFixedSeed(7L)
                .forAll(doubles().between(-1e3, 1e3), doubles().between(1e-6, 1e3), integers().between(1, 3),
                        integers().between(1, 200))
                .check((lo, span, dim, n) -> {
                    SplittableRandom rng = new SplittableRandom(n * 31L + dim);
                    double[] c = new double[n * dim];
                    for (int i = 0; i < c.length; i++) {
                        c[i] = lo + span * rng.nextDouble();
                    }
                    PointSet p = PointSet.wrap(dim, c);
                    FixedPoint16 codec = FixedPoint16.covering(dim, List.of(p));
                    byte[] out = new byte[2 * c.length];
                    codec.encode(p, out, 0);
                    double bound = codec.maxError();
                    for (int i = 0; i < c.length; i++) {
                        int q = (out[2 * i] & 0xFF) | (out[2 * i + 1] & 0xFF) << 8;
                        double x = codec.decode(q, i % dim);
                        if (Math.abs(x - c[i]) > bound * (1 + 1e-12) + Math.ulp(Math.abs(c[i]) + Math.abs(lo))) {
                            return false;
                        }
                    }
                    return bound <= span / 65535 / 2 * (1 + 1e-9);
                });
    }

    @Test
    void rangeEndsAreExactAndAConstantAxisCostsNothing() {
        PointSet a = PointSet.of(2, new double[] {-2, 5, 3, 5});
        PointSet b = PointSet.of(2, new double[] {1, 5});
        FixedPoint16 codec = FixedPoint16.covering(2, List.of(a, b));
        assertEquals(0, codec.code(-2, 0));
        assertEquals(65535, codec.code(3, 0));
        assertEquals(-2.0, codec.decode(0, 0));
        assertEquals(3.0, codec.decode(65535, 0), 1e-15);
        assertEquals(5.0, codec.decode(codec.code(5, 1), 1));
        assertEquals(5.0 / 65535 / 2, codec.maxError(), 1e-18);
        byte[] out = new byte[8];
        assertEquals(8, codec.encode(a, out, 0));
        assertEquals(0, out[0]);
        assertEquals(0, out[1]);
        assertEquals((byte) 0xFF, out[4]);
        assertEquals((byte) 0xFF, out[5]);
        assertTrue(codec.lo()[1] == 5 && codec.scale()[1] == 0);
    }
}
