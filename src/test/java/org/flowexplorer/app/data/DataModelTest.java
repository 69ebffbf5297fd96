package org.flowexplorer.app.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.flowexplorer.core.io.PresetLibrary;
import org.flowexplorer.core.sim.RunConfig;
import org.junit.jupiter.api.Test;

class DataModelTest {
    private final RunConfig first = new PresetLibrary().require("25gaussians-sd").config();

    @Test
    void dataEditsArePendingUntilApplied() {
        DataModel m = new DataModel(first);
        m.setParticles(500);
        m.setDataset("moons");
        assertTrue(m.dirty());
        assertEquals(1000, m.applied().particles());
        RunConfig applied = m.apply();
        assertFalse(m.dirty());
        assertEquals(500, applied.particles());
        assertEquals("moons", applied.dataset());
    }

    @Test
    void revertDropsTheEdits() {
        DataModel m = new DataModel(first);
        m.setSeed(7);
        m.revert();
        assertFalse(m.dirty());
        assertEquals(first, m.pending());
    }

    @Test
    void outOfRangeSizesAreRefused() {
        DataModel m = new DataModel(first);
        assertThrows(IllegalArgumentException.class, () -> m.setParticles(-5));
        assertThrows(IllegalArgumentException.class, () -> m.setTargets(RunConfig.MAX_POINTS + 1));
        assertFalse(m.dirty());
    }

    @Test
    void knowsWhichDatasetsAre3d() {
        assertEquals(3, DataModel.dimension("swissroll3d"));
        assertEquals(2, DataModel.dimension("25gaussians"));
        assertTrue(DataModel.datasets().contains("mystery3d"));
    }
}
