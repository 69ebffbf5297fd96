package org.flowexplorer.core.experiment.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.flowexplorer.core.experiment.Progress;
import org.flowexplorer.core.experiment.RunOutcome;
import org.flowexplorer.core.experiment.report.Report;
import org.flowexplorer.core.math.PointSet;
import org.flowexplorer.core.metric.OccupancySpread;
import org.junit.jupiter.api.Test;

/**
 * The Fig. 1 condition at reduced size (N = M = 400, 1000 steps, seed 0). Measured: SD flow 25/25
 * modes, in-mode 1.000, occupancy TV 0.075 (threshold 0.190 at this size), no outliers; MMD 6–9
 * modes with most particles far from every mode. The full-size table is
 * {@code reproduce table-25} (see the README).
 */
class TableExperimentTest {
    private static RunOutcome outcome(int modes, double inMode, double tv, double outliers, String pause) {
        return new RunOutcome(PointSet.of(2, new double[2]), 1000, 0, 0, modes, inMode, tv, outliers, pause, 0);
    }

    @Test
    void criterionNamesEveryFailedCriterion() {
        ConvergenceCriterion k = new ConvergenceCriterion(25, new OccupancySpread(1000, 1000, 25, 4000, 0.08, 0.1));
        assertTrue(k.converged(outcome(24, 0.9, 0.1, 0.01, null)), "every bound is inclusive");
        assertEquals(List.of("23/25 modes"), k.failures(outcome(23, 0.95, 0.05, 0, null)));
        assertEquals(List.of("in-mode 0.89"), k.failures(outcome(25, 0.89, 0.05, 0, null)));
        assertEquals(List.of("TV 0.11"), k.failures(outcome(25, 0.95, 0.11, 0, null)));
        assertEquals(List.of("outliers 1.5%"), k.failures(outcome(25, 0.95, 0.05, 0.015, null)));
        assertEquals(List.of("paused"), k.failures(outcome(25, 0.95, 0.05, 0, "step 3 not finite")));
        assertTrue(k.describe().contains("occupancy TV ≤ 0.100"), k.describe());
    }

    @Test
    void keptRunsGiveTheSameTable(@org.junit.jupiter.api.io.TempDir java.nio.file.Path cache) {
        TableSettings s = new TableSettings("30gaussians", "test", List.of(PaperCondition.parse("sd/on/subsampled/batched/cosine"),
                PaperCondition.parse("svgd/off/full/all/annealed")), 2, 30, 70, 2, cache);
        TableResult first = new TableExperiment(s).run(Progress.silent());
        TableResult again = new TableExperiment(s).run(Progress.silent());
        assertEquals(0, first.keptRuns());
        assertEquals(4, again.keptRuns());
        for (int c = 0; c < 2; c++) {
            for (int k = 0; k < 2; k++) {
                RunOutcome a = first.rows().get(c).runs().get(k);
                RunOutcome b = again.rows().get(c).runs().get(k);
                assertEquals(a.positions(), b.positions());
                assertEquals(List.of(a.steps(), a.mmd2(), a.slicedW2(), a.modesCovered(), a.inModeFraction(),
                        a.occupancyTv(), a.outlierFraction(), a.seconds()), List.of(b.steps(), b.mmd2(), b.slicedW2(),
                        b.modesCovered(), b.inModeFraction(), b.occupancyTv(), b.outlierFraction(), b.seconds()));
            }
        }
        assertTrue(TableReport.markdown(again).contains("4 of them were run by an earlier invocation"));
    }

    @Test
    void onlySdFlowConvergesInTheFigureOneConditionAtReducedSize() {
        TableSettings s = new TableSettings("25gaussians", "test", List.of(
                PaperCondition.parse("sd/off/full/batched/annealed"), PaperCondition.parse("mmd/off/full/batched/annealed")),
                1, 1000, 400, 2, null);
        TableResult r = new TableExperiment(s).run(Progress.silent());
        assertEquals(0.19, r.criterion().maxTv(), 0.02, "threshold measured for N = M = 400, K = 25");
        TableRow sd = r.rows().get(0);
        assertEquals(PaperFigure.FIGURE_1, sd.figure());
        assertEquals(1000, sd.runs().get(0).steps());
        assertTrue(sd.converged(), "SD: " + sd.failures());
        assertTrue(sd.tvMax() < 0.5 * r.criterion().maxTv(), "SD balanced: TV " + sd.tvMax());
        assertEquals(0.0, sd.outliersMax());
        TableRow mmd = r.rows().get(1);
        assertFalse(mmd.converged());
        assertTrue(mmd.failures().containsAll(List.of("modes", "in-mode", "outliers")), "MMD: " + mmd.failures());

        Report report = new TableExperiment(s).report(r);
        assertEquals(TableSettings.definition("t", "25gaussians", "t", "t").files(), report.fileNames());
        String md = TableReport.markdown(r);
        assertTrue(md.contains("| off | full | batched | annealed | **Fig. 1** | **yes** | no (modes, in-mode"), md);
        assertTrue(md.contains("η = 0.5"), md);
        assertTrue(report.summary().get(0).endsWith("yes"), report.summary().get(0));
    }
}
