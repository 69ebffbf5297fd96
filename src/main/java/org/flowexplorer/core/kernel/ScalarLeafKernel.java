package org.flowexplorer.core.kernel;

import org.flowexplorer.core.math.FastExp;

/**
 * The {@link LeafKernel} in plain Java double arithmetic with {@link FastExp#exp}: the fallback when
 * the Vector API is not enabled, and the kernel for d &gt; 3. Strict IEEE operations in a fixed
 * order, so it gives the same bits on every machine. Terms beyond a leaf's real points (padding) are
 * not visited.
 */
final class ScalarLeafKernel implements LeafKernel {
    /** The shift is raised before a leaf whose upper bound exceeds it by more than this. */
    private static final double MAX_EXCESS = 600.0;
    private double[] o = new double[3];
    private double[] p = new double[3];
    private double[] rel = new double[3];

    @Override
    public void accumulate(LeafLayout s, double[] x, int off, double negK, LeafVisit visit, boolean payload, double[] acc) {
        int d = s.dim();
        if (o.length < d) {
            o = new double[d];
            p = new double[d];
            rel = new double[d];
        }
        java.util.Arrays.fill(o, 0, d, 0.0);
        java.util.Arrays.fill(p, 0, d, 0.0);
        double m = visit.lower();
        double w = 0.0;
        for (int i = 0; i < visit.count(); i++) {
            int l = visit.leaf(i);
            int start = s.leafStart(l);
            int end = start + s.leafCount(l);
            double[] bias = l == visit.selfLeaf() ? visit.selfBiasD() : s.biasD();
            int shift = l == visit.selfLeaf() ? visit.selfOffset() : 0;
            for (int c = 0; c < d; c++) {
                rel[c] = x[off + c] - s.center(l, c);
            }
            if (!(visit.upper(i) - m <= MAX_EXCESS)) {
                double top = leafMax(s, start, end, bias, shift, negK, d);
                if (top > m) {
                    double f = m == Double.NEGATIVE_INFINITY ? 0.0 : Math.exp(m - top);
                    w *= f;
                    for (int c = 0; c < d; c++) {
                        o[c] *= f;
                        p[c] *= f;
                    }
                    m = top;
                }
            }
            for (int j = start; j < end; j++) {
                double d2 = 0.0;
                for (int c = 0; c < d; c++) {
                    double t = s.relD(c)[j] - rel[c];
                    d2 += t * t;
                }
                double e = FastExp.exp(d2 * negK + (bias[j - shift] - m));
                w += e;
                for (int c = 0; c < d; c++) {
                    o[c] += e * (s.relD(c)[j] - rel[c]);
                }
                if (payload) {
                    for (int c = 0; c < d; c++) {
                        p[c] += e * s.payloadD(c)[j];
                    }
                }
            }
        }
        acc[0] = m;
        acc[1] = w;
        System.arraycopy(o, 0, acc, 2, d);
        System.arraycopy(p, 0, acc, 2 + d, d);
    }

    private double leafMax(LeafLayout s, int start, int end, double[] bias, int shift, double negK, int d) {
        double top = Double.NEGATIVE_INFINITY;
        for (int j = start; j < end; j++) {
            double d2 = 0.0;
            for (int c = 0; c < d; c++) {
                double t = s.relD(c)[j] - rel[c];
                d2 += t * t;
            }
            top = Math.max(top, d2 * negK + bias[j - shift]);
        }
        return top;
    }

    @Override
    public String describe() {
        return "scalar-double";
    }
}
