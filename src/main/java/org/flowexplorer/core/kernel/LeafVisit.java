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

    private int[] candidates = new int[16];
    private int candCount;
    /** The candidates' boxes and log-weight ranges, structure of arrays for the per-point loop. */
    private double[][] candMin = new double[0][];
    private double[][] candMax = new double[0][];
    private double[] candBiasMin = new double[16];
    private double[] candBiasMax = new double[16];
    private double[] lo = new double[16];
    private double[] hi = new double[16];
    private int[] visit = new int[16];
    private double[] upper = new double[16];
    private int count;
    private double lower;
    private int selfLeaf = -1;
    private int ownLeaf = -1;
    private int selfOffset;
    private int ownSlot;
    private LeafLayout layout;
    private boolean copiedD;
    private boolean copiedF;
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
        int d = s.dim();
        ensure(leaves, d);
        double best = Double.NEGATIVE_INFINITY;
        for (int t = 0; t < leaves; t++) {
            double gapSum = 0;
            double spanSum = 0;
            for (int c = 0; c < d; c++) {
                double aMin = ev.boxMin(e, c);
                double aMax = ev.boxMax(e, c);
                double bMin = s.boxMin(t, c);
                double bMax = s.boxMax(t, c);
                double gap = Math.max(0.0, Math.max(bMin - aMax, aMin - bMax));
                double span = Math.max(aMax - bMin, bMax - aMin);
                gapSum += gap * gap;
                spanSum += span * span;
            }
            lo[t] = -k * gapSum + s.leafBiasMax(t);
            if (!excludeSelf || t != e || s.leafCount(t) > 1) {
                best = Math.max(best, -k * spanSum + s.leafBiasMin(t));
            }
        }
        candCount = 0;
        for (int t = 0; t < leaves; t++) {
            if (!(lo[t] < best - NEGLIGIBLE)) {
                int i = candCount++;
                candidates[i] = t;
                for (int c = 0; c < d; c++) {
                    candMin[c][i] = s.boxMin(t, c);
                    candMax[c][i] = s.boxMax(t, c);
                }
                candBiasMin[i] = s.leafBiasMin(t);
                candBiasMax[i] = s.leafBiasMax(t);
            }
        }
    }

    private void ensure(int leaves, int d) {
        if (candidates.length < leaves || candMin.length != d) {
            int cap = Math.max(leaves, candidates.length);
            candidates = new int[cap];
            candBiasMin = new double[cap];
            candBiasMax = new double[cap];
            lo = new double[cap];
            hi = new double[cap];
            candMin = new double[d][cap];
            candMax = new double[d][cap];
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
        int n = candCount;
        if (visit.length < n) {
            visit = new int[n];
            upper = new double[n];
        }
        java.util.Arrays.fill(lo, 0, n, 0.0);
        java.util.Arrays.fill(hi, 0, n, 0.0);
        for (int c = 0; c < d; c++) {
            double v = x[off + c];
            double[] mn = candMin[c];
            double[] mx = candMax[c];
            for (int i = 0; i < n; i++) {
                double gap = Math.max(0.0, Math.max(mn[i] - v, v - mx[i]));
                double span = Math.max(v - mn[i], mx[i] - v);
                lo[i] += gap * gap;
                hi[i] += span * span;
            }
        }
        int own = ownSlot >= 0 ? s.leafOfSlot(ownSlot) : -1;
        int lonely = excludeSelf && own >= 0 && s.leafCount(own) == 1 ? own : -1;
        double best = ownSlot >= 0 && !excludeSelf ? s.biasD()[ownSlot] : Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            if (candidates[i] != lonely) {
                best = Math.max(best, -k * hi[i] + candBiasMin[i]);
            }
        }
        lower = best;
        count = 0;
        for (int i = 0; i < n; i++) {
            double up = -k * lo[i] + candBiasMax[i];
            if (up < best - NEGLIGIBLE || candidates[i] == lonely) {
                continue;
            }
            int t = candidates[i];
            visit[count] = t;
            upper[count] = up;
            count++;
        }
        prepareSelf(s, own, ownSlot);
        selfLeaf = excludeSelf ? own : -1;
    }

    private void prepareSelf(LeafLayout s, int own, int slot) {
        ownLeaf = own;
        ownSlot = slot;
        layout = s;
        copiedD = false;
        copiedF = false;
        if (own >= 0) {
            selfOffset = s.leafStart(own);
        }
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

    /** The own leaf's log-weights with the point itself set to −∞ (copied on first use per point). */
    public double[] selfBiasD() {
        if (!copiedD) {
            int len = layout.leafPadded(ownLeaf);
            if (selfBiasD.length < len) {
                selfBiasD = new double[len];
            }
            System.arraycopy(layout.biasD(), selfOffset, selfBiasD, 0, len);
            selfBiasD[ownSlot - selfOffset] = Double.NEGATIVE_INFINITY;
            copiedD = true;
        }
        return selfBiasD;
    }

    /** Float twin of {@link #selfBiasD()}. */
    public float[] selfBiasF() {
        if (!copiedF) {
            int len = layout.leafPadded(ownLeaf);
            if (selfBiasF.length < len) {
                selfBiasF = new float[len];
            }
            System.arraycopy(layout.biasF(), selfOffset, selfBiasF, 0, len);
            selfBiasF[ownSlot - selfOffset] = Float.NEGATIVE_INFINITY;
            copiedF = true;
        }
        return selfBiasF;
    }
}
