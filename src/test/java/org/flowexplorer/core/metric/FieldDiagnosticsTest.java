package org.flowexplorer.core.metric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.flowexplorer.core.flow.FlowKind;
import org.flowexplorer.core.flow.FlowSpec;
import org.flowexplorer.core.math.VectorField;
import org.flowexplorer.core.metric.field.FieldCalculus;
import org.flowexplorer.core.sim.MeasuredField;
import org.flowexplorer.core.math.ParallelRunner;
import org.flowexplorer.core.math.PointSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class FieldDiagnosticsTest {
    private static final ParallelRunner ONE = new ParallelRunner(1);

    @AfterAll
    static void close() {
        ONE.close();
    }

    @Test
    void jacobianOfLinearFieldIsTheMatrix() {
        double[] a = {0.3, -1.2, 0.7, 0.5};
        FieldCalculus calc = new FieldCalculus(new LinearField(2, a), 0.5);
        double[] j = new double[4];
        for (double[] p : new double[][] {{0, 0}, {5, -3}, {-40, 12}}) {
            calc.jacobianXY(p, 0, j);
            for (int e = 0; e < 4; e++) {
                assertEquals(a[e], j[e], 1e-6, "entry " + e);
            }
        }
    }

    @Test
    void jacobianIn3dIsTheXyBlock() {
        double[] a = {1, 2, 3, 4, 5, 6, 7, 8, 9};
        FieldCalculus calc = new FieldCalculus(new LinearField(3, a), 0.2);
        double[] j = new double[4];
        calc.jacobianXY(new double[] {9, 1, 0.5, -2}, 1, j);   // probe at offset 1: (1, 0.5, −2)
        double[] block = {1, 2, 4, 5};
        for (int e = 0; e < 4; e++) {
            assertEquals(block[e], j[e], 1e-6);
        }
    }

    @Test
    void relativeCurlOfLinearFieldIsAntisymmetricPartOverNorm() {
        double[] a = {0.3, -1.2, 0.7, 0.5};
        PointSet probes = TestData.gaussian(71, 40, 2, 0.0, 3.0);
        FieldDiagnostics f = FieldDiagnostics.compute(probes, new LinearField(2, a), 0.5, ONE);
        double expected = Math.abs(0.7 - (-1.2)) / Math.sqrt(0.09 + 1.44 + 0.49 + 0.25);
        assertEquals(expected, f.relativeCurl(), 1e-9);
    }

    @Test
    void rotationAboutTheProbeHasCirculationOne() {
        // v = (−y, x): v·τ = σ on the circle around the origin and ‖v‖ = σ, so the ratio is 1
        FieldDiagnostics f = FieldDiagnostics.compute(TestData.points(2, 0, 0), LinearField.rotation(), 0.7, ONE);
        assertEquals(1.0, f.circulation(), 1e-12);
        assertEquals(Math.sqrt(2.0), f.relativeCurl(), 1e-9);     // |1 − (−1)| / √2
        double[] p = {3.0, -4.0};
        LinearField centred = new LinearField(2, new double[] {0, -1, 1, 0}, p);
        assertEquals(1.0, FieldDiagnostics.compute(PointSet.of(2, p), centred, 0.3, ONE).circulation(), 1e-12);
    }

    @Test
    void rotationAboutAFarCentreHasCirculationSigmaOverDistance() {
        // Probe at distance r from the centre: ∮ v·dl = 2πσ² exactly, ∮ ‖v‖ dl = 2πσ·r·(1 + s²/4 + O(s⁴))
        // with s = σ/r, so the ratio is (σ/r) / (1 + s²/4) up to O(s⁴) = 1e−8 for s = 0.01.
        double sigma = 0.05;
        double r = 5.0;
        double s = sigma / r;
        FieldDiagnostics f = FieldDiagnostics.compute(TestData.points(2, 3, 4), LinearField.rotation(), sigma, ONE);
        assertEquals(s / (1.0 + s * s / 4.0), f.circulation(), 1e-7 * s);
    }

    @Test
    void gradientFieldHasNoCurlOrCirculation() {
        LinearField minusX = new LinearField(2, -1, 0, 0, -1);
        FieldDiagnostics f = FieldDiagnostics.compute(TestData.gaussian(72, 50, 2, 1.0, 2.0), minusX, 0.4, ONE);
        assertTrue(f.circulation() < 1e-9, "circulation " + f.circulation());
        assertTrue(f.relativeCurl() < 1e-9, "relative curl " + f.relativeCurl());
    }

    @Test
    void zeroFieldGivesNulls() {
        FieldDiagnostics f = FieldDiagnostics.compute(TestData.points(2, 1, 2, 3, 4), new LinearField(2, 0, 0, 0, 0), 1.0, ONE);
        assertNull(f.relativeCurl());
        assertNull(f.circulation());
    }

    @Test
    void rejectsOneDimensionAndBadSigma() {
        assertThrows(IllegalArgumentException.class,
                () -> FieldDiagnostics.compute(TestData.points(1, 0), new LinearField(1, 1.0), 1.0, ONE));
        assertThrows(IllegalArgumentException.class,
                () -> FieldDiagnostics.compute(TestData.points(2, 0, 0), LinearField.rotation(), 0.0, ONE));
    }

    @Test
    void sdFieldIsAGradientField() {
        PointSet x = TestData.gaussian(73, 300, 2, 0.5, 1.0);
        PointSet y = TestData.clustered(74, 300, 2, 8, 0.1);
        double sigma = 0.3;
        VectorField v = MeasuredField.of(FlowSpec.of(FlowKind.SD).create().field(x, y, sigma, ONE));
        FieldDiagnostics f = FieldDiagnostics.compute(x, v, sigma, ONE);
        assertTrue(f.relativeCurl() < 1e-3, "SD relative curl " + f.relativeCurl());
        assertTrue(f.circulation() < 1e-3, "SD circulation " + f.circulation());
    }

    @Test
    void svgdFieldIsNotAGradientField() {
        PointSet x = TestData.clustered(75, 300, 2, 4, 0.3);
        PointSet y = TestData.clustered(76, 300, 2, 8, 0.1);
        double sigma = 0.3;
        VectorField v = MeasuredField.of(FlowSpec.of(FlowKind.SVGD).create().field(x, y, sigma, ONE));
        FieldDiagnostics f = FieldDiagnostics.compute(x, v, sigma, ONE);
        assertTrue(f.relativeCurl() > 0.1, "SVGD relative curl " + f.relativeCurl());
    }

    @Test
    void bitwiseIdenticalForAnyThreadCount() {
        PointSet x = TestData.clustered(77, 300, 3, 4, 0.3);
        PointSet y = TestData.clustered(78, 200, 3, 8, 0.1);
        double sigma = 0.4;
        VectorField v = MeasuredField.of(FlowSpec.of(FlowKind.SVGD).create().field(x, y, sigma, ONE));
        FieldDiagnostics ref = FieldDiagnostics.compute(x, v, sigma, ONE);
        for (int t : new int[] {2, 4}) {
            try (ParallelRunner r = new ParallelRunner(t)) {
                assertEquals(ref, FieldDiagnostics.compute(x, v, sigma, r));
            }
        }
    }
}
