package org.flowexplorer.app.overlay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.flowexplorer.app.window.WindowFixture;
import org.flowexplorer.core.flow.FlowKind;
import org.flowexplorer.core.flow.FlowSpec;
import org.flowexplorer.core.flow.VelocityField;
import org.flowexplorer.core.io.PresetLibrary;
import org.flowexplorer.core.math.ParallelRunner;
import org.flowexplorer.core.metric.field.FieldCircle;
import org.flowexplorer.core.sim.RunConfig;
import org.flowexplorer.core.sim.Snapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The curl overlay, its circles and the NN histogram window on headless Monocle. */
class CurlOverlayTest {

    @RegisterExtension
    final WindowFixture w = WindowFixture.small(300);

    private void selectFlow(FlowKind k) throws Exception {
        WindowFixture.fx(() -> {
            w.c().dynamicsPanel().selectFlow(k);
            return null;
        });
    }

    private void curlOn() throws Exception {
        WindowFixture.fx(() -> {
            w.c().dataPanel().curlCheck().setSelected(true);
            return null;
        });
    }

    private CurlSample waitForCurl(FlowKind k, int circles) {
        WindowFixture.until("a curl measurement of " + k, () -> {
            CurlSample s = w.c().curlOverlay().latest();
            return s != null && s.request().spec().kind() == k && s.circles().size() == circles;
        });
        return w.c().curlOverlay().latest();
    }

    private FieldReadout waitForReadout(FlowKind k) {
        WindowFixture.until("field diagnostics of " + k, () -> {
            FieldReadout r = w.c().curlOverlay().latestReadout();
            return r != null && r.request().spec().kind() == k;
        });
        return w.c().curlOverlay().latestReadout();
    }

    @Test
    void svgdHasCurlAndSdReadsRoundingLevel() throws Exception {
        selectFlow(FlowKind.SVGD);
        curlOn();
        waitForCurl(FlowKind.SVGD, 0);
        FieldReadout svgd = waitForReadout(FlowKind.SVGD);
        assertTrue(svgd.diagnostics().relativeCurl() > 1e-2, "SVGD relative curl " + svgd.diagnostics().relativeCurl());
        String text = WindowFixture.fx(() -> w.c().dataPanel().curlReadout().getText());
        assertTrue(text.startsWith("relative curl " + CurlOverlay.fmt(svgd.diagnostics().relativeCurl())), text);
        WindowFixture.until("the heat map on the canvas", () -> hasRedOrBluePixel());

        selectFlow(FlowKind.SD);
        FieldReadout sd = waitForReadout(FlowKind.SD);
        assertTrue(sd.diagnostics().relativeCurl() < 1e-3, "SD relative curl " + sd.diagnostics().relativeCurl());
        String want = "relative curl " + CurlOverlay.fmt(sd.diagnostics().relativeCurl());
        WindowFixture.until("the SD read-out", () -> {
            try {
                return WindowFixture.fx(() -> w.c().dataPanel().curlReadout().getText()).startsWith(want);
            } catch (Exception e) {
                return false;
            }
        });
    }

    private boolean hasRedOrBluePixel() {
        try {
            return WindowFixture.fx(() -> {
                int[] px = w.c().canvas().frame().pixels();
                for (int p : px) {
                    int r = (p >> 16) & 255;
                    int b = p & 255;
                    if (Math.abs(r - b) > 40 && ((p >> 8) & 255) < 230) {
                        return true;
                    }
                }
                return false;
            });
        } catch (Exception e) {
            return false;
        }
    }

