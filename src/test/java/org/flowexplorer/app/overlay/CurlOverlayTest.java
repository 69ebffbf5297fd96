package org.flowexplorer.app.overlay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.flowexplorer.app.window.ExplorerController;
import org.flowexplorer.app.window.ExplorerWindow;
import org.flowexplorer.app.window.WindowFixture;
import org.flowexplorer.core.experiment.CurlDiagnosis;
import org.flowexplorer.core.experiment.CurlDiagnosis.Circle;
import org.flowexplorer.core.flow.FlowKind;
import org.flowexplorer.core.flow.FlowSpec;
import org.flowexplorer.core.io.PresetLibrary;
import org.flowexplorer.core.math.ParallelRunner;
import org.flowexplorer.core.sim.RunConfig;
import org.flowexplorer.core.sim.Snapshot;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The curl overlay, its circles and the NN histogram window on headless Monocle. */
class CurlOverlayTest {
    private ExplorerWindow window;
    private ExplorerController c;

    @RegisterExtension
    final WindowFixture w = WindowFixture.small(300);
    private final FxRobot robot = new FxRobot();

    @BeforeEach
    void controller() {
        window = w.window();
        c = w.c();
    }

    private void selectFlow(FlowKind k) throws Exception {
        WindowFixture.fx(() -> {
            c.dynamicsPanel().selectFlow(k);
            return null;
        });
    }

    private void curlOn() throws Exception {
        WindowFixture.fx(() -> {
            c.dataPanel().curlCheck().setSelected(true);
            return null;
        });
    }

    private CurlSample waitForCurl(FlowKind k, int circles) {
        WindowFixture.until("a curl measurement of " + k, () -> {
            CurlSample s = c.curlOverlay().latest();
            return s != null && s.request().spec().kind() == k && s.circles().size() == circles;
        });
        return c.curlOverlay().latest();
    }

    private FieldReadout waitForReadout(FlowKind k) {
        WindowFixture.until("field diagnostics of " + k, () -> {
            FieldReadout r = c.curlOverlay().latestReadout();
            return r != null && r.request().spec().kind() == k;
        });
        return c.curlOverlay().latestReadout();
    }

    @Test
    void svgdHasCurlAndSdReadsRoundingLevel() throws Exception {
        selectFlow(FlowKind.SVGD);
        curlOn();
        waitForCurl(FlowKind.SVGD, 0);
        FieldReadout svgd = waitForReadout(FlowKind.SVGD);
        assertTrue(svgd.diagnostics().relativeCurl() > 1e-2, "SVGD relative curl " + svgd.diagnostics().relativeCurl());
        String text = WindowFixture.fx(() -> c.dataPanel().curlReadout().getText());
        assertTrue(text.startsWith("relative curl " + CurlOverlay.fmt(svgd.diagnostics().relativeCurl())), text);
        WindowFixture.until("the heat map on the canvas", () -> hasRedOrBluePixel());

        selectFlow(FlowKind.SD);
        FieldReadout sd = waitForReadout(FlowKind.SD);
        assertTrue(sd.diagnostics().relativeCurl() < 1e-3, "SD relative curl " + sd.diagnostics().relativeCurl());
        String want = "relative curl " + CurlOverlay.fmt(sd.diagnostics().relativeCurl());
        WindowFixture.until("the SD read-out", () -> {
            try {
                return WindowFixture.fx(() -> c.dataPanel().curlReadout().getText()).startsWith(want);
            } catch (Exception e) {
                return false;
            }
        });
    }

