package org.flowexplorer.app.window;

import javafx.scene.control.Label;
import org.flowexplorer.app.metrics.MetricsSample;
import org.flowexplorer.core.sim.Snapshot;

/**
 * The status text at the right of the bottom bar, set in this one place by one rule: the first
 * of these that applies — data edits waiting for "Apply &amp; reset"; a run paused by a rejected
 * step; live metrics measured on a subset of the particles; otherwise what is shown (dataset, N,
 * M, and "grid mode, about x % error" when the sums are approximate). Short enough never to be cut
 * at 1280 px. FX thread only.
 */
public final class StatusLine {
    private final Label label;

    public StatusLine(Label label) {
        this.label = label;
    }

    /**
     * Shows the status for the snapshot shown, whether data edits are pending and the last
     * metrics measurement (or null).
     */
    public void show(Snapshot shown, boolean dataPending, MetricsSample metrics) {
        String text = text(shown, dataPending, metrics);
        if (!text.equals(label.getText())) {
            label.setText(text);
        }
    }

    static String text(Snapshot s, boolean dataPending, MetricsSample metrics) {
        if (dataPending) {
            return "Data edits pending: Apply & reset or Revert";
        }
        if (s.paused()) {
            return "Paused: a step was rejected (see the message above)";
        }
        int n = s.positions().size();
        String grid = s.kernel() != null && s.kernel().grid() ? " · " + s.kernel().label() : "";
        if (metrics != null && metrics.sampled() < n) {
            return "Live metrics on " + metrics.sampled() + " of " + n + " particles" + grid;
        }
        return shortName(s.targets().name()) + " · N " + n + " · M " + s.targets().points().size() + grid;
    }

    /** A dataset's name without the folders of a CSV file's path. */
    static String shortName(String name) {
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        return slash < 0 ? name : name.substring(slash + 1);
    }
}
