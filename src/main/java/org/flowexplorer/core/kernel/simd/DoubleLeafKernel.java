package org.flowexplorer.core.kernel.simd;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;
import org.flowexplorer.core.kernel.LeafKernel;
import org.flowexplorer.core.kernel.LeafLayout;
import org.flowexplorer.core.kernel.LeafVisit;

/**
 * The double {@link LeafKernel} (d = 2 and 3) on the Vector API: the path for points where float
 * is not accurate enough. Same structure as {@link FloatLeafKernel} (per-leaf partial vectors,
 * pairwise reduction, lazily raised shift); other dimensions go to the scalar kernel.
 */
final class DoubleLeafKernel implements LeafKernel {
    private static final double MAX_EXCESS = 600.0;
    private static final VectorSpecies<Double> D = FloatSpecies.PREFERRED_DOUBLE;
    private static final int L = D.length();
    private static final int WIDTH = 7 * L;

    private final LeafKernel fallback;
    private double[] part = new double[64 * WIDTH];
    private double[] zeros = new double[0];

    DoubleLeafKernel(LeafKernel fallback) {
        this.fallback = fallback;
    }

    @Override
    public void accumulate(LeafLayout s, double[] x, int off, double negK, LeafVisit v, boolean payload, double[] acc) {
        int d = s.dim();
        int n = v.count();
        if (d < 2 || d > 3) {
            fallback.accumulate(s, x, off, negK, v, payload, acc);
            return;
        }
        if (part.length < n * WIDTH) {
            part = new double[n * WIDTH];
        }
        double[] y2 = d == 3 ? s.relD(2) : zeros(s.relD(0).length);
        double[] p2 = d == 3 && payload ? s.payloadD(2) : y2;
        double m = v.lower();
        for (int i = 0; i < n; i++) {
            int l = v.leaf(i);
            int start = s.leafStart(l);
            int end = start + s.leafPadded(l);
            boolean self = l == v.selfLeaf();
            double[] bias = self ? v.selfBiasD() : s.biasD();
            int bo = self ? v.selfOffset() : 0;
            double r0 = x[off] - s.center(l, 0);
            double r1 = x[off + 1] - s.center(l, 1);
            double r2 = d == 3 ? x[off + 2] - s.center(l, 2) : 0.0;
            if (!(v.upper(i) - m <= MAX_EXCESS)) {
                double top = DoubleSpaceSums.leaf(s.relD(0), s.relD(1), y2, bias, bo, null, null, null, start, end, r0, r1,
                        r2, negK, 0.0, part, 0, DoubleSpaceSums.MAX);
                if (top > m) {
                    double f = m == Double.NEGATIVE_INFINITY ? 0.0 : Math.exp(m - top);
                    for (int k = 0; k < i * WIDTH; k += L) {
                        DoubleVector.fromArray(D, part, k).mul(f).intoArray(part, k);
                    }
                    m = top;
                }
            }
            DoubleSpaceSums.leaf(s.relD(0), s.relD(1), y2, bias, bo, payload ? s.payloadD(0) : null,
                    payload ? s.payloadD(1) : null, p2, start, end, r0, r1, r2, negK, m, part, i * WIDTH,
                    payload ? DoubleSpaceSums.WITH_PAYLOAD : DoubleSpaceSums.SUMS);
        }
        reduce(n, payload ? 7 : 4, d, m, acc);
    }

    private double[] zeros(int length) {
        if (zeros.length < length) {
            zeros = new double[length];
        }
        return zeros;
    }

    /** Adds the leaves' partial vectors pairwise, then the lanes; maps slots W, O0..2, P0..2 to acc. */
    private void reduce(int n, int used, int d, double m, double[] acc) {
        for (int step = 1; step < n; step <<= 1) {
            for (int a = 0; a + step < n; a += 2 * step) {
                int pa = a * WIDTH;
                int pb = (a + step) * WIDTH;
                for (int q = 0; q < used * L; q += L) {
                    DoubleVector.fromArray(D, part, pa + q).add(DoubleVector.fromArray(D, part, pb + q)).intoArray(part, pa + q);
                }
            }
        }
        acc[0] = m;
        for (int slot = 0; slot < used; slot++) {
            int target = slot == 0 ? 1 : slot <= 3 ? 1 + slot : 1 + d + (slot - 3);
            if (slot != 0 && (slot <= 3 ? slot > d : slot - 3 > d)) {
                continue;
            }
            double sum = 0.0;
            for (int lane = 0; lane < L; lane++) {
                sum += n == 0 ? 0.0 : part[slot * L + lane];
            }
            acc[target] = sum;
        }
    }

    @Override
    public String describe() {
        return "vector-double " + L + " lanes";
    }
}
