package org.flowexplorer.core.kernel;

import java.util.Arrays;
import org.flowexplorer.core.math.PointSet;

/**
 * How large the leaves of {@link DenseSums} are for one sum. Leaves exist to be skipped: while the
 * kernel reaches across most of the data nothing can be skipped, and large leaves then save the
 * per-leaf set-up (offset, call, partial sums, visit planning); while it reaches only a little way,
 * small leaves skip more precisely.
 */
final class LeafSizeRule {
    /**
     * Largest leaf while the kernel's reach is short against the data: 16 float vectors of 16 lanes.
     * Measured on the benchmark at N = M = 2,000 and 10,000 (σ = 0.2 and 0.05): 256 beats 64, 128
     * and 512 — smaller leaves skip more precisely but pay their per-leaf set-up (offset, call,
     * partial sums, visit planning) more often.
     */
    static final int LEAF_SIZE = 256;
    /**
     * Largest leaf while the reach √(60/k) is at least a third of the data's diameter: few leaves
     * can be skipped, so fewer and larger ones save set-up. Measured at N = M = 10,000 on the 25
     * Gaussians run (σ 0.36 to 0.9): 512 beats 256 by up to 15 % between these bounds.
     */
    static final int MID_LEAF_SIZE = 512;
    /**
     * Largest leaf while the reach is at least half the data's diameter, where almost every pair is
     * summed (early in an annealed run): 1024 beats 256 by about 25 % at σ = 0.9 and 0.6 on the 25
     * Gaussians run with N = M = 10,000.
     */
    static final int WIDE_LEAF_SIZE = 1024;
    private LeafSizeRule() {
    }

    /**
     * The largest leaf for sums with {@code k} over these point sets: {@link #WIDE_LEAF_SIZE} when the
     * reach √(60/k), beyond which a term is negligible, is at least half the diameter D of both sets'
     * common bounding box, {@link #MID_LEAF_SIZE} when it is at least D/3, else {@link #LEAF_SIZE}. The
     * choice depends on the data and k only, never on timing or threads, so results stay
     * reproducible; every leaf size is within the same 1e−6 of the reference.
     */
    static int leafSize(PointSet eval, PointSet sample, double k) {
        int d = eval.dim();
        double[] lo = new double[d];
        double[] hi = new double[d];
        Arrays.fill(lo, Double.POSITIVE_INFINITY);
        Arrays.fill(hi, Double.NEGATIVE_INFINITY);
        eval.widenBounds(lo, hi);
        if (sample != eval) {
            sample.widenBounds(lo, hi);
        }
        double diameter2 = 0.0;
        for (int c = 0; c < d; c++) {
            diameter2 += (hi[c] - lo[c]) * (hi[c] - lo[c]);
        }
        double reach2 = LeafVisit.NEGLIGIBLE / k;
        if (4.0 * reach2 >= diameter2) {
            return WIDE_LEAF_SIZE;
        }
        return 9.0 * reach2 >= diameter2 ? MID_LEAF_SIZE : LEAF_SIZE;
    }
}
