package org.flowexplorer.core.kernel.simd;

import java.util.Arrays;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;
import org.flowexplorer.core.kernel.LeafLayout;
import org.flowexplorer.core.kernel.pair.BlockKernel;

/**
 * The float {@link BlockKernel} for d = 2. Distances are formed exactly as in the float leaf kernel
 * (the row point's offset to B's centre in double, split into a hi/lo float pair, against B's hi/lo
 * relative coordinates), so every term equals that kernel's. Per row, B's terms go to lane-wise
 * partial sums (as a leaf there), added in double; per column, A's terms go to float accumulators
 * that are added to the double result every {@link #FLUSH} rows, so no float sum runs over more
 * than 64 terms, as in the leaf kernel.
 * <pre>
 *   dx = (y_hi − r_hi) + (y_lo − r_lo),  d² = dx0² + dx1²,  e = exp(−k·d² + b)  (b = −∞ for padding)
 *   row:  W += e, O += e·dx        column:  W += e, O −= e·dx
 * </pre>
 */
final class FloatPlaneBlocks implements BlockKernel {
    private static final VectorSpecies<Float> F = FloatSpecies.PREFERRED;
    private static final int L = F.length();
    /** Rows between two flushes of the column accumulators. */
    static final int FLUSH = 64;

    private float[] cw = new float[0];
    private float[] c0 = new float[0];
    private float[] c1 = new float[0];
    private final float[] part = new float[6 * L];
    private final float[] r = new float[8];

    @Override
    public boolean supports(int d) {
        return d == 2;
    }

    @Override
    public double maxNearest() {
        return FloatLeafKernel.MAX_NEAREST;
    }

    @Override
    public void block(LeafLayout s, int a, int b, double negK, double[] buf, int rowOff, int colOff) {
        double[] x = s.source().coords();
        int aStart = s.leafStart(a);
        int rows = s.leafCount(a);
        int bStart = s.leafStart(b);
        int bEnd = bStart + s.leafPadded(b);
        float nk = (float) negK;
        if (a == b) {
            for (int k = 0; k < rows; k++) {
                FloatLeafKernel.splitOffset(s, x, 2 * s.pointAt(aStart + k), b, r, 0);
                FloatPlaneSums.leaf(s, s.biasF(), 0, bStart, bEnd, r, nk, 0f, part, 0, FloatPlaneSums.SUMS);
                LaneSums.store(part, 0, 3, buf, rowOff + 3 * k);
            }
            return;
        }
        // indexed by slot like the layout's arrays, so that the loop has one index
        if (cw.length < bEnd) {
            cw = new float[s.relF(0).length];
            c0 = new float[cw.length];
            c1 = new float[cw.length];
        }
        int cols = s.leafCount(b);
        Arrays.fill(buf, colOff, colOff + 3 * cols, 0.0);
        for (int k0 = 0; k0 < rows; k0 += FLUSH) {
            Arrays.fill(cw, bStart, bEnd, 0f);
            Arrays.fill(c0, bStart, bEnd, 0f);
            Arrays.fill(c1, bStart, bEnd, 0f);
            int k1 = Math.min(rows, k0 + FLUSH);
            int k = k0;
            for (; k + 1 < k1; k += 2) {
                FloatLeafKernel.splitOffset(s, x, 2 * s.pointAt(aStart + k), b, r, 0);
                FloatLeafKernel.splitOffset(s, x, 2 * s.pointAt(aStart + k + 1), b, r, 4);
                rows(s, bStart, bEnd, r, nk, cw, c0, c1, part);
                LaneSums.store(part, 0, 6, buf, rowOff + 3 * k);
            }
            if (k < k1) {
                FloatLeafKernel.splitOffset(s, x, 2 * s.pointAt(aStart + k), b, r, 0);
                row(s, bStart, bEnd, r, nk, cw, c0, c1, part);
                LaneSums.store(part, 0, 3, buf, rowOff + 3 * k);
            }
            for (int j = bStart, o = colOff; j < bStart + cols; j++, o += 3) {
                buf[o] += cw[j];
                buf[o + 1] -= c0[j];
                buf[o + 2] -= c1[j];
            }
        }
    }

