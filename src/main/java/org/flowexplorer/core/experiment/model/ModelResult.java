package org.flowexplorer.core.experiment.model;

import java.util.List;

/**
 * Both fits and the overfitting check.
 *
 * @param settings          what was run
 * @param target            μ and B
 * @param trainingCovError  ‖cov(training set) − BBᵀ‖_F / ‖BBᵀ‖_F: the data's own error, a floor
 * @param fits              one fit per q_self choice, the default (exclude) first
 * @param modelToTraining   per fit: distance of each fresh model sample to its nearest training point
 * @param heldOutToTraining distance of each held-out point to its nearest training point
 * @param trainingToTraining distance of each training point to its nearest other training point
 * @param seconds           wall time
 */
public record ModelResult(ModelSettings settings, ModelTarget target, double trainingCovError, List<ModelFit> fits,
                          List<double[]> modelToTraining, double[] heldOutToTraining, double[] trainingToTraining,
                          double seconds) {
    public ModelResult {
        fits = List.copyOf(fits);
        modelToTraining = List.copyOf(modelToTraining);
    }
}
