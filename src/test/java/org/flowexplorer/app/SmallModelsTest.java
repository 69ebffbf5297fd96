package org.flowexplorer.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.input.KeyCode;
import org.flowexplorer.core.math.PointSet;
import org.flowexplorer.core.sim.MetricsRow;
import org.junit.jupiter.api.Test;

/** LogScale, FrameStats, MetricsHistory, TrailBuffer and the key map. */
class SmallModelsTest {
    @Test
    void logScaleRoundTripsAndClamps() {
        LogScale s = new LogScale(0.01, 10);
        assertEquals(0.01, s.value(0), 1e-15);
        assertEquals(10, s.value(1), 1e-12);
        assertEquals(1.0, s.value(2.0 / 3), 1e-12);
        assertEquals(0.4, s.position(s.value(0.4)), 1e-12);
        assertEquals(0, s.position(-1));
        assertEquals(1, s.position(1e9));
        assertEquals(0.123, LogScale.round3(0.123456), 1e-15);
    }

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

    @Test
    void metricsHistoryThinsWhenFullAndRestartsOnReset() {
        MetricsHistory h = new MetricsHistory(8);
        for (int s = 0; s < 8; s++) {
            h.add(new MetricsRow(s, 1, 1, 1, null, null, null));
        }
        int g = h.generation();
        h.add(new MetricsRow(8, 1, 1, 1, null, null, null));
        assertEquals(5, h.rows().size());
        assertTrue(h.generation() > g);
        assertTrue(h.add(new MetricsRow(0, 1, 1, 1, null, null, null)));
        assertEquals(1, h.rows().size());
    }

    @Test
    void trailKeepsTheLastKFramesAndClearsOnNewData() {
        TrailBuffer t = new TrailBuffer(3);
        for (int i = 0; i < 5; i++) {
            t.add(PointSet.of(2, new double[] {i, i}));
        }
        assertEquals(3, t.frames().size());
        assertEquals(2.0, t.frames().get(0).get(0, 0));
        t.add(PointSet.of(2, new double[] {0, 0, 1, 1}));
        assertEquals(1, t.frames().size());
    }

    @Test
    void keyMap() {
        assertEquals(Shortcut.PLAY_PAUSE, Shortcut.of(KeyCode.SPACE, " ", false));
        assertEquals(Shortcut.STEP, Shortcut.of(KeyCode.RIGHT, "", false));
        assertEquals(Shortcut.HELP, Shortcut.of(KeyCode.SLASH, "?", true));
        assertEquals(Shortcut.FLOW_5, Shortcut.of(KeyCode.DIGIT5, "5", false));
        assertEquals(4, Shortcut.FLOW_5.flowIndex());
        assertEquals(Shortcut.ZOOM_OUT, Shortcut.of(KeyCode.MINUS, "-", false));
        assertFalse(Shortcut.of(KeyCode.Q, "q", false) != null);
    }
}
