package org.flowexplorer.core.data;

import java.util.SplittableRandom;
import org.flowexplorer.core.math.PointSet;

/**
 * The generated target distributions of algorithms.md §5. Each draws one point at a time
 * from a generator, so a dataset of M points is a pure function of (seed, M).
 */
public enum SyntheticDataset {
    /** Equal mixture, means 2·(i, j), i, j ∈ {−2..2}, std 0.05. */
    GAUSSIANS_25("25gaussians", "25 Gaussians on a 5x5 grid (std 0.05)", 2, MixtureMeans.grid25(), 0.05),
    /** Means 2·(cos 2πk/8, sin 2πk/8), std 0.05. */
    GAUSSIANS_8("8gaussians", "8 Gaussians on a circle of radius 2 (std 0.05)", 2, MixtureMeans.ring8(), 0.05),
    /** Stand-in: rings of radius 1, 2, 3 holding 6, 10, 14 means, std 0.05. */
    GAUSSIANS_30("30gaussians", "30 Gaussians on three rings (our stand-in, std 0.05)", 2, MixtureMeans.rings30(), 0.05),
    /** t = 1.5π(1 + 2u): (t cos t, t sin t)/7.5 + N(0, 0.02²I). */
    SWISS_ROLL("swissroll", "Swiss roll spiral in 2D", 2, null, 0) {
        @Override
        void draw(SplittableRandom rng, double[] out, int off) {
            double t = 1.5 * Math.PI * (1 + 2 * rng.nextDouble());
            out[off] = t * Math.cos(t) / 7.5 + 0.02 * rng.nextGaussian();
            out[off + 1] = t * Math.sin(t) / 7.5 + 0.02 * rng.nextGaussian();
        }
    },
    /** (t cos t / 7.5, 4v − 2, t sin t / 7.5) + N(0, 0.02²I). */
    SWISS_ROLL_3D("swissroll3d", "Swiss roll surface in 3D", 3, null, 0) {
        @Override
        void draw(SplittableRandom rng, double[] out, int off) {
            double t = 1.5 * Math.PI * (1 + 2 * rng.nextDouble());
            double v = rng.nextDouble();
            out[off] = t * Math.cos(t) / 7.5 + 0.02 * rng.nextGaussian();
            out[off + 1] = 4 * v - 2 + 0.02 * rng.nextGaussian();
            out[off + 2] = t * Math.sin(t) / 7.5 + 0.02 * rng.nextGaussian();
        }
    },
    /** Stand-in (2,3) torus knot: r = 2 + cos 3s, 0.6·(r cos 2s, r sin 2s, −sin 3s) + N(0, 0.05²I). */
    MYSTERY_3D("mystery3d", "Mystery shape in 3D (our stand-in: a trefoil torus knot)", 3, null, 0) {
        @Override
        void draw(SplittableRandom rng, double[] out, int off) {
            double s = 2 * Math.PI * rng.nextDouble();
            double r = 2 + Math.cos(3 * s);
            out[off] = 0.6 * r * Math.cos(2 * s) + 0.05 * rng.nextGaussian();
            out[off + 1] = 0.6 * r * Math.sin(2 * s) + 0.05 * rng.nextGaussian();
            out[off + 2] = -0.6 * Math.sin(3 * s) + 0.05 * rng.nextGaussian();
        }
    },
    /** Two interleaved half circles + N(0, 0.05²I), shifted by (−0.5, −0.25), scaled by 1.5. */
    MOONS("moons", "Two interleaved half moons", 2, null, 0) {
        @Override
        void draw(SplittableRandom rng, double[] out, int off) {
            boolean upper = rng.nextBoolean();
            double a = Math.PI * rng.nextDouble();
            double x = upper ? Math.cos(a) : 1 - Math.cos(a);
            double y = upper ? Math.sin(a) : 0.5 - Math.sin(a);
            x += 0.05 * rng.nextGaussian();
            y += 0.05 * rng.nextGaussian();
            out[off] = 1.5 * (x - 0.5);
            out[off + 1] = 1.5 * (y - 0.25);
        }
    },
    /** Uniform on the 8 unit squares of [−2,2]² with ⌊x⌋ + ⌊y⌋ even. */
    CHECKERBOARD("checkerboard", "Checkerboard of 8 squares", 2, null, 0) {
        @Override
        void draw(SplittableRandom rng, double[] out, int off) {
            int cell = rng.nextInt(8);
            int row = cell / 2;               // 0..3 → floor(y) = row − 2
            int col = 2 * (cell % 2) + (row % 2); // makes floor(x) + floor(y) even
            out[off] = col - 2 + rng.nextDouble();
            out[off + 1] = row - 2 + rng.nextDouble();
        }
    };

    private final String id;
    private final String description;
    private final int dim;
    private final Mixture mixture;

    SyntheticDataset(String id, String description, int dim, PointSet means, double std) {
        this.id = id;
        this.description = description;
        this.dim = dim;
        this.mixture = means == null ? null : new Mixture(means, std);
    }

    public String id() {
        return id;
    }

    public String description() {
        return description;
    }

    public int dim() {
        return dim;
    }

    /** The mixture this dataset is drawn from, or null when it is not a mixture. */
    public Mixture mixture() {
        return mixture;
    }

    /** Draws {@code m} points. */
    public PointSet sample(int m, SplittableRandom rng) {
        double[] out = new double[m * dim];
        for (int i = 0; i < m; i++) {
            draw(rng, out, i * dim);
        }
        return PointSet.wrap(dim, out);
    }

    /** Draws one point into {@code out[off..off+dim)}; mixtures pick a component uniformly. */
    void draw(SplittableRandom rng, double[] out, int off) {
        PointSet means = mixture.means();
        int k = rng.nextInt(means.size());
        for (int c = 0; c < dim; c++) {
            out[off + c] = means.get(k, c) + mixture.std() * rng.nextGaussian();
        }
    }
}
