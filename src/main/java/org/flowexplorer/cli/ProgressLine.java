package org.flowexplorer.cli;

import java.io.PrintWriter;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarConsumer;
import me.tongfei.progressbar.ProgressBarStyle;
import org.flowexplorer.core.experiment.Progress;

/**
 * An experiment's progress on stderr: a progress bar (me.tongfei progressbar) with percentage,
 * rate and ETA, redrawn in place, and each note on its own line above it. Thread safe.
 */
final class ProgressLine implements Progress, AutoCloseable {
    private static final int WIDTH = 100;
    private final PrintWriter err;
    /** Guards writes to err; the bar's refresh thread takes only this lock, so closing the bar cannot deadlock. */
    private final Object writing = new Object();
    private volatile ProgressBar bar;

    ProgressLine(PrintWriter err) {
        this.err = err;
    }

    @Override
    public synchronized void start(String task, long total) {
        closeBar();
        bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(total).setUnit(" steps", 1).showSpeed()
                .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(1000).setConsumer(new Consumer()).build();
    }

    @Override
    public void advance(long units) {
        ProgressBar b = bar;
        if (b != null) {
            b.stepBy(units);
        }
    }

    @Override
    public void note(String line) {
        synchronized (writing) {
            err.print("\r" + " ".repeat(WIDTH) + "\r" + line + "\n");
            err.flush();
        }
    }

    private void closeBar() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }

    @Override
    public synchronized void close() {
        closeBar();
    }

    /** Draws the bar on one line of {@code err}. */
    private final class Consumer implements ProgressBarConsumer {
        @Override
        public int getMaxRenderedLength() {
            return WIDTH;
        }

        @Override
        public void accept(String rendered) {
            synchronized (writing) {
                err.print("\r" + rendered);
                err.flush();
            }
        }

        @Override
        public void close() {
            synchronized (writing) {
                err.println();
                err.flush();
            }
        }
    }
}
