package org.flowexplorer.core.kernel.simd;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;
import org.flowexplorer.core.kernel.LeafLayout;

/**
 * The float leaf loops for d = 2: one leaf's slots {@code [start, end)} against one point whose
 * offset to the leaf centre is r (as a hi/lo pair of floats, like the layout's coordinates). Each
 * lane sums its own terms; the partial vectors are stored at {@code part[po..]} in the order W, O0,
 * O1 (then P0, P1). The bias array is read at {@code j − bo} so that a point's own leaf can come
 * from a private copy.
 * <pre>
 *   dx = (y_hi − r_hi) + (y_lo − r_lo),  d² = dx0² + dx1²,  e = exp(d²·(−k) + (b − M)),
 *   W += e,  O += e·dx,  P += e·p
 * </pre>
 */
final class FloatPlaneSums {
    private static final VectorSpecies<Float> F = FloatSpecies.PREFERRED;
    private static final int L = F.length();
    /** {@link #leaf} computes W and O. */
    static final int SUMS = 0;
    /** {@link #leaf} computes W, O and P (by {@link #withPayload}). */
    static final int WITH_PAYLOAD = 1;
    /** {@link #leaf} returns the largest log-weight. */
    static final int MAX = 2;

    private FloatPlaneSums() {
    }

    /**
     * One leaf's W, O and P as partial vectors (SVGD's kernel sums), in a method of its own that
     * {@link #leaf} calls: with the loop inline in {@link #leaf}, C2 gave up the Vector API
     * intrinsics when both exp loops were hot in one compilation (measured with SVGD).
     */
    static void withPayload(LeafLayout s, float[] b, int bo, int start, int end, float[] r, float negK, float m,
                            float[] part, int po) {
        float[] y0 = s.relF(0);
        float[] y1 = s.relF(1);
        float[] l0 = s.relLoF(0);
        float[] l1 = s.relLoF(1);
        float[] p0 = s.payloadF(0);
        float[] p1 = s.payloadF(1);
        FloatVector w = FloatVector.zero(F);
        FloatVector o0 = w;
        FloatVector o1 = w;
        FloatVector q0 = w;
        FloatVector q1 = w;
        FloatVector h0 = FloatVector.broadcast(F, r[0]);
        FloatVector h1 = FloatVector.broadcast(F, r[1]);
        FloatVector e0 = FloatVector.broadcast(F, r[2]);
        FloatVector e1 = FloatVector.broadcast(F, r[3]);
        FloatVector nk = FloatVector.broadcast(F, negK);
        FloatVector vm = FloatVector.broadcast(F, m);
        for (int j = start; j < end; j += L) {
            FloatVector dx = FloatVector.fromArray(F, y0, j).sub(h0).add(FloatVector.fromArray(F, l0, j).sub(e0));
            FloatVector dy = FloatVector.fromArray(F, y1, j).sub(h1).add(FloatVector.fromArray(F, l1, j).sub(e1));
            FloatVector d2 = dy.fma(dy, dx.mul(dx));
            FloatVector e = VectorExp.exp(d2.fma(nk, FloatVector.fromArray(F, b, j - bo).sub(vm)));
            w = w.add(e);
            o0 = e.fma(dx, o0);
            o1 = e.fma(dy, o1);
            q0 = e.fma(FloatVector.fromArray(F, p0, j), q0);
            q1 = e.fma(FloatVector.fromArray(F, p1, j), q1);
        }
        w.intoArray(part, po);
        o0.intoArray(part, po + L);
        o1.intoArray(part, po + 2 * L);
        q0.intoArray(part, po + 3 * L);
        q1.intoArray(part, po + 4 * L);
    }

    /**
     * One leaf: {@link #SUMS} stores W and O, {@link #WITH_PAYLOAD} also P (by {@link #withPayload}), as
     * partial vectors (returns 0); {@link #MAX} returns the largest log-weight −k·d² + b (hi parts only,
     * it only sets the shift). The loops live in this one method on purpose: its bytecode is then larger than C2's FreqInlineSize (325), so C2 compiles it
     * on its own instead of inlining it into the kernel's {@code accumulate}, where the Vector API
     * intrinsics failed and the loops ran several times slower (measured on JDK 17).
     */
    static double leaf(LeafLayout s, float[] b, int bo, int start, int end, float[] r, float negK, float m,
                     float[] part, int po, int what) {
        if (what == WITH_PAYLOAD) {
            withPayload(s, b, bo, start, end, r, negK, m, part, po);
            return 0;
        }
        if (what == MAX) {
            float[] y0 = s.relF(0);
            float[] y1 = s.relF(1);
            FloatVector top = FloatVector.broadcast(F, Float.NEGATIVE_INFINITY);
            FloatVector h0 = FloatVector.broadcast(F, r[0]);
            FloatVector h1 = FloatVector.broadcast(F, r[1]);
            FloatVector nk = FloatVector.broadcast(F, negK);
            for (int j = start; j < end; j += L) {
                FloatVector dx = FloatVector.fromArray(F, y0, j).sub(h0);
                FloatVector dy = FloatVector.fromArray(F, y1, j).sub(h1);
                FloatVector d2 = dy.fma(dy, dx.mul(dx));
                top = top.max(d2.fma(nk, FloatVector.fromArray(F, b, j - bo)));
            }
            return top.reduceLanes(VectorOperators.MAX);
    
        }
        float[] y0 = s.relF(0);
        float[] y1 = s.relF(1);
        float[] l0 = s.relLoF(0);
        float[] l1 = s.relLoF(1);
        FloatVector w = FloatVector.zero(F);
        FloatVector o0 = w;
        FloatVector o1 = w;
        FloatVector h0 = FloatVector.broadcast(F, r[0]);
        FloatVector h1 = FloatVector.broadcast(F, r[1]);
        FloatVector e0 = FloatVector.broadcast(F, r[2]);
        FloatVector e1 = FloatVector.broadcast(F, r[3]);
        FloatVector nk = FloatVector.broadcast(F, negK);
        FloatVector vm = FloatVector.broadcast(F, m);
        for (int j = start; j < end; j += L) {
            FloatVector dx = FloatVector.fromArray(F, y0, j).sub(h0).add(FloatVector.fromArray(F, l0, j).sub(e0));
            FloatVector dy = FloatVector.fromArray(F, y1, j).sub(h1).add(FloatVector.fromArray(F, l1, j).sub(e1));
            FloatVector d2 = dy.fma(dy, dx.mul(dx));
            FloatVector e = VectorExp.exp(d2.fma(nk, FloatVector.fromArray(F, b, j - bo).sub(vm)));
            w = w.add(e);
            o0 = e.fma(dx, o0);
            o1 = e.fma(dy, o1);
        }
        w.intoArray(part, po);
        o0.intoArray(part, po + L);
        o1.intoArray(part, po + 2 * L);
        return 0;
    }
}