    /**
     * One row against B's slots {@code [start, end)}: W and O into {@code part} as partial vectors, and
     * each term added to the column accumulators (indexed by slot).
     */
    static void row(LeafLayout s, int start, int end, float[] r, float negK, float[] cw, float[] c0, float[] c1,
                    float[] part) {
        float[] y0 = s.relF(0);
        float[] y1 = s.relF(1);
        float[] l0 = s.relLoF(0);
        float[] l1 = s.relLoF(1);
        float[] b = s.biasF();
        FloatVector w = FloatVector.zero(F);
        FloatVector o0 = w;
        FloatVector o1 = w;
        FloatVector h0 = FloatVector.broadcast(F, r[0]);
        FloatVector h1 = FloatVector.broadcast(F, r[1]);
        FloatVector e0 = FloatVector.broadcast(F, r[2]);
        FloatVector e1 = FloatVector.broadcast(F, r[3]);
        FloatVector nk = FloatVector.broadcast(F, negK);
        for (int j = start; j < end; j += L) {
            FloatVector dx = FloatVector.fromArray(F, y0, j).sub(h0).add(FloatVector.fromArray(F, l0, j).sub(e0));
            FloatVector dy = FloatVector.fromArray(F, y1, j).sub(h1).add(FloatVector.fromArray(F, l1, j).sub(e1));
            FloatVector d2 = dy.fma(dy, dx.mul(dx));
            FloatVector e = VectorExp.exp(d2.fma(nk, FloatVector.fromArray(F, b, j)));
            w = w.add(e);
            o0 = e.fma(dx, o0);
            o1 = e.fma(dy, o1);
            FloatVector.fromArray(F, cw, j).add(e).intoArray(cw, j);
            e.fma(dx, FloatVector.fromArray(F, c0, j)).intoArray(c0, j);
            e.fma(dy, FloatVector.fromArray(F, c1, j)).intoArray(c1, j);
        }
        w.intoArray(part, 0);
        o0.intoArray(part, L);
        o1.intoArray(part, 2 * L);
    }

