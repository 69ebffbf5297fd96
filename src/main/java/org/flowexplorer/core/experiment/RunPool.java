package org.flowexplorer.core.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/**
 * Independent runs of an experiment on a fixed number of threads: jobs are started in the order
 * given (put the longest first), results come back in job order. Every run is seeded by its own
 * job, so results do not depend on the thread count or the order in which jobs finish.
 */
public final class RunPool {
    private RunPool() {
    }

    /**
     * Computes {@code job.apply(k)} for k = 0..jobs−1 on {@code threads} threads (1: on the caller).
     * A failure of any job is rethrown (unchecked) after the others were cancelled.
     *
     * @param order the job indices in the order to start them
     */
    public static <T> List<T> map(int[] order, int threads, IntFunction<T> job) {
        List<T> out = new ArrayList<>();
        for (int k = 0; k < order.length; k++) {
            out.add(null);
        }
        if (threads <= 1 || order.length <= 1) {
            for (int k : order) {
                out.set(k, job.apply(k));
            }
            return out;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, order.length), r -> {
            Thread t = new Thread(r, "experiment-run");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int k : order) {
                futures.add(pool.submit(() -> job.apply(k)));
            }
            for (int i = 0; i < order.length; i++) {
                out.set(order[i], futures.get(i).get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** 0, 1, …, n−1. */
    public static int[] inOrder(int n) {
        int[] o = new int[n];
        for (int k = 0; k < n; k++) {
            o[k] = k;
        }
        return o;
    }
}
