package org.flowexplorer.app.overlay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.flowexplorer.app.window.ExplorerController;
import org.flowexplorer.app.window.ExplorerWindow;
import org.flowexplorer.app.window.FxWait;
import org.flowexplorer.core.experiment.curl.CurlDiagnosis;
import org.flowexplorer.core.flow.FlowKind;
import org.flowexplorer.core.flow.FlowSpec;
import org.flowexplorer.core.io.PresetLibrary;
import org.flowexplorer.core.math.ParallelRunner;
import org.flowexplorer.core.metric.field.FieldCircle;
import org.flowexplorer.core.sim.RunConfig;
import org.flowexplorer.core.sim.Snapshot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The curl overlay, its circles and the NN histogram window on headless Monocle. */
@ExtendWith(ApplicationExtension.class)
class CurlOverlayTest {
    private ExplorerWindow window;
    private ExplorerController c;

    @Start
    void start(Stage stage) {
        PresetLibrary presets = new PresetLibrary();
        RunConfig small = presets.require(ExplorerWindow.FIRST_PRESET).config().withSizes(300, 300);
        window = ExplorerWindow.open(stage, small, presets, 1280, 800);
        c = window.controller();
    }

    @AfterEach
    void stop() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> window.stage().close()).get(5, TimeUnit.SECONDS);
    }

    private void selectFlow(FlowKind k) throws Exception {
        FxWait.fx(() -> {
            c.dynamicsPanel().selectFlow(k);
            return null;
        });
    }

    private void curlOn() throws Exception {
        FxWait.fx(() -> {
            c.dataPanel().curlCheck().setSelected(true);
            return null;
        });
    }

    private CurlSample waitForCurl(FlowKind k, int circles) {
        FxWait.until("a curl measurement of " + k, () -> {
            CurlSample s = c.curlOverlay().latest();
            return s != null && s.request().spec().kind() == k && s.circles().size() == circles;
        });
        return c.curlOverlay().latest();
    }

    private FieldReadout waitForReadout(FlowKind k) {
        FxWait.until("field diagnostics of " + k, () -> {
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
        String text = FxWait.fx(() -> c.dataPanel().curlReadout().getText());
        assertTrue(text.startsWith("relative curl " + CurlOverlay.fmt(svgd.diagnostics().relativeCurl())), text);
        FxWait.until("the heat map on the canvas", () -> hasRedOrBluePixel());

        selectFlow(FlowKind.SD);
        FieldReadout sd = waitForReadout(FlowKind.SD);
        assertTrue(sd.diagnostics().relativeCurl() < 1e-3, "SD relative curl " + sd.diagnostics().relativeCurl());
        String want = "relative curl " + CurlOverlay.fmt(sd.diagnostics().relativeCurl());
        FxWait.until("the SD read-out", () -> {
            try {
                return FxWait.fx(() -> c.dataPanel().curlReadout().getText()).startsWith(want);
            } catch (Exception e) {
                return false;
            }
        });
    }

    private boolean hasRedOrBluePixel() {
        try {
            return FxWait.fx(() -> {
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
        FieldCircle circle = new FieldCircle(0.5, -0.25, 1.5);
        FxWait.fx(() -> {
            c.curlOverlay().addCircle(circle);
            return null;
        });
        CurlSample m = waitForCurl(FlowKind.SVGD, 1);
        Snapshot s = m.request().snapshot();
        try (ParallelRunner runner = new ParallelRunner(1)) {
            CurlDiagnosis direct = CurlDiagnosis.of("svgd", s, FlowSpec.of(FlowKind.SVGD), null, 2, List.of(circle),
                    runner);
            double expected = direct.circles().get(0).circulation();
            double got = m.circles().get(0).circulation();
            assertTrue(Math.abs(expected) > 1e-6, "a circulation worth comparing: " + expected);
            assertEquals(expected, got, 1e-9 * Math.abs(expected));
            assertEquals(direct.circles().get(0).speedIntegral(), m.circles().get(0).speedIntegral(),
                    1e-9 * direct.circles().get(0).speedIntegral());
            FieldReadout f = waitForReadout(FlowKind.SVGD);
            Snapshot fs = f.request().snapshot();
            CurlDiagnosis atReadout = fs == s ? direct : CurlDiagnosis.of("svgd", fs, FlowSpec.of(FlowKind.SVGD),
                    null, 2, List.of(), runner);
            assertEquals(atReadout.diagnostics().relativeCurl(), f.diagnostics().relativeCurl(),
                    1e-9 * atReadout.diagnostics().relativeCurl());
            assertEquals(atReadout.diagnostics().circulation(), f.diagnostics().circulation(),
                    1e-9 * atReadout.diagnostics().circulation());
            String want = CurlOverlay.circleText(direct.circles().get(0));
            FxWait.until("the circle's label", () -> {
                try {
                    return FxWait.fx(() -> {
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
    void ctrlDragDrawsACircleAndEscapeClearsIt(FxRobot robot) throws Exception {
        curlOn();
        FxWait.until("a first measurement", () -> c.curlOverlay().latest() != null);
        robot.moveTo("#particleCanvas");
        robot.press(KeyCode.CONTROL).press(MouseButton.PRIMARY).moveBy(60, 0).release(MouseButton.PRIMARY)
                .release(KeyCode.CONTROL);
        FxWait.until("a circle", () -> c.curlOverlay().circles().size() == 1);
        FieldCircle drawn = c.curlOverlay().circles().get(0);
        double scale = FxWait.fx(() -> c.canvas().view().scale());
        assertEquals(60 / scale, drawn.r(), 3 / scale);
        FxWait.until("the circle's integrals", () -> {
            CurlSample s = c.curlOverlay().latest();
            return s != null && s.circles().size() == 1;
        });
        robot.type(KeyCode.ESCAPE);
        FxWait.until("no circles", () -> c.curlOverlay().circles().isEmpty());
    }

    @Test
    void nnHistogramShowsBothSeriesWithAllCounts() throws Exception {
        FxWait.fx(() -> {
            c.dataPanel().nnButton().fire();
            return null;
        });
        FxWait.until("the histograms", () -> c.nnWindow().latest() != null);
        NnCounts counts = c.nnWindow().latest();
        double particles = FxWait.fx(() -> sum(c.nnWindow().particleSeries()));
        double targets = FxWait.fx(() -> sum(c.nnWindow().targetSeries()));
        assertEquals(300, particles, 0);
        assertEquals(300, targets, 0);
        assertEquals(NnCounts.BINS, counts.particleCounts().length);
        assertNotNull(FxWait.fx(() -> c.nnWindow().particleSeries().getChart()));
        assertEquals(2, (int) FxWait.fx(() -> c.nnWindow().particleSeries().getChart().getData().size()));
    }

    private static double sum(javafx.scene.chart.XYChart.Series<Number, Number> s) {
        return s.getData().stream().mapToDouble(d -> d.getYValue().doubleValue()).sum();
    }
}
