package org.flowexplorer.core.sim;

import org.flowexplorer.core.kernel.DenseSums;
import org.flowexplorer.core.kernel.GridSums;
import org.flowexplorer.core.kernel.KernelMode;
import org.flowexplorer.core.kernel.KernelStatus;
import org.flowexplorer.core.kernel.KernelSums;
import org.flowexplorer.core.math.ParallelRunner;

/**
 * The kernel sums of one simulation: dense exact sums on the detected backend, and grid sums over
 * them when the {@code kernel} parameter asks for grid mode (created on first use). Both keep their
 * layouts and buffers from step to step.
 */
final class StepKernels {
    private final DenseSums dense;
    private GridSums grid;
    private KernelStatus last;

    StepKernels(ParallelRunner runner) {
        this.dense = DenseSums.detect(runner);
        this.last = KernelStatus.exact(dense.describe());
    }

    /** The sums for a step with N particles and M targets in dimension d. */
    KernelSums sums(KernelMode mode, int n, int m, int d) {
        if (mode.usesGrid(n, m, d)) {
            if (grid == null) {
                grid = new GridSums(dense);
            }
            last = new KernelStatus(true, grid.describe(), grid.expectedError());
            return grid;
        }
        last = KernelStatus.exact(dense.describe());
        return dense;
    }

    /** What {@link #sums} would choose, without changing anything. */
    KernelStatus status(KernelMode mode, int n, int m, int d) {
        if (mode.usesGrid(n, m, d)) {
            double err = grid == null ? GridSums.PRIOR_ERROR : grid.expectedError();
            return new KernelStatus(true, "grid (cells of σ/4) on " + dense.describe(), err);
        }
        return KernelStatus.exact(dense.describe());
    }

    /** The status of the last {@link #sums} call. */
    KernelStatus lastStatus() {
        return last;
    }
}
