package org.flowexplorer.cli;

import java.io.PrintStream;
import java.time.temporal.ChronoUnit;
import java.util.function.LongConsumer;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;

/**
 * The progress of a long command — done/total, rate and ETA — drawn by the {@code progressbar}
 * library on standard error, and only when the command runs in an interactive terminal, so that
 * piped or redirected output and logs stay clean. The one progress hook of the CLI: a command opens
 * it around its work and hands {@link #stepTo} (a {@link LongConsumer}) to the core code, e.g.
 * <pre>
 *   try (ProgressDisplay p = ProgressDisplay.open("table-25", runs, "runs")) {
 *       experiment.run(settings, p::stepTo);   // core reports units done
 *   }
 * </pre>
 * Calls are cheap when nothing is shown; the library redraws at most four times a second.
 */
final class ProgressDisplay implements AutoCloseable, LongConsumer {
    private final ProgressBar bar;

    private ProgressDisplay(ProgressBar bar) {
        this.bar = bar;
    }

    /** A display of {@code total} units named {@code unit}, shown on stderr if a terminal is attached. */
    static ProgressDisplay open(String task, long total, String unit) {
        return open(task, total, unit, System.console() != null, System.err);
    }

    /** A display drawn to {@code to} when {@code show} (tests pass a buffer), else one that does nothing. */
    static ProgressDisplay open(String task, long total, String unit, boolean show, PrintStream to) {
        if (!show) {
            return new ProgressDisplay(null);
        }
        return new ProgressDisplay(new ProgressBarBuilder().setTaskName(task).setInitialMax(Math.max(1, total))
                .setUnit(" " + unit, 1).showSpeed().setSpeedUnit(ChronoUnit.SECONDS).setUpdateIntervalMillis(250)
                .setConsumer(new ConsoleProgressBarConsumer(to)).build());
    }

    /** Whether anything is drawn. */
    boolean shown() {
        return bar != null;
    }

    /** Sets the units done so far. */
    void stepTo(long done) {
        if (bar != null) {
            bar.stepTo(done);
        }
    }

    @Override
    public void accept(long done) {
        stepTo(done);
    }

    /** A short status shown after the bar (e.g. the current σ). */
    void message(String extra) {
        if (bar != null) {
            bar.setExtraMessage(extra);
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
