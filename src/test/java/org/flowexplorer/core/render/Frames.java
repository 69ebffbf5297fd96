package org.flowexplorer.core.render;

import org.flowexplorer.core.data.Dataset;
import org.flowexplorer.core.data.Mixture;
import org.flowexplorer.core.math.PointSet;
import org.flowexplorer.core.sim.Snapshot;

/** Small hand-made snapshots for render tests. */
final class Frames {
    private Frames() {
    }

    static Snapshot snapshot(PointSet particles, PointSet velocities, PointSet targets, Mixture mixture) {
        return new Snapshot(7, 0.5, 0.5, particles, velocities, new Dataset("test", targets, mixture), null, 0, null, null);
    }

    static Snapshot snapshot(PointSet particles, PointSet targets) {
        return snapshot(particles, null, targets, null);
    }

    /** n seeded pseudo-random points in [−r, r]^d. */
    static PointSet random(int n, int d, double r, long seed) {
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(seed);
        double[] c = new double[n * d];
        for (int i = 0; i < c.length; i++) {
            c[i] = (rnd.nextDouble() * 2 - 1) * r;
        }
        return PointSet.wrap(d, c);
    }
}
