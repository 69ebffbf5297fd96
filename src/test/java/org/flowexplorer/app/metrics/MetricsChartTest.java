package org.flowexplorer.app.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.geometry.Side;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.flowexplorer.app.window.WindowFixture;
import org.flowexplorer.core.data.Dataset;
import org.flowexplorer.core.data.Mixture;
import org.flowexplorer.core.math.PointSet;
import org.flowexplorer.core.sim.MetricsRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The metrics chart has two labelled y axes: log₁₀ MMD² and SW2 on the left, the fractions (modes
 * covered, in mode) on the right, 0 to 1, over one plot area. Fails on the chart before (commit
 * 3633163), which put all four lines on one axis labelled "log₁₀ · fraction".
 */
@ExtendWith(ApplicationExtension.class)
class MetricsChartTest {
    private MetricsChart chart;
    private Stage stage;

    @Start
    void start(Stage s) {
        stage = s;
        chart = new MetricsChart();
        s.setScene(new Scene(new StackPane(chart.node()), 320, 220));
        s.sizeToScene();
        s.show();
    }

    @AfterEach
    void stop() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> stage.close()).get(5, TimeUnit.SECONDS);
    }

    @Test
    void logValuesAndFractionsHaveTheirOwnLabelledAxisOverOnePlotArea() {
        PointSet means = PointSet.ofRows(new double[][] {{0, 0}, {4, 0}, {0, 4}, {4, 4}});
        Dataset data = new Dataset("four", means, new Mixture(means, 0.1));
        WindowFixture.fx(() -> {
            for (int k = 0; k <= 20; k++) {
                chart.add(new MetricsSample(data, new MetricsRow(10L * k, 1, Math.pow(10, -1 - k / 5.0), 2.0 / (k + 1),
                        Math.min(4, k / 4), Math.min(1, k / 20.0), 1.0), 100));
            }
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Side.LEFT, chart.logAxis().getSide());
        assertEquals(Side.RIGHT, chart.fractionAxis().getSide());
        assertTrue(chart.logAxis().getLabel().contains("MMD²"), chart.logAxis().getLabel());
        assertTrue(chart.fractionAxis().getLabel().contains("fraction"), chart.fractionAxis().getLabel());
        assertNotEquals(chart.logAxis().getLabel(), chart.fractionAxis().getLabel());
        assertEquals(0, chart.fractionAxis().getLowerBound());
        assertEquals(1, chart.fractionAxis().getUpperBound());
        // the axes range themselves at the next layout pulse, which a busy machine may not have run yet
        WindowFixture.untilFx("the log axis to span the MMD² decades (lower bound ≤ −5)",
                () -> chart.logAxis().getLowerBound() <= -5);
        assertEquals(21, chart.series(false).get(1).getData().size(), "fractions on the right axis");
        assertEquals(0.5, chart.series(false).get(1).getData().get(10).getYValue().doubleValue(), 1e-12);
        Bounds[] plots = WindowFixture.fx(() -> chart.node().lookupAll(".chart-plot-background").stream()
                .map(n -> n.localToScene(n.getBoundsInLocal())).toArray(Bounds[]::new));
        assertEquals(2, plots.length);
        assertEquals(plots[0].getMinX(), plots[1].getMinX(), 1.0, "the two plot areas coincide");
        assertEquals(plots[0].getMaxX(), plots[1].getMaxX(), 1.0);
        assertEquals(plots[0].getMinY(), plots[1].getMinY(), 1.0);
        assertEquals(plots[0].getMaxY(), plots[1].getMaxY(), 1.0);
        double width = WindowFixture.fx(() -> chart.node().getScene().getWidth());
        for (Node axis : new Node[] {chart.logAxis(), chart.fractionAxis()}) {
            Bounds b = WindowFixture.fx(() -> axis.localToScene(axis.getBoundsInLocal()));
            assertTrue(b.getWidth() > 20 && b.getMaxX() <= width + 1 && b.getMinX() >= -1, "axis inside the chart: " + b);
        }
    }
}
