package org.flowexplorer.app.overlay;

import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.chart.AreaChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.flowexplorer.app.run.ThrottledTask;
import org.flowexplorer.core.math.ParallelRunner;
import org.flowexplorer.core.sim.Snapshot;

/**
 * "NN histogram…": a small window with the overlaid nearest-neighbour histograms of the shown
 * snapshot ({@link NnCounts}): particle → nearest target and target → nearest other target. When
 * the particles sit on the targets' manifold the two histograms agree; particles that missed it
 * give a long right tail. Recomputed off the FX thread, at most twice a second and only for a new
 * snapshot, while the window is showing.
 */
public final class NnHistogramWindow implements AutoCloseable {
    private final Node owner;
    private final ParallelRunner runner = new ParallelRunner(1);
    private final ThrottledTask<Snapshot, NnCounts> task;
    private final XYChart.Series<Number, Number> particles = new XYChart.Series<>();
    private final XYChart.Series<Number, Number> targets = new XYChart.Series<>();
    private final Label caption = new Label("computing…");
    private Stage stage;
    private NnCounts latest;

    /**
     * @param owner  a node of the main window (the dialog is owned by its window)
     * @param errors shows a failed measurement (the notification bar)
     */
    public NnHistogramWindow(Node owner, java.util.function.Consumer<String> errors) {
        this.owner = owner;
        this.task = new ThrottledTask<>("NN histogram", 2.0, s -> NnCounts.of(s, runner), (a, b) -> a == b, errors);
    }

    /** Opens (or brings to front) the window. */
    public void show() {
        if (stage == null) {
            stage = build();
        }
        task.invalidate();
        stage.show();
        stage.toFront();
    }

    public boolean showing() {
        return stage != null && stage.isShowing();
    }

    /** The chart's two series: particle → target, target → target (counts per bin). */
    public XYChart.Series<Number, Number> particleSeries() {
        return particles;
    }

    public XYChart.Series<Number, Number> targetSeries() {
        return targets;
    }

    /** The newest histograms shown, or null. */
    public NnCounts latest() {
        return latest;
    }

    /** One frame: offer the shown snapshot and show a finished result. FX thread. */
    public void pulse(Snapshot s, long now) {
        if (!showing()) {
            return;
        }
        task.offer(s, now);
        NnCounts c = task.poll();
        if (c != null) {
            latest = c;
            fill(particles, c, c.particleCounts());
            fill(targets, c, c.targetCounts());
            caption.setText(String.format(Locale.ROOT, "step %d · N = %d particles · M = %d targets",
                    c.step(), Math.round(sum(c.particleCounts())), s.targets().points().size()));
        }
    }

    private static void fill(XYChart.Series<Number, Number> series, NnCounts c, double[] counts) {
        var data = new java.util.ArrayList<XYChart.Data<Number, Number>>();
        for (int k = 0; k < counts.length; k++) {
            data.add(new XYChart.Data<>(c.centre(k), counts[k]));
        }
        series.getData().setAll(data);
    }

    private static double sum(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s;
    }

    private Stage build() {
        NumberAxis x = new NumberAxis();
        x.setLabel("distance to the nearest target");
        x.setForceZeroInRange(true);
        NumberAxis y = new NumberAxis();
        y.setLabel("count per bin");
        AreaChart<Number, Number> chart = new AreaChart<>(x, y);
        chart.setId("nnChart");
        chart.setCreateSymbols(false);
        chart.setAnimated(false);
        particles.setName("particle → nearest target");
        targets.setName("target → nearest other target");
        chart.getData().setAll(java.util.List.of(particles, targets));
        BorderPane pane = new BorderPane(chart);
        caption.setId("nnCaption");
        pane.setBottom(caption);
        pane.setStyle("-fx-padding: 8;");
        Stage s = new Stage();
        s.setTitle("Nearest-neighbour distances (SD-flow paper, Fig. 4)");
        if (owner.getScene() != null && owner.getScene().getWindow() != null) {
            s.initOwner(owner.getScene().getWindow());
        }
        s.setScene(new Scene(pane, 560, 360));
        return s;
    }

    @Override
    public void close() {
        task.close();
        runner.close();
        if (stage != null) {
            stage.close();
        }
    }
}
