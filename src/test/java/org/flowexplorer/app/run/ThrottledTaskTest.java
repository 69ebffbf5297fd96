package org.flowexplorer.app.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The throttle of background measurements, on a clock the test sets: no more than the rate allows,
 * none for {@link ThrottledTask#SPACING} times a slow measurement's duration after its start, the
 * same request not twice, and {@code invalidate} lets the next offer through at once.
 */
class ThrottledTaskTest {
    private static final long SECOND = TimeUnit.SECONDS.toNanos(1);

    /** Work of at least {@code millis} ms of busy computing (it is what the throttle measures). */
    private static Integer busy(int req, long millis) {
        long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        double x = 0;
        while (System.nanoTime() < end) {
            x += Math.sqrt(x + req);
        }
        return x >= 0 ? req : -req;
    }

    private static <R> R await(ThrottledTask<?, R> task) {
        long deadline = System.nanoTime() + 10 * SECOND;
        for (R r = task.poll(); System.nanoTime() < deadline; r = task.poll()) {
            if (r != null && task.lastDurationNanos() > 0) {
                return r;
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
            assertEquals(1, await(task));
            assertFalse(task.offer(2, t0 + SECOND / 5), "within a quarter second");
            assertTrue(task.offer(2, t0 + SECOND), "a second later");
            assertEquals(2, await(task));
            assertFalse(task.offer(2, t0 + 5 * SECOND), "the same request again");
            task.invalidate();
            assertTrue(task.offer(2, t0 + 5 * SECOND + 1), "after invalidate");
            assertEquals(2, await(task));
        }
        assertTrue(errors.isEmpty(), errors.toString());
    }

    @Test
    void aSlowMeasurementSpacesTheNextOnes() {
        try (ThrottledTask<Integer, Integer> task = new ThrottledTask<>("t", 100.0, r -> busy(r, 60), Integer::equals, e -> { })) {
            long t0 = 10 * SECOND;
            assertTrue(task.offer(1, t0));
            await(task);
            long spacing = ThrottledTask.SPACING * task.lastDurationNanos();
            assertTrue(spacing >= ThrottledTask.SPACING * TimeUnit.MILLISECONDS.toNanos(60));
            assertFalse(task.offer(2, t0 + spacing - 1), "before " + ThrottledTask.SPACING + " times the last duration");
            assertTrue(task.offer(2, t0 + spacing), "at " + ThrottledTask.SPACING + " times the last duration");
            await(task);
        }
    }
}
