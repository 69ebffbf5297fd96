package org.flowexplorer.core.kernel.simd;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorShuffle;
import jdk.incubator.vector.VectorSpecies;

/**
 * Sums of the lanes of float partial-sum vectors in double, in vector registers: both halves widened
 * to double and added, then halves of what is left added pairwise (lane i with lane i + h for h =
 * lanes/2, …, 1), always in this fixed order, so the result is the same bits on every call. For the
 * pair kernel, where adding 16 lanes one by one per row and quantity cost a quarter of its time.
 */
final class LaneSums {
    private static final VectorSpecies<Float> F = FloatSpecies.PREFERRED;
    private static final VectorSpecies<Double> D = FloatSpecies.PREFERRED_DOUBLE;
    /** For each halving step h: lane i takes lane i xor h. */
    private static final VectorShuffle<Double>[] SWAP = swaps();

    private LaneSums() {
    }

    @SuppressWarnings("unchecked")
    private static VectorShuffle<Double>[] swaps() {
        int steps = Integer.numberOfTrailingZeros(D.length());
        VectorShuffle<Double>[] s = new VectorShuffle[steps];
        for (int i = 0, h = D.length() / 2; h >= 1; i++, h /= 2) {
            int step = h;
            s[i] = VectorShuffle.fromOp(D, lane -> lane ^ step);
        }
        return s;
    }

    /** {@code out[at + q] = Σ_lanes part[po + q·L ..]} for q in [0, n). */
    static void store(float[] part, int po, int n, double[] out, int at) {
        for (int q = 0; q < n; q++) {
            FloatVector v = FloatVector.fromArray(F, part, po + q * F.length());
            DoubleVector s = ((DoubleVector) v.convertShape(VectorOperators.F2D, D, 0))
                    .add((DoubleVector) v.convertShape(VectorOperators.F2D, D, 1));
            for (VectorShuffle<Double> swap : SWAP) {
                s = s.add(s.rearrange(swap));
            }
            out[at + q] = s.lane(0);
        }
    }
}
