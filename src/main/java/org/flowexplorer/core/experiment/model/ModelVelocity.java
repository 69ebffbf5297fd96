package org.flowexplorer.core.experiment.model;

import org.flowexplorer.core.flow.QSelf;
import org.flowexplorer.core.flow.ScoreDifferenceFlow;
import org.flowexplorer.core.flow.StepInput;
import org.flowexplorer.core.kernel.ReferenceSums;
import org.flowexplorer.core.math.ParallelRunner;
import org.flowexplorer.core.math.PointSet;

/**
 * The SD velocity of §2 at the model samples, with the q-score's own term included or left out
 * (algorithms.md §1):
 * <pre>
 *   v_i = (m_p(x_i) − m_q(x_i)) / σ²,   m_q over x_k, k = 1..N (include) or k ≠ i (exclude)
 * </pre>
 * This is the engine's {@link ScoreDifferenceFlow} with its q_self choice, on the scalar double
 * reference sums ({@link ReferenceSums}: log-sum-exp safe, ascending index order), so the model
 * fit (§7) is exact double and independent of the thread count.
 */
final class ModelVelocity {
    private ModelVelocity() {
    }

    /**
     * Writes v_i into {@code v[i·d .. i·d+d)} for every sample.
     *
     * @param x       the model samples (N ≥ 2 for exclude)
     * @param targets the targets of this step
     */
    static void compute(PointSet x, PointSet targets, double sigma, QSelf qSelf, double[] v, ParallelRunner runner) {
        new ScoreDifferenceFlow(qSelf).velocities(StepInput.once(x, targets, sigma, runner), new ReferenceSums(runner), v);
    }
}
