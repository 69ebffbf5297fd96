package org.flowexplorer.app.data;

import java.util.ArrayList;
import java.util.List;
import org.flowexplorer.core.kernel.GridSums;
import org.flowexplorer.core.kernel.KernelMode;
import org.flowexplorer.core.sim.CostEstimate;
import org.flowexplorer.core.sim.FlowParameters;
import org.flowexplorer.core.sim.RunConfig;

/**
 * Estimates what one step of a configuration will cost before it is built, from the engine's own
 * cost model ({@link CostEstimate}: kernel pairs of the flow × this machine's time per pair, or
 * grid mode's cost, which hardly depends on N), and says which kernel modes exist. The pair rate is measured once, on the first estimate (about a quarter of a second on the
 * estimating thread). Batches count with their sizes B_q, B_p, as the engine's kernel sums see them.
 */
public final class StepCostEstimator {
    private final int threads;
    private CostEstimate model;

    /** @param threads the kernel threads the run will use */
    public StepCostEstimator(int threads) {
        this.threads = threads;
    }

    /** The expected cost of one step of {@code config}; called on a background thread. */
    public synchronized StepCost estimate(RunConfig config) {
        if (model == null) {
            model = CostEstimate.calibrate();
        }
        FlowParameters p = config.params();
        int n = p.particleBatch() > 0 ? Math.min(p.particleBatch(), config.particles()) : config.particles();
        int m = p.targetBatch() > 0 ? Math.min(p.targetBatch(), config.targets()) : config.targets();
        int d = dimension(config.dataset());
        CostEstimate.Estimate e = model.estimate(p.flow(), n, m, d, p.kernel(), threads);
        Double gridSeconds = null;
        Double gridError = null;
        if (!e.kernel().grid() && d <= GridSums.MAX_DIM) {
            CostEstimate.Estimate g = model.estimate(p.flow(), n, m, d, KernelMode.GRID, threads);
            gridSeconds = g.msPerStep() / 1000;
            gridError = 100 * g.kernel().expectedError();
        }
        return new StepCost(e.msPerStep() / 1000, e.worstMsPerStep() / 1000, e.kernel().label(), gridSeconds, gridError);
    }

    /** The dataset's dimension: 2 or 3 for the built-in ones, 2 for pictures and (as a guess) CSV files. */
    private static int dimension(String dataset) {
        try {
            return DataModel.dimension(dataset);
        } catch (IllegalArgumentException e) {
            return 2;
        }
    }

    /** The choices of the {@code kernel} key: exact, grid, auto. */
    public List<String> kernelModes() {
        List<String> ids = new ArrayList<>();
        for (KernelMode k : KernelMode.values()) {
            ids.add(k.id());
        }
        return ids;
    }
}
