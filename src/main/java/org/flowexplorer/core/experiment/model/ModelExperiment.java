package org.flowexplorer.core.experiment.model;

import java.util.ArrayList;
import java.util.List;
import org.flowexplorer.core.experiment.Experiment;
import org.flowexplorer.core.experiment.Progress;
import org.flowexplorer.core.experiment.report.Report;
import org.flowexplorer.core.flow.QSelf;
import org.flowexplorer.core.math.ParallelRunner;
import org.flowexplorer.core.math.PointSet;
import org.flowexplorer.core.math.RandomStreams;
import org.flowexplorer.core.math.RandomStreams.Purpose;
import org.flowexplorer.core.metric.NearestNeighbours;

/**
 * Model optimisation in R^d, the SD-flow paper's Fig. 5 (algorithms.md §7): a fixed training set
 * of {@code train} targets and a held-out set are drawn once; the model is fitted twice on the
 * same draws, with the q-score's own term left out (default) and included; then fresh model
 * samples, the held-out points and the training points themselves are compared by their distance
 * to the nearest (other) training point — the paper's overfitting question.
 */
public final class ModelExperiment implements Experiment<ModelResult> {
    private final ModelSettings settings;

    public ModelExperiment(ModelSettings settings) {
        this.settings = settings;
    }

    @Override
    public ModelResult run(Progress progress) {
        long start = System.nanoTime();
        ModelSettings s = settings;
        ModelTarget target = ModelTarget.draw(s.dim(), s.seed());
        RandomStreams rs = new RandomStreams(s.seed());
        PointSet training = target.sample(rs.stream(Purpose.TARGETS, -1, 0), s.train());
        PointSet heldOut = target.sample(rs.stream(Purpose.TARGETS, -1, 1), s.heldOut());
        double trainingCovError = ModelErrors.relative(ModelTarget.sampleCovariance(training),
                ModelErrors.outer(target.b()));
        List<ModelFit> fits = new ArrayList<>();
        List<double[]> modelNn = new ArrayList<>();
        progress.start("model in R^" + s.dim(), 2L * s.steps());
        try (ParallelRunner runner = new ParallelRunner(s.threads())) {
            for (QSelf q : List.of(QSelf.EXCLUDE, QSelf.INCLUDE)) {
                ModelFit fit = ModelFit.run(s, q, target, training, runner, progress);
                ModelErrors e = fit.last();
                progress.note(String.format(java.util.Locale.ROOT, "q_self %s: mean error %.4g (relative %.4g), "
                                + "covariance error %.4g, slope %.4f, trace ratio %.4f (%.1f s)", q.id(), e.meanError(),
                        e.relativeMeanError(), e.covError(), e.covSlope(), e.traceRatio(), fit.seconds()));
                fits.add(fit);
                PointSet samples = new ModelTarget(fit.muHat(), fit.bHat())
                        .sample(rs.stream(Purpose.MODEL, Integer.MAX_VALUE), s.heldOut());
                modelNn.add(NearestNeighbours.distances(samples, training, runner));
            }
            progress.note("nearest neighbours of the held-out and training points ...");
            NearestNeighbours held = NearestNeighbours.compute(heldOut, training, runner);
            return new ModelResult(s, target, trainingCovError, fits, modelNn, held.particleToTarget(),
                    held.targetToTarget(), (System.nanoTime() - start) / 1e9);
        }
    }

    @Override
    public Report report(ModelResult result) {
        return ModelReport.of(result);
    }
}
