package org.flowexplorer.core.experiment.model;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.flowexplorer.core.experiment.Progress;
import org.flowexplorer.core.flow.QSelf;
import org.flowexplorer.core.math.ParallelRunner;
import org.flowexplorer.core.math.PointSet;
import org.flowexplorer.core.math.RandomStreams;
import org.flowexplorer.core.math.RandomStreams.Purpose;

/**
 * One fit of the model x = μ̂ + B̂z by SD flow (algorithms.md §7): from μ̂ = 0, B̂ = I, each step
 * draws N fresh z, takes a batch of M training targets (without replacement), computes the SD
 * velocity v at the model samples (constant σ, q-score with or without its own term) and moves
 * the parameters by the least-squares fit of the moved samples:
 * <pre>  μ̂ += ε · mean_i v_i,   B̂ += ε · mean_i v_i z_iᵀ,   ε = η σ²</pre>
 * The draws depend on (seed, step) only, so both q_self choices see the same z and batches.
 *
 * @param qSelf   the q-score's own term
 * @param muHat   learned μ̂
 * @param bHat    learned B̂
 * @param history errors every {@code every} steps and at the end
 * @param seconds wall time
 */
public record ModelFit(QSelf qSelf, DMatrixRMaj muHat, DMatrixRMaj bHat, List<ModelErrors> history, double seconds) {
    public ModelFit {
        history = List.copyOf(history);
    }

    public ModelErrors last() {
        return history.get(history.size() - 1);
    }

    /** Fits the model to {@code training} (rows) of the target (μ, B). */
    static ModelFit run(ModelSettings s, QSelf qSelf, ModelTarget target, PointSet training, ParallelRunner runner,
                        Progress progress) {
        long start = System.nanoTime();
        int d = s.dim();
        RandomStreams rs = new RandomStreams(s.seed());
        DMatrixRMaj muHat = new DMatrixRMaj(d, 1);
        DMatrixRMaj bHat = CommonOps_DDRM.identity(d);
        double eps = s.eta() * s.sigma() * s.sigma();
        List<ModelErrors> history = new ArrayList<>();
        history.add(ModelErrors.of(0, target.mu(), target.b(), muHat, bHat));
        DMatrixRMaj z = new DMatrixRMaj(s.n(), d);
        DMatrixRMaj v = new DMatrixRMaj(s.n(), d);
        DMatrixRMaj g = new DMatrixRMaj(d, d);
        DMatrixRMaj meanV = new DMatrixRMaj(d, 1);
        for (int t = 0; t < s.steps(); t++) {
            PointSet x = ModelTarget.sample(rs.stream(Purpose.MODEL, t), muHat, bHat, z);
            SplittableRandom batchRng = rs.stream(Purpose.TARGET_BATCH, t);
            PointSet batch = training.subset(RandomStreams.sortedSubset(batchRng, training.size(), s.m()));
            ModelVelocity.compute(x, batch, s.sigma(), qSelf, v.data, runner);
            CommonOps_DDRM.sumCols(v, meanV);
            meanV.reshape(d, 1);
            CommonOps_DDRM.addEquals(muHat, eps / s.n(), meanV);
            CommonOps_DDRM.multTransA(v, z, g);
            CommonOps_DDRM.addEquals(bHat, eps / s.n(), g);
            if ((t + 1) % s.every() == 0 || t == s.steps() - 1) {
                history.add(ModelErrors.of(t + 1, target.mu(), target.b(), muHat, bHat));
            }
            progress.advance(1);
        }
        return new ModelFit(qSelf, muHat, bHat, history, (System.nanoTime() - start) / 1e9);
    }
}
