package org.flowexplorer.core.metric.field;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.flowexplorer.core.math.ParallelRunner;
import org.flowexplorer.core.math.VectorField;
import org.junit.jupiter.api.Test;

/** The grid, the circle integrals and the circle parser against closed forms of linear fields. */
class FieldGridTest {
    /** v(x) = A x in 2D (A row-major), plus a constant third component in 3D. */
    private static VectorField linear(int d, double... a) {
        return new VectorField() {
            @Override
            public int dim() {
                return d;
            }

            @Override
            public Evaluator evaluator() {
                return (x, off, out, o) -> {
                    out[o] = a[0] * x[off] + a[1] * x[off + 1];
                    out[o + 1] = a[2] * x[off] + a[3] * x[off + 1];
                    for (int c = 2; c < d; c++) {
                        out[o + c] = 1.0;
                    }
                };
            }
        };
    }

    @Test
    void curlOfALinearFieldIsConstantAndExact() {
        double[] a = {0.3, -1.2, 0.7, 0.5};
        try (ParallelRunner one = new ParallelRunner(1)) {
            FieldGrid g = FieldGrid.sample(linear(2, a), new double[2], new double[] {-2, 3, -1, 4}, 7, 5, 0.4, one);
            for (int k = 0; k < 35; k++) {
                assertEquals(0.7 - (-1.2), g.curl()[k], 1e-9);
                assertEquals(Math.sqrt(0.09 + 1.44 + 0.49 + 0.25), g.frobenius()[k], 1e-9);
            }
            // corner (x_max, y_max) = (3, 4)
            assertEquals(0.3 * 3 - 1.2 * 4, g.vx()[34], 1e-12);
            assertEquals(0.7 * 3 + 0.5 * 4, g.vy()[34], 1e-12);
            assertEquals(3.0, g.x(6));
            assertEquals(4.0, g.y(4));
            assertEquals(1.9 / Math.sqrt(2.27), g.relativeCurl(), 1e-9);
        }
    }

    @Test
    void gridDoesNotDependOnTheThreadCount() {
        VectorField v = linear(3, 1, 2, -3, 0.5);
        double[] view = {-1, 1, -1, 1};
        try (ParallelRunner one = new ParallelRunner(1); ParallelRunner three = new ParallelRunner(3)) {
            FieldGrid a = FieldGrid.sample(v, new double[] {0, 0, 2}, view, 90, 80, 0.3, one);
            FieldGrid b = FieldGrid.sample(v, new double[] {0, 0, 2}, view, 90, 80, 0.3, three);
            assertArrayEquals(a.curl(), b.curl());
            assertArrayEquals(a.vx(), b.vx());
        }
    }

    @Test
    void circleIntegralOfARotationIsTwiceTheArea() {
        // v = J x (rotation by +90°): ∮ v·dl = 2πr² counter-clockwise, normalised circulation 1
        CircleIntegral c = CircleIntegral.of(linear(2, 0, -1, 1, 0), new double[2], new FieldCircle(0, 0, 1.5));
        assertEquals(2 * Math.PI * 1.5 * 1.5, c.circulation(), 1e-9);
        assertEquals(1.0, c.normalized(), 1e-12);
    }

    @Test
    void circleIntegralOfAGradientFieldVanishes() {
        // v = ∇(x² + 3xy) = (2x + 3y, 3x): symmetric Jacobian, no circulation around any circle
        CircleIntegral c = CircleIntegral.of(linear(2, 2, 3, 3, 0), new double[2], new FieldCircle(1.3, -0.4, 0.8));
        assertEquals(0.0, c.circulation(), 1e-12);
        assertEquals(0.0, c.normalized(), 1e-12);
    }

    @Test
    void colourScaleIgnoresRoundingLevelCurl() {
        try (ParallelRunner one = new ParallelRunner(1)) {
            FieldGrid g = FieldGrid.sample(linear(2, 2, 3, 3, 0), new double[2], new double[] {-1, 1, -1, 1}, 5, 5, 1,
                    one);
            // curl is rounding noise; the scale is the 10⁻³ floor of the Jacobian's norm
            assertEquals(1e-3 * Math.sqrt(4 + 9 + 9), g.colourScale(), 1e-9);
        }
    }

    @Test
    void circlesAreParsedStrictly() {
        assertEquals(new FieldCircle(1, -2, 0.5), FieldCircle.parse("1,-2,0.5"));
        for (String bad : new String[] {"1,2", "1,2,0", "1,2,x", "1,NaN,1"}) {
            assertThrows(IllegalArgumentException.class, () -> FieldCircle.parse(bad), bad);
        }
    }
}
