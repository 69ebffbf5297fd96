package org.flowexplorer.core.math;

/**
 * exp by range reduction, a minimax polynomial and exponent bits, in double and float. These are
 * the scalar twins of the vector kernels' exp (same constants, same operations), so the error
 * stated here is the error of every fast kernel's weights.
 * <pre>
 *   x = n ln2 + r,   n = round(x log2e),   |r| ≤ ln2/2
 *   e^x = 2^n · p(r),  p = minimax polynomial of e^r on [−0.35, 0.35]
 *   n:    t = x·log2e + 1.5·2^52   (the low mantissa bits of t hold n: bits(t) − bits(1.5·2^52) = n)
 *   2^n:  the double with bits (n + 1023) &lt;&lt; 52       (float: 1.5·2^23, 127, shift 23)
 * </pre>
 * Arguments are clamped to [{@link #MIN_ARG}, {@link #MAX_ARG}] (float: [{@link #MIN_ARG_F},
 * {@link #MAX_ARG_F}]) so that 2^n stays a normal number: below the clamp the result is the
 * smallest normal value (≈ 2.2e−308, float ≈ 1.2e−38) instead of 0. The kernels only take exp of
 * log-weights relative to a running maximum, where such terms are below e^−60 of the largest one.
 *
 * <p>Measured maximal relative error (FastExpTest, dense sampling of the whole clamped range):
 * double (degree 11, approximation error 3.6e−18) below 4e−16, about 2 ulp; float (degree 6,
 * approximation error 2.1e−9, evaluated in float) below 3e−7, about 2.5 ulp of float.
 *
 * <p>The scalar versions use separate multiply and add (not {@code Math.fma}), so they give the
 * same bits on every machine; the vector twins use fused multiply-add.
 */
public final class FastExp {
    /** log2(e). */
    public static final double LOG2E = 1.4426950408889634;
    /** High part of ln 2 (32 significant bits, so n·LN2_HI is exact for |n| &lt; 2^21). */
    public static final double LN2_HI = 6.93147180369123816490e-01;
    /** ln 2 − LN2_HI. */
    public static final double LN2_LO = 1.90821492927058770002e-10;
    /** 1.5·2^52: adding it rounds to an integer held in the low mantissa bits. */
    public static final double ROUND_MAGIC = 6755399441055744.0;
    /** Smallest argument with a normal 2^n result. */
    public static final double MIN_ARG = -708.3;
    /** Largest argument without overflow. */
    public static final double MAX_ARG = 709.0;
    /**
     * Coefficients of e^r on [−0.35, 0.35], highest degree first (degree 11, Chebyshev minimax
     * fit, approximation error 3.6e−18).
     */
    public static final double[] COEFFS = {
        2.5111212274007258041e-8, 2.7634167216431784851e-7, 2.7557237711881695766e-6,
        0.000024801481312242950348, 0.00019841269893073236824, 0.001388888895625002404,
        0.0083333333333184531926, 0.041666666666473174228, 0.16666666666666682297,
        0.50000000000000203254, 0.99999999999999999973, 0.99999999999999999654
    };

    /** float: log2(e). */
    public static final float LOG2E_F = 1.44269504f;
    /** float: high part of ln 2 (16 significant bits). */
    public static final float LN2_HI_F = 0.693145751953125f;
    /** float: ln 2 − LN2_HI_F. */
    public static final float LN2_LO_F = 1.42860682030941723212e-6f;
    /** float: 1.5·2^23. */
    public static final float ROUND_MAGIC_F = 12582912f;
    /** float: smallest argument with a normal result. */
    public static final float MIN_ARG_F = -87.3f;
    /** float: largest argument without overflow. */
    public static final float MAX_ARG_F = 88.0f;
    /** float: coefficients of e^r on [−0.35, 0.35], highest first (degree 6, error 2.1e−9). */
    public static final float[] COEFFS_F = {
        0.001394216796653608761f, 0.0083759747381458022781f, 0.041666340042576353065f,
        0.16666405222848805974f, 0.50000000500416889435f, 1.0000000400571979741f, 1.0f
    };

    private FastExp() {
    }

    /** e^x in double (see the class comment for range and error). NaN gives NaN. */
    public static double exp(double x) {
        double c = x < MIN_ARG ? MIN_ARG : x > MAX_ARG ? MAX_ARG : x;
        double t = c * LOG2E + ROUND_MAGIC;
        double n = t - ROUND_MAGIC;
        double r = c - n * LN2_HI;
        r = r - n * LN2_LO;
        double p = COEFFS[0];
        for (int k = 1; k < COEFFS.length; k++) {
            p = p * r + COEFFS[k];
        }
        long bits = (Double.doubleToRawLongBits(t) - Double.doubleToRawLongBits(ROUND_MAGIC) + 1023L) << 52;
        return x != x ? x : p * Double.longBitsToDouble(bits);
    }

    /** e^x in float (see the class comment for range and error). NaN gives NaN. */
    public static float expf(float x) {
        float c = x < MIN_ARG_F ? MIN_ARG_F : x > MAX_ARG_F ? MAX_ARG_F : x;
        float t = c * LOG2E_F + ROUND_MAGIC_F;
        float n = t - ROUND_MAGIC_F;
        float r = c - n * LN2_HI_F;
        r = r - n * LN2_LO_F;
        float p = COEFFS_F[0];
        for (int k = 1; k < COEFFS_F.length; k++) {
            p = p * r + COEFFS_F[k];
        }
        int bits = (Float.floatToRawIntBits(t) - Float.floatToRawIntBits(ROUND_MAGIC_F) + 127) << 23;
        return x != x ? x : p * Float.intBitsToFloat(bits);
    }
}
