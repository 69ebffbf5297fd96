package org.flowexplorer.cli;

import java.io.PrintWriter;

/** A one-line progress bar on stderr, redrawn at most once per percent. Silent when disabled. */
final class ProgressBar {
    private static final int WIDTH = 30;
    private final PrintWriter err;
    private final long total;
    private final boolean enabled;
    private int lastPercent = -1;

    ProgressBar(PrintWriter err, long total, boolean enabled) {
        this.err = err;
        this.total = Math.max(1, total);
        this.enabled = enabled;
    }

    void update(long done, String status) {
        if (!enabled) {
            return;
        }
        int percent = (int) (100 * done / total);
        if (percent == lastPercent) {
            return;
        }
        lastPercent = percent;
        int filled = WIDTH * percent / 100;
        err.print("\r[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + percent + "% step " + done + "/"
                + total + " " + status);
        err.flush();
    }

    void finish() {
        if (enabled && lastPercent >= 0) {
            err.println();
        }
    }
}
