package org.flowexplorer.app.dynamics;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import org.flowexplorer.core.schedule.NoiseSchedule;

/**
 * A small plot of σ_t over the schedule on a log axis, with a marker at the current step. Redraws
 * only when the schedule or the step changes.
 */
public final class SchedulePlot extends Canvas {
    private NoiseSchedule schedule;
    private long step = -1;
    private boolean dark;

    public SchedulePlot(double width, double height) {
        super(width, height);
        getStyleClass().add("schedule-plot");
        widthProperty().addListener(o -> redraw());
        heightProperty().addListener(o -> redraw());
    }

    public void setDark(boolean dark) {
        this.dark = dark;
        redraw();
    }

    /** Shows {@code s} with the marker at {@code t}; cheap when nothing changed. */
    public void show(NoiseSchedule s, long t) {
        long shown = Math.min(t, s.length());
        if (s.equals(schedule) && shown == step) {
            return;
        }
        schedule = s;
        step = shown;
        redraw();
    }

    private void redraw() {
        if (schedule == null) {
            return;
        }
        GraphicsContext g = getGraphicsContext2D();
        double w = getWidth();
        double h = getHeight();
        double left = 30;
        double right = 6;
        double top = 6;
        double bottom = 14;
        g.setFill(dark ? Color.web("#1c2128") : Color.web("#f6f8fa"));
        g.fillRect(0, 0, w, h);
        Color ink = dark ? Color.web("#c9d1d9") : Color.web("#24292f");
        double hi = Math.max(schedule.sigmaMax(), schedule.sigmaMin());
        double lo = Math.min(schedule.sigmaMax(), schedule.sigmaMin());
        double logHi = Math.log10(hi) + 0.05;
        double logLo = Math.log10(lo) - 0.05;
        int t = Math.max(2, schedule.length());
        double pw = w - left - right;
        double ph = h - top - bottom;
        g.setStroke(Color.web("#0072B2"));
        g.setLineWidth(1.6);
        g.beginPath();
        int samples = (int) Math.max(2, Math.min(pw, t));
        for (int k = 0; k < samples; k++) {
            long step0 = Math.round((double) k / (samples - 1) * (t - 1));
            double x = left + pw * k / (samples - 1);
            double y = top + ph * (logHi - Math.log10(schedule.sigmaAt(step0))) / (logHi - logLo);
            if (k == 0) {
                g.moveTo(x, y);
            } else {
                g.lineTo(x, y);
            }
        }
        g.stroke();
        g.setFill(ink);
        g.setFont(Font.font(9));
        g.fillText(fmt(hi), 2, top + 8);
        g.fillText(fmt(lo), 2, h - bottom);
        g.fillText("0", left, h - 2);
        g.fillText("T = " + schedule.length(), w - right - 48, h - 2);
        double u = Math.min(1.0, (double) step / (t - 1));
        double mx = left + pw * u;
        double my = top + ph * (logHi - Math.log10(schedule.sigmaAt(step))) / (logHi - logLo);
        g.setStroke(Color.web("#D55E00"));
        g.setLineWidth(1);
        g.strokeLine(mx, top, mx, top + ph);
        g.setFill(Color.web("#D55E00"));
        g.fillOval(mx - 3.5, my - 3.5, 7, 7);
    }

    private static String fmt(double v) {
        return String.valueOf(LogScale.round3(v));
    }
}
