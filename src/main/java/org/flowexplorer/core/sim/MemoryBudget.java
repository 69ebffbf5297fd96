package org.flowexplorer.core.sim;

import java.util.Locale;
import org.flowexplorer.core.data.InputException;

/**
 * Refuses work whose memory cannot fit before it starts, with the limit stated, instead of letting
 * it die later with an {@link OutOfMemoryError}. The estimates are deliberately generous (every
 * array the work keeps, plus its copies in snapshots and frame queues); the budget is the Java
 * heap's limit ({@code -Xmx}) minus what is in use now.
 */
public final class MemoryBudget {
    private static final long MB = 1L << 20;

    private MemoryBudget() {
    }

    /** Heap bytes that can still be allocated. */
    public static long available() {
        Runtime rt = Runtime.getRuntime();
        return rt.maxMemory() - (rt.totalMemory() - rt.freeMemory());
    }

    /** Bytes a simulation of N particles and M targets in d dimensions keeps (state, snapshots, scratch). */
    public static long simulationBytes(int n, int m, int d) {
        return 8L * d * (12L * n + 4L * m) + 64L * (n + m);
    }

    /**
     * An {@link InputException} on {@code key} if {@code bytes} exceed what the heap can still give.
     *
     * @param what the work, e.g. "N = 50000 particles and M = 50000 targets in 2 dimensions"
     */
    public static void require(long bytes, String key, String what) {
        long free = available();
        if (bytes > free) {
            throw InputException.forKey(key, String.format(Locale.ROOT,
                    "%s need about %d MB, but only %d MB of the Java heap (limit %d MB) are free; ask for less, "
                            + "or give Java more memory (java -Xmx…)", what, ceilMb(bytes), free / MB,
                    Runtime.getRuntime().maxMemory() / MB));
        }
    }

    private static long ceilMb(long bytes) {
        return (bytes + MB - 1) / MB;
    }
}