    /**
     * The overlay's numbers against an independent computation from the flow's field: ∮ v·dl by a
     * 4096-point midpoint rule (the overlay uses 256 arcs; for this smooth periodic integrand the
     * two agree to about 1e-9, asserted to 1e-6), and the read-out's relative curl from central
     * differences with δ = 1e-4 σ at the same 64 probes (the overlay uses 1e-3 σ; O(δ²) apart).
     */
    @Test
    void circleAndReadOutAgreeWithAnIndependentQuadratureOfTheField() throws Exception {
        selectFlow(FlowKind.SVGD);
        curlOn();
        FieldCircle circle = new FieldCircle(0.5, -0.25, 1.5);
        WindowFixture.run(() -> w.c().curlOverlay().addCircle(circle));
        CurlSample m = waitForCurl(FlowKind.SVGD, 1);
        Snapshot s = m.request().snapshot();
        try (ParallelRunner runner = new ParallelRunner(1)) {
            VelocityField v = FlowSpec.of(FlowKind.SVGD).create().field(s.positions(), s.targets().points(),
                    m.request().sigma(), runner);
            double[] ring = ringIntegrals(v, circle.x(), circle.y(), circle.r(), 4096);
            assertTrue(Math.abs(ring[0]) > 1e-6, "a circulation worth comparing: " + ring[0]);
            assertEquals(ring[0], m.circles().get(0).circulation(), 1e-6 * Math.abs(ring[0]));
            assertEquals(ring[1], m.circles().get(0).speedIntegral(), 1e-4 * ring[1]);

            FieldReadout f = waitForReadout(FlowKind.SVGD);
            Snapshot fs = f.request().snapshot();
            VelocityField fv = FlowSpec.of(FlowKind.SVGD).create().field(fs.positions(), fs.targets().points(),
                    f.request().sigma(), runner);
            assertEquals(relativeCurl(fv, fs.positions(), f.request().sigma()), f.diagnostics().relativeCurl(),
                    1e-4 * f.diagnostics().relativeCurl());
        }
        String want = CurlOverlay.circleText(m.circles().get(0));
        WindowFixture.untilFx("the circle's label", () -> {
            Label l = (Label) w.c().canvasHolder().lookup("#curlCircleLabel-0");
            return l != null && l.getText().equals(want);
        });
    }

    /** {∮ v·dl, ∮ ‖v‖ dl} counter-clockwise around a circle, midpoint rule with {@code n} points. */
    private static double[] ringIntegrals(VelocityField v, double cx, double cy, double r, int n) {
        double along = 0;
        double length = 0;
        for (int k = 0; k < n; k++) {
            double t = 2 * Math.PI * (k + 0.5) / n;
            double[] u = v.at(cx + r * Math.cos(t), cy + r * Math.sin(t));
            along += (-u[0] * Math.sin(t) + u[1] * Math.cos(t)) * r * 2 * Math.PI / n;
            length += Math.hypot(u[0], u[1]) * r * 2 * Math.PI / n;
        }
        return new double[] {along, length};
    }

    /** mean |∂v_y/∂x − ∂v_x/∂y| / mean ‖J‖_F at the 64 evenly strided particles, δ = 1e-4 σ. */
    private static double relativeCurl(VelocityField v, org.flowexplorer.core.math.PointSet p, double sigma) {
        int n = p.size();
        int probes = Math.min(CurlSampler.PROBES, n);
        double h = 1e-4 * sigma;
        double curl = 0;
        double frob = 0;
        for (int k = 0; k < probes; k++) {
            int i = (int) ((long) k * n / probes);
            double x = p.get(i, 0);
            double y = p.get(i, 1);
            double[] xp = v.at(x + h, y);
            double[] xm = v.at(x - h, y);
            double[] yp = v.at(x, y + h);
            double[] ym = v.at(x, y - h);
            double jxx = (xp[0] - xm[0]) / (2 * h);
            double jyx = (xp[1] - xm[1]) / (2 * h);
            double jxy = (yp[0] - ym[0]) / (2 * h);
            double jyy = (yp[1] - ym[1]) / (2 * h);
            curl += Math.abs(jyx - jxy);
            frob += Math.sqrt(jxx * jxx + jxy * jxy + jyx * jyx + jyy * jyy);
        }
        return curl / frob;
    }

    /**
     * κ = 3 at η = 0.5 (unstable: η(1 + κ²) = 5) with the curl heat map on: every particle inside the
     * view is drawn over the heat map in the particle colour; once a step is rejected, the overlay
     * stops with the run and says so.
     */
    @Test
    void theHeatMapNeverHidesParticlesAndPausesWithARejectedRun() throws Exception {
        WindowFixture.run(() -> {
            w.c().dynamicsModel().setEta(0.5);
            w.c().dynamicsModel().setCurl(3);
            w.c().dataPanel().curlCheck().setSelected(true);
            w.c().worker().play();
        });
        WindowFixture.until("40 steps with a heat map", () -> w.c().worker().latest().step() >= 40
                && w.c().curlOverlay().latest() != null);
        WindowFixture.await(w.c().worker().pause());
        WindowFixture.untilFx("the heat map drawn", () -> w.c().canvas().drawn() == w.c().worker().latest()
                && hasRedOrBluePixel());
        int[] seen = WindowFixture.fx(this::particlePixels);
        assertTrue(seen[1] > 0, "particles inside the view");
        assertEquals(seen[1], seen[0], "particles drawn in their colour over the heat map");

        var p = w.c().worker().latest().parameters();
        WindowFixture.run(() -> w.c().worker().setParameters(p.withEta(1e300).withSchedule(p.schedule().withSigmaMax(1e200))));
        w.robot().type(javafx.scene.input.KeyCode.RIGHT);
        WindowFixture.until("a rejected step", () -> w.c().worker().latest().paused());
        WindowFixture.untilFx("the overlay paused", () -> w.c().dataPanel().curlReadout().getText().contains("paused"));
        CurlSample last = w.c().curlOverlay().latest();
        WindowFixture.run(() -> w.c().canvas().invalidate());
        WindowFixture.untilFx("a few more frames", () -> w.c().canvas().drawn() == w.c().worker().latest());
        assertSame(last, w.c().curlOverlay().latest(), "no new measurement of a run that stopped");
    }

