package org.flowexplorer.app.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The throttle of background measurements, on a clock the test sets: no more than the rate allows,
 * none for {@link ThrottledTask#SPACING} times a slow measurement's CPU time after its start (but at
 * most a second), the same request not twice, and {@code invalidate} lets the next offer through at once.
 */
class ThrottledTaskTest {
    private static final long SECOND = TimeUnit.SECONDS.toNanos(1);

    /** Work of at least {@code millis} ms of this thread's CPU time (what the throttle measures). */
    private static Integer busy(int req, long millis) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long end = threads.getCurrentThreadCpuTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        double x = 0;
        while (threads.getCurrentThreadCpuTime() < end) {
            x += Math.sqrt(x + req);
        }
        return x >= 0 ? req : -req;
    }

    /** The next result, once the measurement's CPU time is recorded too (it is, just after the result). */
    private static <R> R await(ThrottledTask<?, R> task, int finishedBefore) {
        long deadline = System.nanoTime() + 10 * SECOND;
        R got = null;
        while (System.nanoTime() < deadline) {
            got = got != null ? got : task.poll();
            if (got != null && task.finished() > finishedBefore) {
                return got;
            }
            Thread.onSpinWait();
        }
        throw new AssertionError("no result within 10 s");
    }

    @Test
    void fastMeasurementsFollowTheRate() {
        List<String> errors = new ArrayList<>();
        try (ThrottledTask<Integer, Integer> task = new ThrottledTask<>("t", 4.0, r -> busy(r, 1), Integer::equals, errors::add)) {
            long t0 = 10 * SECOND;
            assertTrue(task.offer(1, t0));
            assertEquals(1, await(task, 0));
            assertFalse(task.offer(2, t0 + SECOND / 5), "within a quarter second");
            assertTrue(task.offer(2, t0 + SECOND), "a second later");
            assertEquals(2, await(task, 1));
            assertFalse(task.offer(2, t0 + 5 * SECOND), "the same request again");
            task.invalidate();
            assertTrue(task.offer(2, t0 + 5 * SECOND + 1), "after invalidate");
            assertEquals(2, await(task, 2));
        }
        assertTrue(errors.isEmpty(), errors.toString());
    }

    @Test
    void aSlowMeasurementSpacesTheNextOnes() {
        try (ThrottledTask<Integer, Integer> task = new ThrottledTask<>("t", 100.0, r -> busy(r, 25), Integer::equals, e -> { })) {
            long t0 = 10 * SECOND;
            assertTrue(task.offer(1, t0));
            await(task, 0);
            assertTrue(task.lastDurationNanos() >= TimeUnit.MILLISECONDS.toNanos(25), "CPU time measured");
            long spacing = Math.min(ThrottledTask.MAX_SPACING_NANOS, ThrottledTask.SPACING * task.lastDurationNanos());
            assertTrue(spacing >= ThrottledTask.SPACING * TimeUnit.MILLISECONDS.toNanos(25));
            assertFalse(task.offer(2, t0 + spacing - 1), "before " + ThrottledTask.SPACING + " times the last CPU time");
            assertTrue(task.offer(2, t0 + spacing), "at " + ThrottledTask.SPACING + " times the last CPU time");
            await(task, 1);
        }
    }

    @Test
    void theSpacingStopsAtOneSecond() {
        try (ThrottledTask<Integer, Integer> task = new ThrottledTask<>("t", 100.0, r -> busy(r, 80), Integer::equals, e -> { })) {
            long t0 = 10 * SECOND;
            assertTrue(task.offer(1, t0));
            await(task, 0);
            assertTrue(ThrottledTask.SPACING * task.lastDurationNanos() > ThrottledTask.MAX_SPACING_NANOS);
            assertFalse(task.offer(2, t0 + ThrottledTask.MAX_SPACING_NANOS - 1), "within the second");
            assertTrue(task.offer(2, t0 + ThrottledTask.MAX_SPACING_NANOS), "after a second, however slow the last one");
            await(task, 1);
        }
    }
}
