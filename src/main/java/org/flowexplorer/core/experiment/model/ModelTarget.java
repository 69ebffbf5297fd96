package org.flowexplorer.core.experiment.model;

import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.flowexplorer.core.math.PointSet;
import org.flowexplorer.core.math.RandomStreams;
import org.flowexplorer.core.math.RandomStreams.Purpose;

/**
 * The target of §7: {@code y = μ + B z}, z ~ N(0, I_d), with μ ~ N(0, I) and B = A/√d (A standard
 * normal) drawn once from the seed.
 *
 * @param mu μ (d × 1)
 * @param b  B (d × d)
 */
public record ModelTarget(DMatrixRMaj mu, DMatrixRMaj b) {
    /** μ and B of the seed. */
    public static ModelTarget draw(int d, long seed) {
        RandomStreams rs = new RandomStreams(seed);
        DMatrixRMaj mu = new DMatrixRMaj(d, 1);
        DMatrixRMaj b = new DMatrixRMaj(d, d);
        SplittableRandom r = rs.stream(Purpose.MODEL, -1, 0);
        for (int i = 0; i < d; i++) {
            mu.data[i] = r.nextGaussian();
        }
        r = rs.stream(Purpose.MODEL, -1, 1);
        for (int k = 0; k < d * d; k++) {
            b.data[k] = r.nextGaussian() / Math.sqrt(d);
        }
        return new ModelTarget(mu, b);
    }

    /** {@code count} independent draws of the target (rows). */
    public PointSet sample(SplittableRandom rng, int count) {
        return sample(rng, mu, b, new DMatrixRMaj(count, mu.numRows));
    }

    /** Rows mean + scale·z_i with fresh z_i written into the rows of {@code z}. */
    static PointSet sample(SplittableRandom rng, DMatrixRMaj mean, DMatrixRMaj scale, DMatrixRMaj z) {
        for (int k = 0; k < z.data.length; k++) {
            z.data[k] = rng.nextGaussian();
        }
        DMatrixRMaj out = new DMatrixRMaj(z.numRows, mean.numRows);
        CommonOps_DDRM.multTransB(z, scale, out);
        int d = mean.numRows;
        for (int i = 0; i < out.numRows; i++) {
            for (int c = 0; c < d; c++) {
                out.data[i * d + c] += mean.data[c];
            }
        }
        return PointSet.wrap(d, out.data);
    }

    /** The unbiased sample covariance of the rows of {@code y}. */
    public static DMatrixRMaj sampleCovariance(PointSet y) {
        int n = y.size();
        int d = y.dim();
        double[] mean = new double[d];
        for (int i = 0; i < n; i++) {
            for (int c = 0; c < d; c++) {
                mean[c] += y.get(i, c) / n;
            }
        }
        DMatrixRMaj centred = new DMatrixRMaj(n, d);
        for (int i = 0; i < n; i++) {
            for (int c = 0; c < d; c++) {
                centred.data[i * d + c] = y.get(i, c) - mean[c];
            }
        }
        DMatrixRMaj cov = new DMatrixRMaj(d, d);
        CommonOps_DDRM.multTransA(centred, centred, cov);
        CommonOps_DDRM.scale(1.0 / (n - 1), cov);
        return cov;
    }
}
