package org.flowexplorer.core.kernel;

/**
 * Which sample leaves one evaluation point must visit, from bounding-box bounds of the
 * log-weights {@code a_j = −k‖x − y_j‖² + b_j} (b_j the point's log-weight):
 * <pre>
 *   upper_T = −k · mind²(x, box_T) + max_{j∈T} b_j      ≥ a_j for every j in leaf T
 *   lower   = max_T ( −k · maxd²(x, box_T) + min_{j∈T} b_j )   ≤ max_j a_j
 *   visit T  ⇔  upper_T ≥ lower − 60
 * </pre>
 * A skipped leaf holds only terms below e^−60 of the largest: exactly the terms the reference
 * kernel ({@code GaussianKernelSums}) drops one by one, so skipping changes nothing but the
 * cost. {@code lower} is also the kernels' first shift of the log-sum-exp.
 *
 * <p>Candidates are found once per evaluation leaf from box-to-box bounds, then refined per point.
 * With the point itself left out (q_self = exclude), its own leaf bounds the other points only
 * if it holds at least one other point. One instance per thread; reused for every point.
 */
public final class LeafVisit {
    /** Terms more than this below the largest log-weight are negligible (e^−60 ≈ 9e−27). */
    public static final double NEGLIGIBLE = 60.0;
    /**
     * Float kernels are used for a point only if every visited leaf has a radius of at most this
     * many kernel widths (σ_k = 1/sqrt(2k)): float relative coordinates then carry errors far below
     * 1e−6 of the offsets they enter (FloatPathAccuracyTest measures the margin).
     */
    public static final double FLOAT_RADIUS_LIMIT = 32.0;

    private int[] candidates = new int[16];
    private double[] candLower = new double[16];
    private double[] candUpper = new double[16];
    private double[] pointUpper = new double[16];
    private int candCount;
    private int[] visit = new int[16];
    private double[] upper = new double[16];
    private int count;
    private double lower;
    private boolean floatOk;
    private int selfLeaf = -1;
    private int ownLeaf = -1;
    private int selfOffset;
    private double[] selfBiasD = new double[LeafLayout.PAD];
    private float[] selfBiasF = new float[LeafLayout.PAD];

    /**
     * Finds the candidate leaves of sample {@code s} for evaluation leaf {@code e} of {@code ev}.
     *
     * @param excludeSelf true when {@code ev} and {@code s} are the same layout and each point
     *                    leaves itself out of its sum
     */
    public void planLeaf(LeafLayout ev, int e, LeafLayout s, double k, boolean excludeSelf) {
        int leaves = s.leaves();
        if (candidates.length < leaves) {
            candidates = new int[leaves];
            candLower = new double[leaves];
            candUpper = new double[leaves];
            pointUpper = new double[leaves];
        }
        int d = s.dim();
        double best = Double.NEGATIVE_INFINITY;
        for (int t = 0; t < leaves; t++) {
            double lo = 0;
            double hi = 0;
            for (int c = 0; c < d; c++) {
                double aMin = ev.boxMin(e, c);
                double aMax = ev.boxMax(e, c);
                double bMin = s.boxMin(t, c);
                double bMax = s.boxMax(t, c);
                double gap = Math.max(0.0, Math.max(bMin - aMax, aMin - bMax));
                double span = Math.max(aMax - bMin, bMax - aMin);
                lo += gap * gap;
                hi += span * span;
            }
            candUpper[t] = -k * lo + s.leafBiasMax(t);
            candLower[t] = -k * hi + s.leafBiasMin(t);
            if (!excludeSelf || t != e || s.leafCount(t) > 1) {
                best = Math.max(best, candLower[t]);
            }
        }
        candCount = 0;
        for (int t = 0; t < leaves; t++) {
            if (!(candUpper[t] < best - NEGLIGIBLE)) {
                candidates[candCount++] = t;
            }
        }
    }

