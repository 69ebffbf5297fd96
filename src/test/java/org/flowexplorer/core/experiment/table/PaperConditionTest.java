package org.flowexplorer.core.experiment.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.flowexplorer.core.flow.FlowKind;
import org.flowexplorer.core.schedule.ScheduleKind;
import org.flowexplorer.core.sim.FlowParameters;
import org.flowexplorer.core.sim.RunConfig;
import org.junit.jupiter.api.Test;

/** The captions' four factors mapped as algorithms.md §4 states, and the conditions of Figs. 1 and 2. */
class PaperConditionTest {
    @Test
    void gridCrossesFourFactorsForThreeFlows() {
        List<PaperCondition> g = PaperCondition.grid();
        assertEquals(48, g.size());
        assertEquals(48, g.stream().distinct().count());
        assertEquals(16, g.stream().map(PaperCondition::factorsKey).distinct().count());
    }

    @Test
    void factorsMapToBatchesScheduleAndAdaGrad() {
        FlowParameters p = PaperCondition.parse("mmd/on/subsampled/all/cosine").params(1000);
        assertEquals(FlowKind.MMD, p.flow());
        assertTrue(p.adagrad());
        assertEquals(256, p.targetBatch());
        assertEquals(0, p.particleBatch());
        assertEquals(ScheduleKind.COSINE, p.schedule().kind());
        assertEquals(1.0, p.schedule().sigmaAt(0));
        assertEquals(0.05, p.schedule().sigmaAt(999));
        assertEquals(0.1, p.mmdNoise());
        FlowParameters sd = PaperCondition.parse("sd/off/full/batched/annealed").params(1000);
        assertEquals(ScheduleKind.LINEAR, sd.schedule().kind());
        assertEquals(0, sd.targetBatch());
        assertEquals(256, sd.particleBatch());
        assertFalse(sd.adagrad());
        assertEquals(0.5, sd.eta());
        assertEquals(0.0, sd.mmdNoise());
    }

    @Test
    void badConditionsNameTheProblem() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> PaperCondition.parse("sd/off/full/annealed"))
                .getMessage().contains("flow/AdaGrad/targets/particles/noise"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> PaperCondition.parse("sd/off/batched/all/cosine"))
                .getMessage().contains("'batched' must be full or subsampled"));
        assertThrows(IllegalArgumentException.class, () -> PaperCondition.parse("langevin/off/full/all/cosine"));
    }

    @Test
    void figureOneIsFullTargetsBatchedParticlesAnnealedOn25Gaussians() {
        PaperCondition fig1 = PaperCondition.parse("sd/off/full/batched/annealed");
        assertEquals(PaperFigure.FIGURE_1, PaperFigure.of("25gaussians", fig1));
        assertEquals(PaperFigure.FIGURE_1, PaperFigure.of("25gaussians", fig1.withFlow(FlowKind.SVGD)));
        assertNull(PaperFigure.of("30gaussians", fig1), "Fig. 1 is on 25 Gaussians only");
        assertNull(PaperFigure.of("25gaussians", PaperCondition.parse("sd/off/full/all/annealed")));
        RunConfig c = PaperFigure.FIGURE_1.config(FlowKind.MMD);
        assertEquals("25gaussians", c.dataset());
        assertEquals(1000, c.particles());
        assertEquals(1000, c.steps());
        assertEquals(256, c.params().particleBatch());
        assertEquals(0, c.params().targetBatch());
        assertEquals(ScheduleKind.LINEAR, c.params().schedule().kind());
        assertTrue(PaperFigure.FIGURE_1.description().contains("no-AdaGrad, full-data, batched, and annealed"));
    }

    @Test
    void figureTwoMarksBothParticleUpdatesUnderCosineNoise() {
        for (String c : List.of("svgd/off/full/all/cosine", "svgd/off/full/batched/cosine")) {
            assertEquals(PaperFigure.FIGURE_2, PaperFigure.of("30gaussians", PaperCondition.parse(c)), c);
        }
        assertNull(PaperFigure.of("30gaussians", PaperCondition.parse("sd/off/subsampled/all/cosine")));
        assertNull(PaperFigure.of("30gaussians", PaperCondition.parse("sd/on/full/all/cosine")));
    }
}
