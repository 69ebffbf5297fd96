package org.flowexplorer.core.kernel.simd;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The double leaf loops for d ≤ 3 (a plane passes a zero third coordinate): one leaf's slots
 * {@code [start, end)} against one point whose offset to the leaf centre is (r0, r1, r2); partial
 * vectors W, O0, O1, O2 (then P0, P1, P2) at {@code part[po..]}, bias read at {@code j − bo}.
 * The double twin of {@link FloatSpaceSums}, kept separate because the Vector API has no
 * element-type-generic arithmetic that C2 compiles to vector instructions.
 */
final class DoubleSpaceSums {
    private static final VectorSpecies<Double> D = FloatSpecies.PREFERRED_DOUBLE;
    private static final int L = D.length();
    /** {@link #leaf} computes W and O. */
    static final int SUMS = 0;
    /** {@link #leaf} computes W, O and P. */
    static final int WITH_PAYLOAD = 1;
    /** {@link #leaf} returns the largest log-weight. */
    static final int MAX = 2;

    private DoubleSpaceSums() {
    }

    /**
     * One leaf's W, O and P as partial vectors (SVGD's kernel sums), in a method of its own that
     * {@link #leaf} calls: with the loop inline in {@link #leaf}, C2 gave up the Vector API
     * intrinsics when both exp loops were hot in one compilation (measured with SVGD).
     */
    static void withPayload(double[] y0, double[] y1, double[] y2, double[] b, int bo, double[] p0, double[] p1, double[] p2,
                     int start, int end, double r0, double r1, double r2, double negK, double m, double[] part, int po) {
        DoubleVector w = DoubleVector.zero(D);
        DoubleVector o0 = w;
        DoubleVector o1 = w;
        DoubleVector o2 = w;
        DoubleVector q0 = w;
        DoubleVector q1 = w;
        DoubleVector q2 = w;
        DoubleVector v0 = DoubleVector.broadcast(D, r0);
        DoubleVector v1 = DoubleVector.broadcast(D, r1);
        DoubleVector v2 = DoubleVector.broadcast(D, r2);
        DoubleVector nk = DoubleVector.broadcast(D, negK);
        DoubleVector vm = DoubleVector.broadcast(D, m);
        for (int j = start; j < end; j += L) {
            DoubleVector dx = DoubleVector.fromArray(D, y0, j).sub(v0);
            DoubleVector dy = DoubleVector.fromArray(D, y1, j).sub(v1);
            DoubleVector dz = DoubleVector.fromArray(D, y2, j).sub(v2);
            DoubleVector d2 = dz.fma(dz, dy.fma(dy, dx.mul(dx)));
            DoubleVector e = VectorExp.exp(d2.fma(nk, DoubleVector.fromArray(D, b, j - bo).sub(vm)));
            w = w.add(e);
            o0 = e.fma(dx, o0);
            o1 = e.fma(dy, o1);
            o2 = e.fma(dz, o2);
            q0 = e.fma(DoubleVector.fromArray(D, p0, j), q0);
            q1 = e.fma(DoubleVector.fromArray(D, p1, j), q1);
            q2 = e.fma(DoubleVector.fromArray(D, p2, j), q2);
        }
        w.intoArray(part, po);
        o0.intoArray(part, po + L);
        o1.intoArray(part, po + 2 * L);
        o2.intoArray(part, po + 3 * L);
        q0.intoArray(part, po + 4 * L);
        q1.intoArray(part, po + 5 * L);
        q2.intoArray(part, po + 6 * L);
    }

    /**
     * One leaf: {@link #SUMS} stores W and O, {@link #WITH_PAYLOAD} also P (by {@link #withPayload}), as
     * partial vectors (returns 0); {@link #MAX} returns the largest log-weight −k·d² + b (hi parts only,
     * it only sets the shift). The loops live in this one method on purpose: its bytecode is then larger than
     * C2's FreqInlineSize (325), so C2 compiles it on its own instead of inlining it into the kernel's
     * {@code accumulate}, where the Vector API intrinsics failed and the loops ran several times
     * slower (measured on JDK 17).
     */
    static double leaf(double[] y0, double[] y1, double[] y2, double[] b, int bo, double[] p0, double[] p1, double[] p2,
                     int start, int end, double r0, double r1, double r2, double negK, double m, double[] part, int po,
                     int what) {
        if (what == MAX) {
            DoubleVector top = DoubleVector.broadcast(D, Double.NEGATIVE_INFINITY);
            DoubleVector v0 = DoubleVector.broadcast(D, r0);
            DoubleVector v1 = DoubleVector.broadcast(D, r1);
            DoubleVector v2 = DoubleVector.broadcast(D, r2);
            DoubleVector nk = DoubleVector.broadcast(D, negK);
            for (int j = start; j < end; j += L) {
                DoubleVector dx = DoubleVector.fromArray(D, y0, j).sub(v0);
                DoubleVector dy = DoubleVector.fromArray(D, y1, j).sub(v1);
                DoubleVector dz = DoubleVector.fromArray(D, y2, j).sub(v2);
                DoubleVector d2 = dz.fma(dz, dy.fma(dy, dx.mul(dx)));
                top = top.max(d2.fma(nk, DoubleVector.fromArray(D, b, j - bo)));
            }
            return top.reduceLanes(VectorOperators.MAX);
    
        }
        if (what == WITH_PAYLOAD) {
            withPayload(y0, y1, y2, b, bo, p0, p1, p2, start, end, r0, r1, r2, negK, m, part, po);
            return 0;
        }
        DoubleVector w = DoubleVector.zero(D);
        DoubleVector o0 = w;
        DoubleVector o1 = w;
        DoubleVector o2 = w;
        DoubleVector v0 = DoubleVector.broadcast(D, r0);
        DoubleVector v1 = DoubleVector.broadcast(D, r1);
        DoubleVector v2 = DoubleVector.broadcast(D, r2);
        DoubleVector nk = DoubleVector.broadcast(D, negK);
        DoubleVector vm = DoubleVector.broadcast(D, m);
        for (int j = start; j < end; j += L) {
            DoubleVector dx = DoubleVector.fromArray(D, y0, j).sub(v0);
            DoubleVector dy = DoubleVector.fromArray(D, y1, j).sub(v1);
            DoubleVector dz = DoubleVector.fromArray(D, y2, j).sub(v2);
            DoubleVector d2 = dz.fma(dz, dy.fma(dy, dx.mul(dx)));
            DoubleVector e = VectorExp.exp(d2.fma(nk, DoubleVector.fromArray(D, b, j - bo).sub(vm)));
            w = w.add(e);
            o0 = e.fma(dx, o0);
            o1 = e.fma(dy, o1);
            o2 = e.fma(dz, o2);
        }
        w.intoArray(part, po);
        o0.intoArray(part, po + L);
        o1.intoArray(part, po + 2 * L);
        o2.intoArray(part, po + 3 * L);
        return 0;
    }
}
