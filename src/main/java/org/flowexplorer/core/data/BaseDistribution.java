package org.flowexplorer.core.data;

import java.util.SplittableRandom;
import org.flowexplorer.core.math.PointSet;
import org.flowexplorer.core.math.RandomStreams;
import org.flowexplorer.core.math.RandomStreams.Purpose;

/** Where the particles start (algorithms.md §5). */
public enum BaseDistribution {
    /** N(c, 0.5²I) with c = (3, −3, 3, −3, …): a blob away from every target. */
    OFFSET("offset", "Gaussian blob at (3, -3), std 0.5") {
        @Override
        double draw(SplittableRandom rng, int c) {
            return (c % 2 == 0 ? 3.0 : -3.0) + 0.5 * rng.nextGaussian();
        }
    },
    /** N(0, I). */
    NORMAL("normal", "Standard normal") {
        @Override
        double draw(SplittableRandom rng, int c) {
            return rng.nextGaussian();
        }
    },
    /** Uniform on [−3, 3]^d. */
    BOX("box", "Uniform on the box [-3, 3]^d") {
        @Override
        double draw(SplittableRandom rng, int c) {
            return -3.0 + 6.0 * rng.nextDouble();
        }
    };

    private final String id;
    private final String description;

    BaseDistribution(String id, String description) {
        this.id = id;
        this.description = description;
    }

    public String id() {
        return id;
    }

    public String description() {
        return description;
    }

    /** The distribution with this id. */
    public static BaseDistribution parse(String id) {
        for (BaseDistribution b : values()) {
            if (b.id.equals(id)) {
                return b;
            }
        }
        throw InputException.forKey("base", "unknown base distribution '" + id + "'; known: offset, normal, box");
    }

    /** {@code n} points in R^dim drawn from {@code seed}. */
    public PointSet sample(int n, int dim, long seed) {
        if (n < 1) {
            throw InputException.forKey("particles", "must be at least 1, got " + n);
        }
        SplittableRandom rng = new RandomStreams(seed).stream(Purpose.BASE, 0);
        double[] out = new double[n * dim];
        for (int i = 0; i < out.length; i++) {
            out[i] = draw(rng, i % dim);
        }
        return PointSet.wrap(dim, out);
    }

    abstract double draw(SplittableRandom rng, int c);
}
