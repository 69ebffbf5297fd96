package org.flowexplorer.core.experiment.model;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.NormOps_DDRM;

/**
 * How far the learned model (μ̂, B̂) is from the target (μ, B) after a step (algorithms.md §7).
 *
 * @param step              steps taken
 * @param meanError         ‖μ̂ − μ‖
 * @param relativeMeanError ‖μ̂ − μ‖ / ‖μ‖
 * @param covError          ‖B̂B̂ᵀ − BBᵀ‖_F / ‖BBᵀ‖_F
 * @param covSlope          least-squares slope (with intercept) of the entries of B̂B̂ᵀ on those of BBᵀ
 * @param traceRatio        tr(B̂B̂ᵀ) / tr(BBᵀ)
 */
public record ModelErrors(int step, double meanError, double relativeMeanError, double covError, double covSlope,
                          double traceRatio) {
    /** The errors of (μ̂, B̂) against (μ, B). */
    public static ModelErrors of(int step, DMatrixRMaj mu, DMatrixRMaj b, DMatrixRMaj muHat, DMatrixRMaj bHat) {
        DMatrixRMaj diff = new DMatrixRMaj(mu.numRows, 1);
        CommonOps_DDRM.subtract(muHat, mu, diff);
        double me = NormOps_DDRM.normF(diff);
        DMatrixRMaj c = outer(b);
        DMatrixRMaj ch = outer(bHat);
        return new ModelErrors(step, me, me / NormOps_DDRM.normF(mu), relative(ch, c), slope(c.data, ch.data),
                CommonOps_DDRM.trace(ch) / CommonOps_DDRM.trace(c));
    }

    /** ‖a − b‖_F / ‖b‖_F. */
    public static double relative(DMatrixRMaj a, DMatrixRMaj b) {
        DMatrixRMaj d = new DMatrixRMaj(a.numRows, a.numCols);
        CommonOps_DDRM.subtract(a, b, d);
        return NormOps_DDRM.normF(d) / NormOps_DDRM.normF(b);
    }

    /** B Bᵀ. */
    public static DMatrixRMaj outer(DMatrixRMaj b) {
        DMatrixRMaj c = new DMatrixRMaj(b.numRows, b.numRows);
        CommonOps_DDRM.multTransB(b, b, c);
        return c;
    }

    /** Ordinary least-squares slope of y on x (with intercept): cov(x, y) / var(x). */
    public static double slope(double[] x, double[] y) {
        double mx = 0;
        double my = 0;
        for (int k = 0; k < x.length; k++) {
            mx += x[k];
            my += y[k];
        }
        mx /= x.length;
        my /= x.length;
        double sxy = 0;
        double sxx = 0;
        for (int k = 0; k < x.length; k++) {
            sxy += (x[k] - mx) * (y[k] - my);
            sxx += (x[k] - mx) * (x[k] - mx);
        }
        return sxy / sxx;
    }
}
