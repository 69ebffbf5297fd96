package org.flowexplorer.core.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.flowexplorer.core.flow.FlowKind;
import org.flowexplorer.core.schedule.ScheduleKind;
import org.flowexplorer.core.sim.FlowParameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TableExperimentTest {
    @TempDir
    Path dir;

    @Test
    void gridHas24ConditionsMappedAsTheSpecSays() {
        List<PaperCondition> g = PaperCondition.grid();
        assertEquals(24, g.size());
        assertEquals(24, g.stream().distinct().count());
        FlowParameters p = PaperCondition.parse("mmd/on/batched/cosine").params(1000);
        assertEquals(FlowKind.MMD, p.flow());
        assertTrue(p.adagrad());
        assertEquals(256, p.targetBatch());
        assertEquals(256, p.particleBatch());
        assertEquals(ScheduleKind.COSINE, p.schedule().kind());
        assertEquals(1.0, p.schedule().sigmaAt(0));
        assertEquals(0.05, p.schedule().sigmaAt(999));
        assertEquals(0.1, p.mmdNoise());
        FlowParameters sd = PaperCondition.parse("sd/off/full/annealed").params(1000);
        assertEquals(ScheduleKind.LINEAR, sd.schedule().kind());
        assertEquals(0, sd.targetBatch());
        assertFalse(sd.adagrad());
        assertEquals(0.5, sd.eta());
    }

    /**
     * The paper's key cell at reduced size: SD flow, no AdaGrad, full data, annealed, 1000 steps,
     * N = M = 400 (verified: 25/25 modes, in-mode fraction about 0.99) converges.
     */
    @Test
    void sdConvergesWithoutAdaGradUnderAnnealing() throws Exception {
        TableExperiment.Settings s = new TableExperiment.Settings("25gaussians",
                List.of(PaperCondition.parse("sd/off/full/annealed")), 1, 1000, 400, 2);
        TableExperiment.Result r = TableExperiment.run(s, line -> { });
        TableExperiment.Row row = r.rows().get(0);
        assertEquals(1000, row.runs().get(0).steps());
        assertTrue(row.converged(), "SD: " + row.modesMean() + " modes, in-mode " + row.inModeMean());
        assertTrue(row.modesMin() >= 24);
        assertTrue(row.inModeMin() >= 0.9);
        assertTrue(row.mmd2Mean() < 5e-3, "MMD² " + row.mmd2Mean());

        TableExperiment.write(r, dir, "test table");
        String md = Files.readString(dir.resolve("table.md"));
        assertTrue(md.contains("converged = ≥ 24/25 modes covered and in-mode fraction ≥ 0.9 in every seed"), md);
        assertTrue(md.contains("| SD flow | off | full | annealed | 25.0 / 25 |"), md);
        List<String> csv = Files.readAllLines(dir.resolve("table.csv"));
        assertEquals(2, csv.size());
        assertTrue(csv.get(1).startsWith("sd,off,full,annealed,1,25,25.0,"), csv.get(1));
        assertTrue(csv.get(1).contains(",1,yes,"), csv.get(1));
        assertTrue(Files.size(dir.resolve("final-states.png")) > 1000);
        try (var files = Files.list(dir)) {
            assertEquals(4, files.count(), "no temporary files are left");
        }
    }

    /** The same cell does not converge for MMD (N = M = 200, 1000 steps; verified: far fewer than 24 modes). */
    @Test
    void mmdDoesNotConvergeWithoutAdaGradUnderAnnealing() {
        TableExperiment.Result mmd = TableExperiment.run(new TableExperiment.Settings("25gaussians",
                List.of(PaperCondition.parse("mmd/off/full/annealed")), 1, 1000, 200, 2), line -> { });
        TableExperiment.Row m = mmd.rows().get(0);
        assertFalse(m.converged(), "MMD without AdaGrad should not converge: " + m.modesMean() + " modes");
        assertTrue(m.modesMean() < 20, "MMD modes " + m.modesMean());
    }

    @Test
    void thirtyGaussiansCriterionScalesWithTheModeCount() throws Exception {
        TableExperiment.Settings s = new TableExperiment.Settings("30gaussians",
                List.of(PaperCondition.parse("sd/off/batched/cosine")), 1, 30, 60, 1);
        TableExperiment.Result r = TableExperiment.run(s, line -> { });
        assertEquals(30, r.rows().get(0).modes());
        assertTrue(TableExperiment.markdown(r, "t").contains("≥ 29/30 modes covered"));
    }
}
