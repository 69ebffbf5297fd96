package org.flowexplorer.core.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.flowexplorer.core.data.InputException;
import org.junit.jupiter.api.Test;

/** Frames evenly spaced by simulation steps, first and last step included. */
class FrameScheduleTest {
    @Test
    void tenFramesOverTwentySteps() {
        // round(j·20/9): 0, 2.2, 4.4, 6.7, 8.9, 11.1, 13.3, 15.6, 17.8, 20
        assertArrayEquals(new long[] {0, 2, 4, 7, 9, 11, 13, 16, 18, 20}, FrameSchedule.steps(10, 20, "k"));
    }

    @Test
    void edgeCases() {
        assertArrayEquals(new long[] {0, 1}, FrameSchedule.steps(2, 1, "k"));
        assertArrayEquals(LongStream.rangeClosed(0, 20).toArray(), FrameSchedule.steps(21, 20, "k"));
        assertArrayEquals(new long[] {0}, FrameSchedule.steps(1, 0, "k"));
        assertArrayEquals(new long[] {0, 500_000_000, 1_000_000_000}, FrameSchedule.steps(3, 1_000_000_000, "k"));
    }

    @Test
    void walkingTheScheduleTakesExactlyTheScheduledSteps() {
        FrameSchedule s = new FrameSchedule(4, 9, "k"); // steps 0, 3, 6, 9
        List<Long> taken = new ArrayList<>();
        for (long step = 0; step <= 9; step++) {
            if (step != 6 && s.take(step)) { // step 6 is never offered: it is passed over, not waited for
                taken.add(step);
            }
        }
        assertEquals(List.of(0L, 3L, 9L), taken);
        assertEquals(4, s.taken());
        assertFalse(s.pending());
        assertFalse(s.take(9), "each frame is taken once");
        FrameSchedule paused = new FrameSchedule(4, 9, "k");
        assertTrue(paused.take(0) && !paused.take(1) && !paused.take(2));
        assertTrue(paused.pending(), "a run that stops at step 2 leaves frames pending");
        assertEquals(1, paused.taken());
    }

    @Test
    void impossibleCountsAreInputErrors() {
        assertThrows(InputException.class, () -> FrameSchedule.steps(1, 20, "k"));
        assertThrows(InputException.class, () -> FrameSchedule.steps(22, 20, "k"));
        assertThrows(InputException.class, () -> FrameSchedule.steps(2, 0, "k"));
        assertThrows(InputException.class, () -> FrameSchedule.steps(0, 5, "k"));
    }
}