    private static boolean near(int a, int b) {
        for (int shift = 0; shift <= 16; shift += 8) {
            if (Math.abs((a >> shift & 255) - (b >> shift & 255)) > 24) {
                return false;
            }
        }
        return true;
    }

    /** {particles drawn in the particle colour at their pixel, particles inside the view}. */
    private int[] particlePixels() {
        Snapshot s = w.c().canvas().drawn();
        org.flowexplorer.core.render.paint.FrameBuffer fb = w.c().canvas().frame();
        int colour = org.flowexplorer.core.render.paint.Palette.uniform(w.c().canvas().options().darkBackground());
        int inside = 0;
        int drawn = 0;
        for (int i = 0; i < s.positions().size(); i++) {
            double[] px = w.c().canvas().drawnView().toScreen(s.positions().get(i, 0), s.positions().get(i, 1), fb.width(),
                    fb.height());
            int x = (int) Math.floor(px[0]);
            int y = (int) Math.floor(px[1]);
            if (x < 2 || y < 2 || x >= fb.width() - 2 || y >= fb.height() - 2) {
                continue;
            }
            inside++;
            if (near(fb.pixels()[y * fb.width() + x], colour)) {
                drawn++;
            }
        }
        return new int[] {drawn, inside};
    }

    @Test
    void ctrlDragDrawsACircleAndEscapeClearsIt() throws Exception {
        curlOn();
        WindowFixture.until("a first measurement", () -> w.c().curlOverlay().latest() != null);
        w.robot().moveTo("#particleCanvas");
        w.robot().press(KeyCode.CONTROL).press(MouseButton.PRIMARY).moveBy(60, 0).release(MouseButton.PRIMARY)
                .release(KeyCode.CONTROL);
        WindowFixture.until("a circle", () -> w.c().curlOverlay().circles().size() == 1);
        FieldCircle drawn = w.c().curlOverlay().circles().get(0);
        double scale = WindowFixture.fx(() -> w.c().canvas().view().scale());
        assertEquals(60 / scale, drawn.r(), 3 / scale);
        WindowFixture.until("the circle's integrals", () -> {
            CurlSample s = w.c().curlOverlay().latest();
            return s != null && s.circles().size() == 1;
        });
        w.robot().type(KeyCode.ESCAPE);
        WindowFixture.until("no circles", () -> w.c().curlOverlay().circles().isEmpty());
    }

    @Test
    void nnHistogramShowsBothSeriesWithAllCounts() throws Exception {
        WindowFixture.fx(() -> {
            w.c().dataPanel().nnButton().fire();
            return null;
        });
        WindowFixture.until("the histograms", () -> w.c().nnWindow().latest() != null);
        NnCounts counts = w.c().nnWindow().latest();
        double particles = WindowFixture.fx(() -> sum(w.c().nnWindow().particleSeries()));
        double targets = WindowFixture.fx(() -> sum(w.c().nnWindow().targetSeries()));
        assertEquals(300, particles, 0);
        assertEquals(300, targets, 0);
        assertEquals(NnCounts.BINS, counts.particleCounts().length);
        assertNotNull(WindowFixture.fx(() -> w.c().nnWindow().particleSeries().getChart()));
        assertEquals(2, (int) WindowFixture.fx(() -> w.c().nnWindow().particleSeries().getChart().getData().size()));
    }

    private static double sum(javafx.scene.chart.XYChart.Series<Number, Number> s) {
        return s.getData().stream().mapToDouble(d -> d.getYValue().doubleValue()).sum();
    }
}
