package org.flowexplorer.core.math;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * Runs index ranges on the calling thread and a fork-join pool of {@code threads − 1} more. A range
 * is cut into chunks of a grain; each thread takes the next chunk from a shared counter until none
 * is left (the caller starts at once instead of waiting for a pool thread to wake up), so
 * uneven work (leaves that skip most of the sample next to leaves that skip nothing) stays
 * balanced. No task waits for another, so the pool never adds compensating threads (with halving
 * and joins it ran a third thread on two cores, measured). Each index is handled by exactly one
 * thread and tasks write only to their own indices, so results are bitwise identical for any
 * thread count.
 *
 * <p>{@link #forEach} can be cancelled from another thread ({@link #cancel}): no new item starts,
 * and once the items already running are done it throws {@link RunCancelledException}. The
 * window uses this to pause at once in a step of many seconds; {@link #forRange} always runs to the
 * end (it updates state that a half-done range would corrupt).
 */
public final class ParallelRunner implements AutoCloseable {
    /** Work on the half-open index range {@code [from, to)}. */
    @FunctionalInterface
    public interface RangeTask {
        void run(int from, int to);
    }

    private static final AtomicInteger POOL_IDS = new AtomicInteger();
    private final int threads;
    private final ForkJoinPool pool;
    private volatile boolean cancelled;

    /** @param threads number of threads, at least 1; 1 runs everything on the calling thread */
    public ParallelRunner(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        this.threads = threads;
        if (threads == 1) {
            this.pool = null;
        } else {
            int id = POOL_IDS.incrementAndGet();
            AtomicInteger count = new AtomicInteger();
            this.pool = new ForkJoinPool(threads - 1, p -> {
                ForkJoinWorkerThread t = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(p);
                t.setName("flow-kernel-" + id + "-" + count.incrementAndGet());
                t.setDaemon(true);
                return t;
            }, null, false);
        }
    }

    public int threads() {
        return threads;
    }

    /** Runs {@code task} over {@code [0, n)} in pieces of at least 64 indices, and waits for all of them. */
    public void forRange(int n, RangeTask task) {
        run(n, Math.max(64, n / (threads * 8)), task);
    }

    /**
     * Runs {@code task} once for every index in {@code [0, n)}, each index a unit that may go to any
     * thread (for coarse work items such as the kernels' leaves), and waits for all of them.
     */
    public void forEach(int n, IntConsumer task) {
        run(n, 1, (from, to) -> {
            for (int i = from; i < to && !cancelled; i++) {
                task.accept(i);
            }
        });
        if (cancelled) {
            throw new RunCancelledException();
        }
    }

    /**
     * Stops the {@link #forEach} running now (or the next one, if none is) after the items already
     * started: it then throws {@link RunCancelledException}. Any thread may call it; {@link #resume}
     * takes it back.
     */
    public void cancel() {
        cancelled = true;
    }

    /** Lets {@link #forEach} run again after {@link #cancel}. */
    public void resume() {
        cancelled = false;
    }

    private void run(int n, int grain, RangeTask task) {
        if (n <= 0) {
            return;
        }
        if (pool == null || n <= grain) {
            task.run(0, n);
            return;
        }
        int chunks = (n + grain - 1) / grain;
        AtomicInteger next = new AtomicInteger();
        Runnable drain = () -> {
            for (int c = next.getAndIncrement(); c < chunks; c = next.getAndIncrement()) {
                int from = c * grain;
                task.run(from, Math.min(n, from + grain));
            }
        };
        // the calling thread drains too: it starts at once, while the woken pool threads join in
        int helpers = Math.min(threads, chunks) - 1;
        ForkJoinTask<?>[] running = new ForkJoinTask<?>[helpers];
        for (int t = 0; t < helpers; t++) {
            running[t] = pool.submit(drain);
        }
        drain.run();
        for (ForkJoinTask<?> t : running) {
            t.join();
        }
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
