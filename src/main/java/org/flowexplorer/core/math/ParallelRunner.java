package org.flowexplorer.core.math;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs index ranges on a fixed pool of threads. Each index is handled by exactly one thread and
 * tasks write only to their own indices, so results are bitwise identical for any thread count.
 */
public final class ParallelRunner implements AutoCloseable {
    /** Work on the half-open index range {@code [from, to)}. */
    @FunctionalInterface
    public interface RangeTask {
        void run(int from, int to);
    }

    private static final AtomicInteger POOL_IDS = new AtomicInteger();
    private final int threads;
    private final ExecutorService pool;

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
            this.pool = Executors.newFixedThreadPool(threads, r -> {
                Thread t = new Thread(r, "flow-kernel-" + id + "-" + count.incrementAndGet());
                t.setDaemon(true);
                return t;
            });
        }
    }

    /** A runner with one thread per available processor. */
    public static ParallelRunner allCores() {
        return new ParallelRunner(Runtime.getRuntime().availableProcessors());
    }

    public int threads() {
        return threads;
    }

    /** Runs {@code task} over {@code [0, n)} split into chunks, and waits for all of them. */
    public void forRange(int n, RangeTask task) {
        if (pool == null || n < 64) {
            task.run(0, n);
            return;
        }
        int chunks = Math.min(n, threads * 4);
        List<Future<?>> futures = new ArrayList<>(chunks);
        for (int k = 0; k < chunks; k++) {
            int from = (int) ((long) n * k / chunks);
            int to = (int) ((long) n * (k + 1) / chunks);
            futures.add(pool.submit(() -> task.run(from, to)));
        }
        for (Future<?> f : futures) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while computing a step", e);
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof RuntimeException re) {
                    throw re;
                }
                throw new IllegalStateException(cause);
            }
        }
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
