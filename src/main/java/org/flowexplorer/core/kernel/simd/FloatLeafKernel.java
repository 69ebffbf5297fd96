package org.flowexplorer.core.kernel.simd;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;
import org.flowexplorer.core.kernel.LeafKernel;
import org.flowexplorer.core.kernel.LeafLayout;
import org.flowexplorer.core.kernel.LeafVisit;

/**
 * The float {@link LeafKernel} (d = 2 and 3) on the Vector API. Coordinates are the layout's float
 * copies relative to each leaf's centre, the point's offset to that centre is formed in double
 * and rounded once. Each leaf's sums are stored as partial vectors and added pairwise at the end,
 * then lane by lane in double: no float sum runs over more than one leaf's points per lane.
 *
 * <p>It accepts a point only where float is accurate (see {@link #accepts}); otherwise it hands
 * the point to the double kernel. The shift starts at the exact maximum over the leaf with the
 * largest upper bound and is raised, with the partial sums rescaled, only if a later leaf could
 * hold a term more than {@link #MAX_EXCESS} above it.
 */
final class FloatLeafKernel implements LeafKernel {
    /**
     * Float is used only when the largest log-weight's distance part k·d² is at most this: log-weight
     * errors of float distances are about 2u·k·d² (u = 6e−8), so below 5e−7 for the dominant terms.
     */
    static final double MAX_NEAREST = 2.0;
    private static final double MAX_EXCESS = 4.0;
    private static final VectorSpecies<Float> F = FloatSpecies.PREFERRED;
    private static final int L = F.length();

    private final LeafKernel fallback;
    private float[] part = new float[64 * 7 * L];
    /** The point's offset to the current leaf's centre: d hi floats, then d lo floats. */
    private final float[] r = new float[6];

    FloatLeafKernel(LeafKernel fallback) {
        this.fallback = fallback;
    }

    @Override
    public void accumulate(LeafLayout s, double[] x, int off, double negK, LeafVisit v, boolean payload, double[] acc) {
        int d = s.dim();
        int n = v.count();
        if (n == 0 || d < 2 || d > 3) {
            fallback.accumulate(s, x, off, negK, v, payload, acc);
            return;
        }
        int best = 0;
        for (int i = 1; i < n; i++) {
            best = v.upper(i) > v.upper(best) ? i : best;
        }
        // one pass over the best leaf: without the point itself when it lies there (its own term,
        // −k·0 + b, is already in lower), which is also the nearest other term float is judged on
        boolean own = v.leaf(best) == v.ownLeaf();
        double bestTop = leafMax(s, x, off, negK, v, v.leaf(best), own);
        double m = Math.max(v.lower(), bestTop);
        double nearest = own ? bestTop : m;
        if (!accepts(nearest, s.leafBiasMax(v.leaf(best)))) {
            fallback.accumulate(s, x, off, negK, v, payload, acc);
            return;
        }
        int width = (1 + d + (payload ? d : 0)) * L;
        if (part.length < n * width) {
            part = new float[n * width];
        }
        float nk = (float) negK;
        for (int i = 0; i < n; i++) {
            int l = v.leaf(i);
            if (!(v.upper(i) - m <= MAX_EXCESS)) {
                double top = leafMax(s, x, off, negK, v, l, false);
                if (top > m) {
                    scale(i * width, (float) Math.exp(m - top));
                    m = top;
                }
            }
            int start = s.leafStart(l);
            int end = start + s.leafPadded(l);
            boolean self = l == v.selfLeaf();
            float[] bias = self ? v.selfBiasF() : s.biasF();
            int bo = self ? v.selfOffset() : 0;
            offset(s, x, off, l);
            if (d == 2) {
                FloatPlaneSums.leaf(s, bias, bo, start, end, r, nk, (float) m, part, i * width,
                        payload ? FloatPlaneSums.WITH_PAYLOAD : FloatPlaneSums.SUMS);
            } else {
                FloatSpaceSums.leaf(s, bias, bo, start, end, r, nk, (float) m, part, i * width,
                        payload ? FloatSpaceSums.WITH_PAYLOAD : FloatSpaceSums.SUMS);
            }
        }
        reduce(n, width, m, acc);
    }

    /**
     * Float is accurate for this point: its nearest term (other than itself) has a small k·d², see
     * {@link #MAX_NEAREST}. The offsets of the sum are carried by terms of about that size.
     */
    static boolean accepts(double maxLogWeight, double biasOfThatLeaf) {
        return biasOfThatLeaf - maxLogWeight <= MAX_NEAREST;
    }

    /** The largest log-weight in leaf l; {@code others}: without the point itself. */
    private double leafMax(LeafLayout s, double[] x, int off, double negK, LeafVisit v, int l, boolean others) {
        int start = s.leafStart(l);
        int end = start + s.leafPadded(l);
        boolean self = l == v.selfLeaf() || (others && l == v.ownLeaf());
        float[] bias = self ? v.selfBiasF() : s.biasF();
        int bo = self ? v.selfOffset() : 0;
        offset(s, x, off, l);
        return s.dim() == 2 ? FloatPlaneSums.leaf(s, bias, bo, start, end, r, (float) negK, 0f, part, 0, FloatPlaneSums.MAX)
                : FloatSpaceSums.leaf(s, bias, bo, start, end, r, (float) negK, 0f, part, 0, FloatSpaceSums.MAX);
    }

    /** Writes x − centre(l) into r as hi/lo float pairs (formed in double, split once). */
    private void offset(LeafLayout s, double[] x, int off, int l) {
        splitOffset(s, x, off, l, r, 0);
    }

    /**
     * Writes the offset of the point at {@code x[off..off+d)} to leaf l's centre, formed in double and
     * split once, as d hi floats at {@code r[at..]} then d lo floats: the point's side of the float
     * distances {@code (y_hi − r_hi) + (y_lo − r_lo)} (also the pair kernel's).
     */
    static void splitOffset(LeafLayout s, double[] x, int off, int l, float[] r, int at) {
        int d = s.dim();
        for (int c = 0; c < d; c++) {
            double rel = x[off + c] - s.center(l, c);
            float hi = (float) rel;
            r[at + c] = hi;
            r[at + d + c] = (float) (rel - hi);
        }
    }

    private void scale(int upTo, float f) {
        for (int k = 0; k < upTo; k += L) {
            FloatVector.fromArray(F, part, k).mul(f).intoArray(part, k);
        }
    }

    /** Adds the leaves' partial vectors pairwise, then the lanes in double. */
    private void reduce(int n, int width, double m, double[] acc) {
        for (int step = 1; step < n; step <<= 1) {
            for (int a = 0; a + step < n; a += 2 * step) {
                int pa = a * width;
                int pb = (a + step) * width;
                for (int q = 0; q < width; q += L) {
                    FloatVector.fromArray(F, part, pa + q).add(FloatVector.fromArray(F, part, pb + q)).intoArray(part, pa + q);
                }
            }
        }
        acc[0] = m;
        for (int q = 0, slot = 1; q < width; q += L, slot++) {
            double sum = 0.0;
            for (int lane = 0; lane < L; lane++) {
                sum += part[q + lane];
            }
            acc[slot] = sum;
        }
    }

    @Override
    public String describe() {
        return "vector-float " + L + " lanes";
    }
}
