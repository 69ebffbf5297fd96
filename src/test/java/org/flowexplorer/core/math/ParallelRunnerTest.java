package org.flowexplorer.core.math;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;

/** The fork-join runner: every index exactly once, any thread count, failures reach the caller. */
class ParallelRunnerTest {
    @Test
    void everyIndexRunsExactlyOnceForAnyThreadCount() {
        for (int threads : new int[] {1, 2, 4}) {
            try (ParallelRunner r = new ParallelRunner(threads)) {
                for (int n : new int[] {0, 1, 63, 64, 1000, 100_003}) {
                    AtomicIntegerArray seen = new AtomicIntegerArray(n);
                    r.forRange(n, (from, to) -> {
                        for (int i = from; i < to; i++) {
                            seen.incrementAndGet(i);
                        }
                    });
                    AtomicIntegerArray each = new AtomicIntegerArray(n);
                    r.forEach(n, each::incrementAndGet);
                    for (int i = 0; i < n; i++) {
                        assertEquals(1, seen.get(i), "forRange index " + i);
                        assertEquals(1, each.get(i), "forEach index " + i);
                    }
                }
            }
        }
    }

    @Test
    void resultsWrittenPerIndexDoNotDependOnTheThreads() {
        double[][] out = new double[3][5000];
        int[] threads = {1, 2, 4};
        for (int t = 0; t < threads.length; t++) {
            double[] o = out[t];
            try (ParallelRunner r = new ParallelRunner(threads[t])) {
                r.forEach(o.length, i -> {
                    double s = 0;
                    for (int k = 0; k <= i % 97; k++) {
                        s += Math.sin(i * 0.001 + k);
                    }
                    o[i] = s;
                });
            }
        }
        assertArrayEquals(out[0], out[1], 0.0);
        assertArrayEquals(out[0], out[2], 0.0);
    }

    @Test
    void aFailingTaskFailsTheCall() {
        try (ParallelRunner r = new ParallelRunner(2)) {
            assertThrows(IllegalStateException.class, () -> r.forEach(1000, i -> {
                if (i == 777) {
                    throw new IllegalStateException("boom");
                }
            }));
        }
        assertThrows(IllegalArgumentException.class, () -> new ParallelRunner(0));
    }

    @Test
    void aCancelledForEachStartsNoNewItemThrowsAndResumeRunsAgain() {
        for (int threads : new int[] {1, 2, 4}) {
            try (ParallelRunner r = new ParallelRunner(threads)) {
                java.util.concurrent.atomic.AtomicInteger ran = new java.util.concurrent.atomic.AtomicInteger();
                assertThrows(RunCancelledException.class, () -> r.forEach(10_000, i -> {
                    if (ran.incrementAndGet() == 50) {
                        r.cancel();
                    }
                }));
                // items already taken by the other threads may finish; none starts after the cancel
                assertTrue(ran.get() >= 50 && ran.get() < 50 + threads, threads + " threads ran " + ran.get());
                // forRange is never cut short: it updates state a half-done range would corrupt
                AtomicIntegerArray seen = new AtomicIntegerArray(1000);
                r.forRange(1000, (from, to) -> {
                    for (int i = from; i < to; i++) {
                        seen.incrementAndGet(i);
                    }
                });
                for (int i = 0; i < 1000; i++) {
                    assertEquals(1, seen.get(i));
                }
                assertThrows(RunCancelledException.class, () -> r.forEach(3, i -> { }), "still cancelled");
                r.resume();
                AtomicIntegerArray each = new AtomicIntegerArray(3);
                r.forEach(3, each::incrementAndGet);
                assertEquals(3, each.get(0) + each.get(1) + each.get(2));
            }
        }
    }
}
