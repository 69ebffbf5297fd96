package org.flowexplorer.core.data;

import org.flowexplorer.core.math.PointSet;

/** The component means of the mixture datasets of algorithms.md §5. */
final class MixtureMeans {
    private MixtureMeans() {
    }

    /** {@code 2·(i, j)} for i, j ∈ {−2..2}, row-major in i. */
    static PointSet grid25() {
        double[] m = new double[50];
        int k = 0;
        for (int i = -2; i <= 2; i++) {
            for (int j = -2; j <= 2; j++) {
                m[k++] = 2.0 * i;
                m[k++] = 2.0 * j;
            }
        }
        return PointSet.wrap(2, m);
    }

    /** {@code 2·(cos 2πk/8, sin 2πk/8)}, k = 0..7. */
    static PointSet ring8() {
        return rings(new double[] {2}, new int[] {8});
    }

    /** Rings of radius 1, 2, 3 holding 6, 10, 14 means (our stand-in for the paper's 30 Gaussians). */
    static PointSet rings30() {
        return rings(new double[] {1, 2, 3}, new int[] {6, 10, 14});
    }

    private static PointSet rings(double[] radii, int[] counts) {
        int total = 0;
        for (int c : counts) {
            total += c;
        }
        double[] m = new double[2 * total];
        int k = 0;
        for (int r = 0; r < radii.length; r++) {
            for (int j = 0; j < counts[r]; j++) {
                double a = 2 * Math.PI * j / counts[r];
                m[k++] = radii[r] * Math.cos(a);
                m[k++] = radii[r] * Math.sin(a);
            }
        }
        return PointSet.wrap(2, m);
    }
}
