package org.flowexplorer.core.experiment.curl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.flowexplorer.core.experiment.Runs;
import org.flowexplorer.core.flow.FlowKind;
import org.flowexplorer.core.flow.FlowSpec;
import org.flowexplorer.core.math.ParallelRunner;
import org.flowexplorer.core.metric.field.FieldCircle;
import org.flowexplorer.core.metric.field.FieldGrid;
import org.flowexplorer.core.sim.FlowParameters;
import org.flowexplorer.core.sim.RunConfig;
import org.flowexplorer.core.sim.Snapshot;
import org.junit.jupiter.api.Test;

/** Gradient fields have no curl; SVGD and a curl term do (WGF paper, algorithms.md §6). */
class CurlDiagnosisTest {
    /** Each flow is diagnosed at step 60 of its own run (N = M = 200), as the diagnose command does. */
    private static CurlDiagnosis diagnose(FlowSpec spec) {
        FlowParameters p = FlowParameters.defaults(spec.kind()).withRho(spec.rho()).withCurl(spec.curl());
        Snapshot state = Runs.advance(new RunConfig("25gaussians", "offset", 200, 200, 3, 60, p), 60, 2);
        assertEquals(60, state.step());
        try (ParallelRunner r = new ParallelRunner(2)) {
            return CurlDiagnosis.of(spec.kind().id(), state, spec, null, 12, List.of(new FieldCircle(1, -1, 0.7)), r);
        }
    }

    @Test
    void gradientFlowsHaveRoundingLevelCurl() {
        for (FlowSpec spec : List.of(FlowSpec.of(FlowKind.SD), FlowSpec.of(FlowKind.MMD), FlowSpec.of(FlowKind.LANGEVIN),
                new FlowSpec(FlowKind.DIFFFLOW, 0.5, null, null, 0.0))) {
            CurlDiagnosis r = diagnose(spec);
            assertTrue(r.diagnostics().relativeCurl() < 1e-3, spec + ": " + r.diagnostics().relativeCurl());
            assertTrue(r.diagnostics().circulation() < 1e-6, spec + ": " + r.diagnostics().circulation());
            assertTrue(r.grid().relativeCurl() < 1e-3, spec + " grid: " + r.grid().relativeCurl());
            assertTrue(r.circles().get(0).normalized() < 1e-6, spec + " circle: " + r.circles().get(0).normalized());
        }
    }

    @Test
    void svgdAndTheCurlTermAreNotGradientFields() {
        CurlDiagnosis svgd = diagnose(FlowSpec.of(FlowKind.SVGD));
        assertTrue(svgd.diagnostics().relativeCurl() > 0.1, "SVGD " + svgd.diagnostics().relativeCurl());
        assertTrue(svgd.grid().relativeCurl() > 0.1, "SVGD grid " + svgd.grid().relativeCurl());
        CurlDiagnosis lk = diagnose(new FlowSpec(FlowKind.LANGEVIN, 0, null, null, 2.0));
        assertTrue(lk.diagnostics().relativeCurl() > 0.5, "Langevin κ=2 " + lk.diagnostics().relativeCurl());
        assertTrue(lk.diagnostics().circulation() > 0.1, "Langevin κ=2 circulation " + lk.diagnostics().circulation());
    }

    /** Stokes: the circle integral equals the grid curl integrated over the disc (κ = 2 Langevin field). */
    @Test
    void circleIntegralMatchesTheGridCurlOverTheDisc() {
        FlowParameters p = FlowParameters.defaults(FlowKind.LANGEVIN).withCurl(2.0).withEta(0.2);
        Snapshot state = Runs.advance(new RunConfig("25gaussians", "offset", 100, 200, 1, 20, p), 20, 2);
        CurlDiagnosis r;
        try (ParallelRunner runner = new ParallelRunner(2)) {
            r = CurlDiagnosis.of("stokes", state, p.flowSpec(), new double[] {-3, 3, -3, 3}, 121,
                    List.of(new FieldCircle(2, -2, 0.7)), runner);
        }
        FieldGrid g = r.grid();
        double cell = 6.0 / 120;
        double disc = 0;
        for (int j = 0; j < g.ny(); j++) {
            for (int i = 0; i < g.nx(); i++) {
                double dx = g.x(i) - 2;
                double dy = g.y(j) + 2;
                if (dx * dx + dy * dy <= 0.49) {
                    disc += g.curl()[j * g.nx() + i] * cell * cell;
                }
            }
        }
        double line = r.circles().get(0).circulation();
        assertTrue(Math.abs(line) > 0.1, "non-trivial circulation " + line);
        assertEquals(line, disc, 0.05 * Math.abs(line), "Stokes");
    }

    @Test
    void reportHasTheHeatMapTheGridAndTheJson() {
        CurlDiagnosis r = diagnose(FlowSpec.of(FlowKind.SVGD));
        var report = CurlDiagnosisReport.of(r);
        assertEquals(List.of("curl.png", "curl.csv", "diagnostics.json"), report.fileNames());
        assertTrue(report.summary().get(0).contains("relative_curl"), report.summary().get(0));
    }
}