    private boolean hasRedOrBluePixel() {
        try {
            return WindowFixture.fx(() -> {
                int[] px = c.canvas().frame().pixels();
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

    @Test
    void circleShowsTheCirculationComputedDirectly() throws Exception {
        selectFlow(FlowKind.SVGD);
        curlOn();
        Circle circle = new Circle(0.5, -0.25, 1.5);
        WindowFixture.fx(() -> {
            c.curlOverlay().addCircle(circle);
            return null;
        });
        CurlSample m = waitForCurl(FlowKind.SVGD, 1);
        Snapshot s = m.request().snapshot();
        try (ParallelRunner runner = new ParallelRunner(1)) {
            CurlDiagnosis.Result direct = CurlDiagnosis.compute("svgd", s.step(), FlowSpec.of(FlowKind.SVGD),
                    s.positions(), s.targets().points(), s.nextSigma(), null, 2, List.of(circle), runner);
            double expected = direct.circles().get(0).circulation();
            double got = m.circles().get(0).circulation();
            assertTrue(Math.abs(expected) > 1e-6, "a circulation worth comparing: " + expected);
            assertEquals(expected, got, 1e-9 * Math.abs(expected));
            assertEquals(direct.circles().get(0).speedIntegral(), m.circles().get(0).speedIntegral(),
                    1e-9 * direct.circles().get(0).speedIntegral());
            FieldReadout f = waitForReadout(FlowKind.SVGD);
            Snapshot fs = f.request().snapshot();
            CurlDiagnosis.Result atReadout = fs == s ? direct : CurlDiagnosis.compute("svgd", fs.step(),
                    FlowSpec.of(FlowKind.SVGD), fs.positions(), fs.targets().points(), fs.nextSigma(), null, 2,
                    List.of(), runner);
            assertEquals(atReadout.diagnostics().relativeCurl(), f.diagnostics().relativeCurl(),
                    1e-9 * atReadout.diagnostics().relativeCurl());
            assertEquals(atReadout.diagnostics().circulation(), f.diagnostics().circulation(),
                    1e-9 * atReadout.diagnostics().circulation());
            String want = CurlOverlay.circleText(direct.circles().get(0));
            WindowFixture.until("the circle's label", () -> {
                try {
                    return WindowFixture.fx(() -> {
                        Label l = (Label) c.canvasHolder().lookup("#curlCircleLabel-0");
                        return l != null && l.getText().equals(want);
                    });
                } catch (Exception e) {
                    return false;
                }
            });
        }
    }

    @Test
    void ctrlDragDrawsACircleAndEscapeClearsIt() throws Exception {
        curlOn();
        WindowFixture.until("a first measurement", () -> c.curlOverlay().latest() != null);
        robot.moveTo("#particleCanvas");
        robot.press(KeyCode.CONTROL).press(MouseButton.PRIMARY).moveBy(60, 0).release(MouseButton.PRIMARY)
                .release(KeyCode.CONTROL);
        WindowFixture.until("a circle", () -> c.curlOverlay().circles().size() == 1);
        Circle drawn = c.curlOverlay().circles().get(0);
        double scale = WindowFixture.fx(() -> c.canvas().view().scale());
        assertEquals(60 / scale, drawn.r(), 3 / scale);
        WindowFixture.until("the circle's integrals", () -> {
            CurlSample s = c.curlOverlay().latest();
            return s != null && s.circles().size() == 1;
        });
        robot.type(KeyCode.ESCAPE);
        WindowFixture.until("no circles", () -> c.curlOverlay().circles().isEmpty());
    }

    @Test
    void nnHistogramShowsBothSeriesWithAllCounts() throws Exception {
        WindowFixture.fx(() -> {
            c.dataPanel().nnButton().fire();
            return null;
        });
        WindowFixture.until("the histograms", () -> c.nnWindow().latest() != null);
        NnCounts counts = c.nnWindow().latest();
        double particles = WindowFixture.fx(() -> sum(c.nnWindow().particleSeries()));
        double targets = WindowFixture.fx(() -> sum(c.nnWindow().targetSeries()));
        assertEquals(300, particles, 0);
        assertEquals(300, targets, 0);
        assertEquals(NnCounts.BINS, counts.particleCounts().length);
        assertNotNull(WindowFixture.fx(() -> c.nnWindow().particleSeries().getChart()));
        assertEquals(2, (int) WindowFixture.fx(() -> c.nnWindow().particleSeries().getChart().getData().size()));
    }

    private static double sum(javafx.scene.chart.XYChart.Series<Number, Number> s) {
        return s.getData().stream().mapToDouble(d -> d.getYValue().doubleValue()).sum();
    }
}
