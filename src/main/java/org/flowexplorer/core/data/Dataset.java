package org.flowexplorer.core.data;

import org.flowexplorer.core.math.PointSet;

/**
 * A target sample together with what is known about its distribution.
 *
 * @param name    the dataset id it was made from (e.g. {@code 25gaussians}, {@code csv:/path})
 * @param points  the targets y_1..y_M
 * @param mixture the mixture it was drawn from, or null when it is not a mixture
 */
public record Dataset(String name, PointSet points, Mixture mixture) {
    public Dataset {
        if (points == null) {
            throw new IllegalArgumentException("dataset has no points");
        }
        if (mixture != null && mixture.means().dim() != points.dim()) {
            throw new IllegalArgumentException("mixture dimension differs from the points'");
        }
    }

    public int dim() {
        return points.dim();
    }
}
