package org.flowexplorer.core.data;

import org.flowexplorer.core.math.PointSet;

/**
 * The description of a Gaussian mixture dataset with equal isotropic components, so that mode
 * metrics (coverage, in-mode fraction) apply.
 *
 * @param means one mean per mode (K points in R^d)
 * @param std   the common standard deviation of every component
 */
public record Mixture(PointSet means, double std) {
    public Mixture {
        if (means == null || means.size() == 0) {
            throw new IllegalArgumentException("a mixture needs at least one mean");
        }
        if (!(std > 0)) {
            throw new IllegalArgumentException("mixture std must be positive, got " + std);
        }
    }

    public int modes() {
        return means.size();
    }
}