    /**
     * Plans the visit of point x (coordinates at {@code x[off..off+d)}) among the candidates.
     *
     * @param ownSlot     the storage slot of x itself when x is a point of {@code s}, else −1
     * @param excludeSelf leave x itself out of its sum
     */
    public void planPoint(double[] x, int off, LeafLayout s, double k, int ownSlot, boolean excludeSelf) {
        int d = s.dim();
        int selfSlot = excludeSelf ? ownSlot : -1;
        if (visit.length < candCount) {
            visit = new int[candCount];
            upper = new double[candCount];
        }
        int own = selfSlot >= 0 ? s.leafOfSlot(selfSlot) : -1;
        double best = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < candCount; i++) {
            int t = candidates[i];
            double lo = 0;
            double hi = 0;
            for (int c = 0; c < d; c++) {
                double v = x[off + c];
                double bMin = s.boxMin(t, c);
                double bMax = s.boxMax(t, c);
                double gap = Math.max(0.0, Math.max(bMin - v, v - bMax));
                double span = Math.max(v - bMin, bMax - v);
                lo += gap * gap;
                hi += span * span;
            }
            pointUpper[i] = -k * lo + s.leafBiasMax(t);
            if (t != own || s.leafCount(t) > 1) {
                best = Math.max(best, -k * hi + s.leafBiasMin(t));
            }
        }
        if (ownSlot >= 0 && !excludeSelf) {
            // x's own term: distance 0, so its log-weight is a lower bound of the maximum
            best = Math.max(best, s.biasD()[ownSlot]);
        }
        lower = best;
        count = 0;
        double limit = FLOAT_RADIUS_LIMIT * FLOAT_RADIUS_LIMIT / (2.0 * k);
        boolean fits = d <= 3;
        for (int i = 0; i < candCount; i++) {
            int t = candidates[i];
            if (pointUpper[i] < best - NEGLIGIBLE || (t == own && s.leafCount(t) == 1)) {
                continue;
            }
            visit[count] = t;
            upper[count] = pointUpper[i];
            count++;
            double r = s.leafRadius(t);
            fits &= r * r <= limit;
        }
        floatOk = fits;
        int ownLeafIndex = ownSlot >= 0 ? s.leafOfSlot(ownSlot) : -1;
        prepareSelf(s, ownLeafIndex, ownSlot);
        selfLeaf = excludeSelf ? ownLeafIndex : -1;
    }

    private void prepareSelf(LeafLayout s, int own, int selfSlot) {
        ownLeaf = own;
        if (own < 0) {
            return;
        }
        int start = s.leafStart(own);
        int len = s.leafPadded(own);
        if (selfBiasD.length < len) {
            selfBiasD = new double[len];
            selfBiasF = new float[len];
        }
        System.arraycopy(s.biasD(), start, selfBiasD, 0, len);
        System.arraycopy(s.biasF(), start, selfBiasF, 0, len);
        selfBiasD[selfSlot - start] = Double.NEGATIVE_INFINITY;
        selfBiasF[selfSlot - start] = Float.NEGATIVE_INFINITY;
        selfOffset = start;
    }

    /** Leaves to visit. */
    public int count() {
        return count;
    }

    /** The i-th leaf to visit (ascending leaf order). */
    public int leaf(int i) {
        return visit[i];
    }

    /** Upper bound of the log-weights in the i-th visited leaf. */
    public double upper(int i) {
        return upper[i];
    }

    /** Lower bound of the largest log-weight: the first shift. −∞ if there is no term at all. */
    public double lower() {
        return lower;
    }

    /** True when the float kernel is accurate enough for this point (see {@link #FLOAT_RADIUS_LIMIT}). */
    public boolean floatOk() {
        return floatOk;
    }

    /** The leaf whose log-weights must be read from {@link #selfBiasF()}/{@link #selfBiasD()}, or −1. */
    public int selfLeaf() {
        return selfLeaf;
    }

    /**
     * The leaf holding the point itself when it is a point of the sample (left out or not), or −1: its
     * log-weights without the point are in {@link #selfBiasF()}/{@link #selfBiasD()}. The float kernel
     * judges its accuracy on the nearest other point, since the point's own term carries no offset.
     */
    public int ownLeaf() {
        return ownLeaf;
    }

    /** The first slot of the own leaf (the bias copies start there). */
    public int selfOffset() {
        return selfOffset;
    }

    /** The own leaf's log-weights with the point itself set to −∞. */
    public double[] selfBiasD() {
        return selfBiasD;
    }

    public float[] selfBiasF() {
        return selfBiasF;
    }
}
