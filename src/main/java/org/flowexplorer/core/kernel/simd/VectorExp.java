package org.flowexplorer.core.kernel.simd;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;
import org.flowexplorer.core.math.FastExp;

/**
 * Lane-wise exp for the vector kernels: the same range reduction, polynomial and exponent-bit
 * construction as {@link FastExp} (see its error statement), with fused multiply-adds. 2^n is built
 * from the bits of {@code x·log2e + 1.5·2^52} rather than by a double-to-long conversion, which has
 * no AVX2 instruction and would fall back to scalar code. Constants (species included) are static
 * finals so that C2 keeps them in registers; the vectors passed must be of the kernels' species.
 */
final class VectorExp {
    private static final double LOG2E = FastExp.LOG2E;
    private static final double LN2_HI = FastExp.LN2_HI;
    private static final double LN2_LO = FastExp.LN2_LO;
    private static final double MAGIC = FastExp.ROUND_MAGIC;
    private static final long EXP_BIAS = 1023L - Double.doubleToRawLongBits(FastExp.ROUND_MAGIC);
    private static final double MIN = FastExp.MIN_ARG;
    private static final double D0 = FastExp.COEFFS[0];
    private static final double D1 = FastExp.COEFFS[1];
    private static final double D2 = FastExp.COEFFS[2];
    private static final double D3 = FastExp.COEFFS[3];
    private static final double D4 = FastExp.COEFFS[4];
    private static final double D5 = FastExp.COEFFS[5];
    private static final double D6 = FastExp.COEFFS[6];
    private static final double D7 = FastExp.COEFFS[7];
    private static final double D8 = FastExp.COEFFS[8];
    private static final double D9 = FastExp.COEFFS[9];
    private static final double D10 = FastExp.COEFFS[10];
    private static final double D11 = FastExp.COEFFS[11];

    static final float LOG2E_F = FastExp.LOG2E_F;
    static final float LN2_HI_F = FastExp.LN2_HI_F;
    static final float LN2_LO_F = FastExp.LN2_LO_F;
    static final float MAGIC_F = FastExp.ROUND_MAGIC_F;
    static final int EXP_BIAS_F = 127 - Float.floatToRawIntBits(FastExp.ROUND_MAGIC_F);
    static final float MIN_F = FastExp.MIN_ARG_F;
    static final float F0 = FastExp.COEFFS_F[0];
    static final float F1 = FastExp.COEFFS_F[1];
    static final float F2 = FastExp.COEFFS_F[2];
    static final float F3 = FastExp.COEFFS_F[3];
    static final float F4 = FastExp.COEFFS_F[4];
    static final float F5 = FastExp.COEFFS_F[5];
    static final float F6 = FastExp.COEFFS_F[6];

    private VectorExp() {
    }

    /**
     * e^x for x ≤ {@link FastExp#MAX_ARG} (the kernels only pass log-weights at most a few hundred
     * above their shift); below {@link FastExp#MIN_ARG} the result is the smallest normal double.
     */
    static DoubleVector exp(DoubleVector x) {
        VectorSpecies<Double> s = FloatSpecies.PREFERRED_DOUBLE;
        DoubleVector c = x.max(DoubleVector.broadcast(s, MIN));
        DoubleVector t = c.fma(DoubleVector.broadcast(s, LOG2E), DoubleVector.broadcast(s, MAGIC));
        DoubleVector n = t.sub(DoubleVector.broadcast(s, MAGIC));
        DoubleVector r = n.fma(DoubleVector.broadcast(s, -LN2_HI), c);
        r = n.fma(DoubleVector.broadcast(s, -LN2_LO), r);
        DoubleVector p = DoubleVector.broadcast(s, D0)
                .fma(r, DoubleVector.broadcast(s, D1)).fma(r, DoubleVector.broadcast(s, D2))
                .fma(r, DoubleVector.broadcast(s, D3)).fma(r, DoubleVector.broadcast(s, D4))
                .fma(r, DoubleVector.broadcast(s, D5)).fma(r, DoubleVector.broadcast(s, D6))
                .fma(r, DoubleVector.broadcast(s, D7)).fma(r, DoubleVector.broadcast(s, D8))
                .fma(r, DoubleVector.broadcast(s, D9)).fma(r, DoubleVector.broadcast(s, D10))
                .fma(r, DoubleVector.broadcast(s, D11));
        LongVector bits = ((LongVector) t.viewAsIntegralLanes()).add(EXP_BIAS).lanewise(VectorOperators.LSHL, 52);
        return p.mul(bits.viewAsFloatingLanes());
    }

    /** Float twin of {@link #exp(DoubleVector)} for x ≤ {@link FastExp#MAX_ARG_F}. */
    static FloatVector exp(FloatVector x) {
        VectorSpecies<Float> s = FloatSpecies.PREFERRED;
        FloatVector c = x.max(FloatVector.broadcast(s, MIN_F));
        FloatVector t = c.fma(FloatVector.broadcast(s, LOG2E_F), FloatVector.broadcast(s, MAGIC_F));
        FloatVector n = t.sub(FloatVector.broadcast(s, MAGIC_F));
        FloatVector r = n.fma(FloatVector.broadcast(s, -LN2_HI_F), c);
        r = n.fma(FloatVector.broadcast(s, -LN2_LO_F), r);
        FloatVector p = FloatVector.broadcast(s, F0)
                .fma(r, FloatVector.broadcast(s, F1)).fma(r, FloatVector.broadcast(s, F2))
                .fma(r, FloatVector.broadcast(s, F3)).fma(r, FloatVector.broadcast(s, F4))
                .fma(r, FloatVector.broadcast(s, F5)).fma(r, FloatVector.broadcast(s, F6));
        IntVector bits = ((IntVector) t.viewAsIntegralLanes()).add(EXP_BIAS_F).lanewise(VectorOperators.LSHL, 23);
        return p.mul(bits.viewAsFloatingLanes());
    }
}
