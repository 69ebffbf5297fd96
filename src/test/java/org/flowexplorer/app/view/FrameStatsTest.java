package org.flowexplorer.app.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** FrameStats: frame-time quantiles and frame rate. */
class FrameStatsTest {
    @Test
    void frameStatsQuantiles() {
        FrameStats f = new FrameStats(100);
        for (int i = 1; i <= 100; i++) {
            f.record(i * 16_000_000L, i * 1_000_000L);
        }
        assertEquals(99, f.quantileMs(0.99), 1e-9);
        assertEquals(50, f.quantileMs(0.5), 1e-9);
        assertEquals(63, f.fps(100 * 16_000_000L));
    }
}
