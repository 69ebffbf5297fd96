package org.flowexplorer.cli;

import java.io.PrintWriter;
import java.time.temporal.ChronoUnit;
import java.util.function.LongConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarConsumer;
import me.tongfei.progressbar.ProgressBarStyle;
import org.flowexplorer.core.experiment.Progress;

/**
 * The one progress display of the CLI: done/total, rate and ETA drawn by the {@code progressbar}
 * library on one line of standard error, redrawn in place, with notes (one finished run of an
 * experiment) printed on their own lines above it. {@code run} and {@code metrics} open it around
 * their work and report units done through {@link #stepTo} (a {@link LongConsumer}); they show it
 * only on an interactive terminal, so piped or redirected output and logs stay clean. The
 * {@code reproduce} commands hand it to the core as its {@link Progress}, always shown (ASCII and
 * redrawn once a second when stderr is not a terminal). Thread safe; calls are cheap when no bar
 * is shown.
 */
final class ProgressDisplay implements Progress, LongConsumer, AutoCloseable {
    private static final int WIDTH = 100;
    private final PrintWriter err;
    private final boolean show;
    private final boolean terminal = System.console() != null;
    /** Guards writes to err; the bar's refresh thread takes only this lock, so closing the bar cannot deadlock. */
    private final Object writing = new Object();
    private volatile ProgressBar bar;

    /** Progress drawn on {@code err}: notes always, the bar only when {@code show}. */
    ProgressDisplay(PrintWriter err, boolean show) {
        this.err = err;
        this.show = show;
    }

    /** One task of {@code total} units named {@code unit}, drawn on stderr if a terminal is attached. */
    static ProgressDisplay open(String task, long total, String unit) {
        ProgressDisplay p = new ProgressDisplay(new PrintWriter(System.err, true), System.console() != null);
        p.start(task, total, unit);
        return p;
    }

    @Override
    public void start(String task, long total) {
        start(task, total, "steps");
    }

    /** A new task of {@code total} units named {@code unit} replaces the bar shown. */
    synchronized void start(String task, long total, String unit) {
        closeBar();
        if (show) {
            bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(Math.max(1, total)).setUnit(" " + unit, 1)
                    .showSpeed().setSpeedUnit(ChronoUnit.SECONDS)
                    .setStyle(terminal ? ProgressBarStyle.COLORFUL_UNICODE_BLOCK : ProgressBarStyle.ASCII)
                    .setUpdateIntervalMillis(terminal ? 250 : 1000).setConsumer(new Line()).build();
        }
    }

    @Override
    public void advance(long units) {
        ProgressBar b = bar;
        if (b != null) {
            b.stepBy(units);
        }
    }

    /** Sets the units done so far. */
    void stepTo(long done) {
        ProgressBar b = bar;
        if (b != null) {
            b.stepTo(done);
        }
    }

    @Override
    public void accept(long done) {
        stepTo(done);
    }

    /** A short status shown after the bar (e.g. the part being computed). */
    void message(String extra) {
        ProgressBar b = bar;
        if (b != null) {
            b.setExtraMessage(extra);
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
    private final class Line implements ProgressBarConsumer {
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
