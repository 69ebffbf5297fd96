package org.flowexplorer.core.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.flowexplorer.core.flow.FlowKind;
import org.flowexplorer.core.flow.FlowSpec;
import org.flowexplorer.core.math.ParallelRunner;
import org.flowexplorer.core.sim.FlowParameters;
import org.flowexplorer.core.sim.RunConfig;
import org.flowexplorer.core.sim.Snapshot;
import org.junit.jupiter.api.Test;

/** Gradient fields have no curl; SVGD and a curl term do (WGF paper, ALGORITHMS.md §6). */
class CurlDiagnosisTest {
    /** Each flow is diagnosed at step 60 of its own run (N = M = 200), as the diagnose command does. */
    private static CurlDiagnosis.Result diagnose(FlowSpec spec) {
        FlowParameters p = FlowParameters.defaults(spec.kind()).withRho(spec.rho()).withCurl(spec.curl());
        RunConfig c = new RunConfig("25gaussians", "offset", 200, 200, 3, 60, p);
        Snapshot state = Runs.advance(c, 60, 2);
        assertEquals(60, state.step());
        try (ParallelRunner r = new ParallelRunner(2)) {
            return CurlDiagnosis.compute(spec.kind().id(), state.step(), spec, state.positions(),
                    state.targets().points(), state.nextSigma(), null, 12,
                    List.of(new CurlDiagnosis.Circle(1, -1, 0.7)), r);
        }
    }

    @Test
    void gradientFlowsHaveRoundingLevelCurl() {
        for (FlowSpec spec : List.of(FlowSpec.of(FlowKind.SD), FlowSpec.of(FlowKind.MMD), FlowSpec.of(FlowKind.LANGEVIN),
                new FlowSpec(FlowKind.DIFFFLOW, 0.5, null, null, 0.0))) {
            CurlDiagnosis.Result r = diagnose(spec);
            assertTrue(r.diagnostics().relativeCurl() < 1e-3, spec + ": " + r.diagnostics().relativeCurl());
            assertTrue(r.diagnostics().circulation() < 1e-6, spec + ": " + r.diagnostics().circulation());
            assertTrue(r.gridRelativeCurl() < 1e-3, spec + " grid: " + r.gridRelativeCurl());
            assertTrue(r.circles().get(0).normalized() < 1e-6, spec + " circle: " + r.circles().get(0).normalized());
        }
    }

    @Test
    void svgdAndTheCurlTermAreNotGradientFields() {
        CurlDiagnosis.Result svgd = diagnose(FlowSpec.of(FlowKind.SVGD));
        assertTrue(svgd.diagnostics().relativeCurl() > 0.1, "SVGD " + svgd.diagnostics().relativeCurl());
        assertTrue(svgd.gridRelativeCurl() > 0.1, "SVGD grid " + svgd.gridRelativeCurl());
        CurlDiagnosis.Result lk = diagnose(new FlowSpec(FlowKind.LANGEVIN, 0, null, null, 2.0));
        assertTrue(lk.diagnostics().relativeCurl() > 0.5, "Langevin κ=2 " + lk.diagnostics().relativeCurl());
        assertTrue(lk.diagnostics().circulation() > 0.1, "Langevin κ=2 circulation " + lk.diagnostics().circulation());
    }

    /** Stokes: the circle integral equals the grid curl integrated over the disc (κ = 2 Langevin field). */
    @Test
    void circleIntegralMatchesTheGridCurlOverTheDisc() {
        FlowParameters p = FlowParameters.defaults(FlowKind.LANGEVIN).withCurl(2.0).withEta(0.2);
        Snapshot state = Runs.advance(new RunConfig("25gaussians", "offset", 100, 200, 1, 20, p), 20, 2);
        CurlDiagnosis.Result r;
        try (ParallelRunner runner = new ParallelRunner(2)) {
            r = CurlDiagnosis.compute("stokes", state.step(), p.flowSpec(), state.positions(), state.targets().points(),
                    state.nextSigma(), new double[] {-3, 3, -3, 3}, 121, List.of(new CurlDiagnosis.Circle(2, -2, 0.7)),
                    runner);
        }
        double cell = 6.0 / 120;
        double disc = 0;
        for (int j = 0; j < r.ny(); j++) {
            for (int i = 0; i < r.nx(); i++) {
                double dx = r.x(i) - 2;
                double dy = r.y(j) + 2;
                if (dx * dx + dy * dy <= 0.49) {
                    disc += r.curl()[j * r.nx() + i] * cell * cell;
                }
            }
        }
        double line = r.circles().get(0).circulation();
        assertTrue(Math.abs(line) > 0.1, "non-trivial circulation " + line);
        assertEquals(line, disc, 0.05 * Math.abs(line), "Stokes");
    }

    @Test
    void circleIntegralOfARotationIsTwiceTheArea() {
        // v = J x (rotation by +90°): ∮ v·dl = 2πr² counter-clockwise, normalised circulation 1
        org.flowexplorer.core.flow.VelocityField rot = new org.flowexplorer.core.flow.VelocityField() {
            @Override
            public int dim() {
                return 2;
            }

            @Override
            public org.flowexplorer.core.flow.FieldScratch newScratch() {
                return null;
            }

            @Override
            public void evaluate(double[] x, int xOff, double[] out, int outOff,
                                 org.flowexplorer.core.flow.FieldScratch s) {
                out[outOff] = -x[xOff + 1];
                out[outOff + 1] = x[xOff];
            }
        };
        CurlDiagnosis.CircleResult c = CurlDiagnosis.circle(rot, new double[2], new CurlDiagnosis.Circle(0, 0, 1.5));
        assertEquals(2 * Math.PI * 1.5 * 1.5, c.circulation(), 1e-9);
        assertEquals(1.0, c.normalized(), 1e-12);
    }

    @Test
    void circlesAreParsedStrictly() {
        assertEquals(new CurlDiagnosis.Circle(1, -2, 0.5), CurlDiagnosis.Circle.parse("1,-2,0.5"));
        assertThrows(IllegalArgumentException.class, () -> CurlDiagnosis.Circle.parse("1,2"));
        assertThrows(IllegalArgumentException.class, () -> CurlDiagnosis.Circle.parse("1,2,0"));
        assertThrows(IllegalArgumentException.class, () -> CurlDiagnosis.Circle.parse("1,2,x"));
        assertThrows(IllegalArgumentException.class, () -> CurlDiagnosis.Circle.parse("1,NaN,1"));
    }

    @Test
    void divergingPaletteIsNearWhiteAtZero() {
        int mid = CurlDiagnosis.diverging(0);
        for (int shift : new int[] {0, 8, 16}) {
            assertTrue(((mid >> shift) & 255) >= 0xF0, "near-white at zero: " + Integer.toHexString(mid));
        }
        assertTrue(((CurlDiagnosis.diverging(1) >> 16) & 255) > (CurlDiagnosis.diverging(1) & 255), "positive is red");
        assertTrue((CurlDiagnosis.diverging(-1) & 255) > ((CurlDiagnosis.diverging(-1) >> 16) & 255), "negative is blue");
    }
}