    /**
     * Two rows at once (offsets in r[0..4) and r[4..8)): B's coordinates and the column accumulators
     * are loaded and stored once for both, which is what makes the pair loop pay (13 instead of 20 ms
     * for the particles' own sums at N = 10,000, σ = 0.9; one row per pass took 14.5). Partial vectors
     * of the first row at {@code part[0..3L)}, of the second at {@code part[3L..6L)}; the second row's
     * terms are added to the columns first, then the first's. Both exps are {@link VectorExp#exp(FloatVector)}
     * written out with its constants broadcast once before the loop: with two calls, C2 reached its
     * node-count limit for inlining, left the second call out of line and the loop ran three times
     * slower (measured, JDK 17).
     */
    static void rows(LeafLayout s, int start, int end, float[] r, float negK, float[] cw, float[] c0, float[] c1,
                     float[] part) {
        float[] y0 = s.relF(0);
        float[] y1 = s.relF(1);
        float[] l0 = s.relLoF(0);
        float[] l1 = s.relLoF(1);
        float[] b = s.biasF();
        FloatVector w = FloatVector.zero(F);
        FloatVector o0 = w;
        FloatVector o1 = w;
        FloatVector v = w;
        FloatVector u0 = w;
        FloatVector u1 = w;
        FloatVector h0 = FloatVector.broadcast(F, r[0]);
        FloatVector h1 = FloatVector.broadcast(F, r[1]);
        FloatVector e0 = FloatVector.broadcast(F, r[2]);
        FloatVector e1 = FloatVector.broadcast(F, r[3]);
        FloatVector g0 = FloatVector.broadcast(F, r[4]);
        FloatVector g1 = FloatVector.broadcast(F, r[5]);
        FloatVector f0 = FloatVector.broadcast(F, r[6]);
        FloatVector f1 = FloatVector.broadcast(F, r[7]);
        FloatVector nk = FloatVector.broadcast(F, negK);
        FloatVector kMin = FloatVector.broadcast(F, VectorExp.MIN_F);
        FloatVector kLog2e = FloatVector.broadcast(F, VectorExp.LOG2E_F);
        FloatVector kMagic = FloatVector.broadcast(F, VectorExp.MAGIC_F);
        FloatVector kHi = FloatVector.broadcast(F, -VectorExp.LN2_HI_F);
        FloatVector kLo = FloatVector.broadcast(F, -VectorExp.LN2_LO_F);
        FloatVector p0 = FloatVector.broadcast(F, VectorExp.F0);
        FloatVector p1 = FloatVector.broadcast(F, VectorExp.F1);
        FloatVector p2 = FloatVector.broadcast(F, VectorExp.F2);
        FloatVector p3 = FloatVector.broadcast(F, VectorExp.F3);
        FloatVector p4 = FloatVector.broadcast(F, VectorExp.F4);
        FloatVector p5 = FloatVector.broadcast(F, VectorExp.F5);
        FloatVector p6 = FloatVector.broadcast(F, VectorExp.F6);
        for (int j = start; j < end; j += L) {
            FloatVector ya = FloatVector.fromArray(F, y0, j);
            FloatVector yb = FloatVector.fromArray(F, y1, j);
            FloatVector la = FloatVector.fromArray(F, l0, j);
            FloatVector lb = FloatVector.fromArray(F, l1, j);
            FloatVector bias = FloatVector.fromArray(F, b, j);
            FloatVector dx = ya.sub(h0).add(la.sub(e0));
            FloatVector dy = yb.sub(h1).add(lb.sub(e1));
            FloatVector c = dy.fma(dy, dx.mul(dx)).fma(nk, bias).max(kMin);
            FloatVector t = c.fma(kLog2e, kMagic);
            FloatVector n = t.sub(kMagic);
            FloatVector q = n.fma(kLo, n.fma(kHi, c));
            FloatVector e = p0.fma(q, p1).fma(q, p2).fma(q, p3).fma(q, p4).fma(q, p5).fma(q, p6)
                    .mul(((IntVector) t.viewAsIntegralLanes()).add(VectorExp.EXP_BIAS_F).lanewise(VectorOperators.LSHL, 23)
                            .viewAsFloatingLanes());
            FloatVector ex = ya.sub(g0).add(la.sub(f0));
            FloatVector ey = yb.sub(g1).add(lb.sub(f1));
            FloatVector c2 = ey.fma(ey, ex.mul(ex)).fma(nk, bias).max(kMin);
            FloatVector t2 = c2.fma(kLog2e, kMagic);
            FloatVector n2 = t2.sub(kMagic);
            FloatVector q2 = n2.fma(kLo, n2.fma(kHi, c2));
            FloatVector f = p0.fma(q2, p1).fma(q2, p2).fma(q2, p3).fma(q2, p4).fma(q2, p5).fma(q2, p6)
                    .mul(((IntVector) t2.viewAsIntegralLanes()).add(VectorExp.EXP_BIAS_F).lanewise(VectorOperators.LSHL, 23)
                            .viewAsFloatingLanes());
            w = w.add(e);
            o0 = e.fma(dx, o0);
            o1 = e.fma(dy, o1);
            v = v.add(f);
            u0 = f.fma(ex, u0);
            u1 = f.fma(ey, u1);
            FloatVector.fromArray(F, cw, j).add(f).add(e).intoArray(cw, j);
            e.fma(dx, f.fma(ex, FloatVector.fromArray(F, c0, j))).intoArray(c0, j);
            e.fma(dy, f.fma(ey, FloatVector.fromArray(F, c1, j))).intoArray(c1, j);
        }
        w.intoArray(part, 0);
        o0.intoArray(part, L);
        o1.intoArray(part, 2 * L);
        v.intoArray(part, 3 * L);
        u0.intoArray(part, 4 * L);
        u1.intoArray(part, 5 * L);
    }

    @Override
    public String toString() {
        return "vector-float pairs " + L + " lanes";
    }
}
