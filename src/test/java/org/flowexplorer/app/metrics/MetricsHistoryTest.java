package org.flowexplorer.app.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.flowexplorer.core.sim.MetricsRow;
import org.junit.jupiter.api.Test;

/** MetricsHistory: thinning when full and restart on reset. */
class MetricsHistoryTest {
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
}
