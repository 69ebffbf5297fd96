package org.flowexplorer.app.run;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiPredicate;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs a measurement of the latest request on one background thread (never the FX thread), at
 * most {@code maxPerSecond} times a second and on at most a {@link #SPACING}th of one core's time
 * (a measurement that took t seconds of its thread's CPU is followed by none for {@link #SPACING}·t
 * after its start, but never for more than {@link #MAX_SPACING_NANOS}: the live metrics of a
 * 10,000-particle run took a fifteenth of both cores from the simulation at three a second; CPU
 * time, not wall time, because a measurement waiting for a busy core costs nothing, and the cap
 * keeps a chart moving after one slow first measurement), only when the request differs from the last one
 * measured, and never two at once: a request offered while busy is dropped (the next frame offers
 * a newer one). The FX thread offers and polls once per frame. A failed measurement is never
 * dropped silently: its message goes to the error sink on the polling thread (the notification
 * bar), once per distinct message; an {@link Error} such as running out of memory also stops the
 * task, which then ignores further offers. The one background task of the live metrics, the
 * compare chart, the curl overlay and the NN histogram.
 *
 * @param <Q> the request
 * @param <R> the result
 */
public final class ThrottledTask<Q, R> implements AutoCloseable {
    private final String name;
    private final ExecutorService executor;
    private final Function<Q, R> work;
    private final BiPredicate<Q, Q> same;
    private final Consumer<String> errors;
    private final AtomicBoolean busy = new AtomicBoolean();
    private final AtomicReference<R> result = new AtomicReference<>();
    private final AtomicReference<String> error = new AtomicReference<>();
    /** A measurement's start is at least this many times the last one's CPU time after that one's start. */
    static final int SPACING = 20;
    /** The spacing for CPU time never exceeds this (one second). */
    static final long MAX_SPACING_NANOS = 1_000_000_000L;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private final long minIntervalNanos;
    private volatile long lastNanos;
    private volatile int finished;
    private volatile boolean stopped;
    private long lastOffer = Long.MIN_VALUE / 2;
    private String lastReported;
    private Q last;

    /**
     * @param name         the thread's name, also the start of every error message
     * @param maxPerSecond at most this many measurements per second
     * @param work         the measurement (runs on the background thread)
     * @param same         true if two requests ask for the same measurement
     * @param errors       shows a failure (called on the thread that polls)
     */
    public ThrottledTask(String name, double maxPerSecond, Function<Q, R> work, BiPredicate<Q, Q> same,
                         Consumer<String> errors) {
        this.name = name;
        this.minIntervalNanos = (long) (1e9 / maxPerSecond);
        this.work = work;
        this.same = same;
        this.errors = errors;
        this.executor = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            t.setPriority(Thread.NORM_PRIORITY - 1);
            return t;
        });
    }

    /** Offers a request; returns true if a measurement was started. Call from one thread. */
    public boolean offer(Q req, long nowNanos) {
        if (stopped || (last != null && same.test(last, req))
                || nowNanos - lastOffer < Math.max(minIntervalNanos, Math.min(MAX_SPACING_NANOS, SPACING * lastNanos))
                || !busy.compareAndSet(false, true)) {
            return false;
        }
        last = req;
        lastOffer = nowNanos;
        executor.execute(() -> {
            long start = cpuNanos();
            try {
                result.set(work.apply(req));
            } catch (RuntimeException e) {
                error.set(e.getMessage() == null ? e.toString() : e.getMessage());
            } catch (Error e) {
                stopped = true;
                error.set("stopped (" + e + ")");
                throw e;
            } finally {
                lastNanos = cpuNanos() - start;
                finished++;
                busy.set(false);
            }
        });
        return true;
    }

    /** Forgets the last request so that the next offer measures again at once. */
    public void invalidate() {
        last = null;
        lastOffer = Long.MIN_VALUE / 2;
    }

    /**
     * The newest finished result, or null if none since the last call; a failure since the last
     * call goes to the error sink first (a message equal to the last one reported is not repeated
     * until a measurement succeeds).
     */
    public R poll() {
        String e = error.getAndSet(null);
        if (e != null && !e.equals(lastReported)) {
            lastReported = e;
            errors.accept(name + ": " + e);
        }
        R r = result.getAndSet(null);
        if (r != null) {
            lastReported = null;
        }
        return r;
    }

    /** This thread's CPU time, or the wall clock where the JVM cannot measure it. */
    private static long cpuNanos() {
        long t = THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : -1;
        return t >= 0 ? t : System.nanoTime();
    }

    /** Measurements finished so far (tests; written by the one measuring thread only). */
    int finished() {
        return finished;
    }

    /** The CPU time the last finished measurement took, 0 before the first (tests). */
    long lastDurationNanos() {
        return lastNanos;
    }

    /** True after an Error stopped the task. */
    public boolean stopped() {
        return stopped;
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
