package org.flowexplorer.app.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.flowexplorer.core.math.PointSet;
import org.junit.jupiter.api.Test;

/** TrailBuffer: keeps the last k frames. */
class TrailBufferTest {
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
}
