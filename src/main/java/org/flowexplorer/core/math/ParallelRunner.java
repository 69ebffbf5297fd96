package org.flowexplorer.core.math;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.RecursiveAction;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * Runs index ranges on a fork-join pool of a fixed number of threads. Ranges are split in halves
 * down to a grain and idle threads steal the halves, so uneven work (leaves that skip most of the
 * sample next to leaves that skip nothing) stays balanced. Each index is handled by exactly one
 * thread and tasks write only to their own indices, so results are bitwise identical for any
 * thread count.
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
            this.pool = new ForkJoinPool(threads, p -> {
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
            for (int i = from; i < to; i++) {
                task.accept(i);
            }
        });
    }

    private void run(int n, int grain, RangeTask task) {
        if (n <= 0) {
            return;
        }
        if (pool == null || n <= grain) {
            task.run(0, n);
            return;
        }
        pool.invoke(new Split(0, n, grain, task));
    }

    /** Halves a range until it is at most a grain. */
    private static final class Split extends RecursiveAction {
        private final int from;
        private final int to;
        private final int grain;
        private final transient RangeTask task;

        Split(int from, int to, int grain, RangeTask task) {
            this.from = from;
            this.to = to;
            this.grain = grain;
            this.task = task;
        }

        @Override
        protected void compute() {
            if (to - from <= grain) {
                task.run(from, to);
                return;
            }
            int mid = (from + to) >>> 1;
            invokeAll(new Split(from, mid, grain, task), new Split(mid, to, grain, task));
        }
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
