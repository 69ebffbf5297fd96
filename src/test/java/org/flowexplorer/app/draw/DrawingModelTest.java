package org.flowexplorer.app.draw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.flowexplorer.core.math.PointSet;
import org.flowexplorer.core.sim.RunConfig;
import org.junit.jupiter.api.Test;

/** The hand-drawn point store: sprays inside the brush disc, seeded, erases, bounded. */
class DrawingModelTest {
    @Test
    void spraysInsideTheDiscReproduciblyAndErases() {
        DrawingModel a = new DrawingModel(3);
        DrawingModel b = new DrawingModel(3);
        for (int i = 0; i < 20; i++) {
            a.spray(i * 0.1, 1, 0.25, 5);
            b.spray(i * 0.1, 1, 0.25, 5);
        }
        assertEquals(100, a.size());
        assertEquals(a.points(), b.points(), "same strokes and seed, same points");
        PointSet p = a.points();
        for (int i = 0; i < p.size(); i++) {
            assertTrue(p.get(i, 0) >= -0.25 && p.get(i, 0) <= 1.9 + 0.25 && Math.abs(p.get(i, 1) - 1) <= 0.25);
        }
        int removed = a.erase(0, 1, 0.5);
        assertTrue(removed > 0);
        for (int i = 0; i < a.size(); i++) {
            assertTrue(Math.hypot(a.get(i, 0), a.get(i, 1) - 1) > 0.5);
        }
        a.clear();
        assertEquals(0, a.size());
    }

    @Test
    void stopsAtTheLargestTargetCount() {
        DrawingModel m = new DrawingModel(0);
        int added = 0;
        for (int i = 0; i < 60; i++) {
            added += m.spray(0, 0, 1, 1000);
        }
        assertEquals(RunConfig.MAX_POINTS, added);
        assertEquals(RunConfig.MAX_POINTS, m.size());
    }
}
