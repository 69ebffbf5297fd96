package org.flowexplorer.core.kernel;

import java.util.Arrays;
import org.flowexplorer.core.math.PointSet;

/**
 * A point set laid out for the kernels: spatially sorted into leaves ({@link KdOrder}), stored as
 * structure of arrays, each leaf padded to whole vectors of {@link #PAD} lanes. Coordinates are
 * stored relative to the centre of their leaf's bounding box, in double and as a pair of floats
 * (hi = the float nearest the value, lo = the float nearest the rest): {@code (y_hi − r_hi) +
 * (y_lo − r_lo)} gives a float difference accurate to about 2u of its own size, however large the
 * leaf or the data's absolute position. Each stored point carries a log-weight (0 for a plain sample, ln(count) for a grid
 * cell, −∞ for padding) and optionally a d-vector payload (SVGD's scores).
 *
 * <p>Read-only for the kernels once built; {@link #build} reuses the arrays when the sizes fit, so
 * a simulation that rebuilds its particles' layout every step does not allocate.
 */
public final class LeafLayout {
    /** Lane multiple every leaf is padded to (the widest vector: 16 floats). */
    public static final int PAD = 16;

    private final KdOrder kd;
    private final int leafSize;
    private int n;
    private int dim;
    private int leaves;
    private int capacity;
    private int[] leafStart = new int[0];
    private int[] leafCount = new int[0];
    private int[] leafPadded = new int[0];
    private double[] center = new double[0];
    private double[] boxMin = new double[0];
    private double[] boxMax = new double[0];
    private double[] leafBiasMin = new double[0];
    private double[] leafBiasMax = new double[0];
    private int[] slotOf = new int[0];
    private int[] pointAt = new int[0];
    private double[][] relD = new double[0][];
    private float[][] relF = new float[0][];
    private float[][] relLoF = new float[0][];
    private double[] biasD = new double[0];
    private float[] biasF = new float[0];
    private double[][] payD = new double[0][];
    private float[][] payF = new float[0][];
    private boolean hasPayload;
    private PointSet source;

    /** @param leafSize the largest leaf, a multiple of {@link #PAD} */
    public LeafLayout(int leafSize) {
        this.kd = new KdOrder(leafSize);
        this.leafSize = leafSize;
    }

    /** The largest leaf this layout builds. */
    public int leafSize() {
        return leafSize;
    }

    /**
     * Lays out {@code points} with the given per-point log-weights (null: all 0). Clears the payload.
     */
    public void build(PointSet points, double[] logWeights) {
        this.source = points;
        this.n = points.size();
        this.dim = points.dim();
        double[] rows = points.coords();
        kd.order(rows, n, dim);
        int[] perm = kd.permutation();
        leaves = kd.leaves();
        allocate();
        int slot = 0;
        for (int l = 0; l < leaves; l++) {
            int from = kd.leafFrom(l);
            int count = kd.leafFrom(l + 1) - from;
            leafStart[l] = slot;
            leafCount[l] = count;
            leafPadded[l] = (count + PAD - 1) / PAD * PAD;
            fillLeaf(l, rows, perm, from, count, logWeights);
            slot += leafPadded[l];
        }
        hasPayload = false;
    }

    private void allocate() {
        if (leafStart.length < leaves) {
            leafStart = new int[leaves];
            leafCount = new int[leaves];
            leafPadded = new int[leaves];
            leafBiasMin = new double[leaves];
            leafBiasMax = new double[leaves];
        }
        if (center.length < leaves * dim) {
            center = new double[leaves * dim];
            boxMin = new double[leaves * dim];
            boxMax = new double[leaves * dim];
        }
        capacity = n + leaves * (PAD - 1);
        if (slotOf.length < n) {
            slotOf = new int[n];
        }
        if (pointAt.length < capacity || relD.length != dim) {
            int cap = Math.max(capacity, pointAt.length);
            pointAt = new int[cap];
            biasD = new double[cap];
            biasF = new float[cap];
            relD = new double[dim][cap];
            relF = new float[dim][cap];
            relLoF = new float[dim][cap];
            payD = new double[dim][];
            payF = new float[dim][];
        }
    }

    private void fillLeaf(int l, double[] rows, int[] perm, int from, int count, double[] logWeights) {
        int start = leafStart[l];
        for (int c = 0; c < dim; c++) {
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (int k = 0; k < count; k++) {
                double v = rows[perm[from + k] * dim + c];
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
            boxMin[l * dim + c] = min;
            boxMax[l * dim + c] = max;
            double mid = 0.5 * (min + max);
            center[l * dim + c] = mid;
            for (int k = 0; k < count; k++) {
                double rel = rows[perm[from + k] * dim + c] - mid;
                float hi = (float) rel;
                relD[c][start + k] = rel;
                relF[c][start + k] = hi;
                relLoF[c][start + k] = (float) (rel - hi);
            }
            Arrays.fill(relD[c], start + count, start + leafPadded[l], 0.0);
            Arrays.fill(relF[c], start + count, start + leafPadded[l], 0f);
            Arrays.fill(relLoF[c], start + count, start + leafPadded[l], 0f);
        }
        double bMin = Double.POSITIVE_INFINITY;
        double bMax = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < count; k++) {
            int p = perm[from + k];
            double b = logWeights == null ? 0.0 : logWeights[p];
            biasD[start + k] = b;
            biasF[start + k] = (float) b;
            bMin = Math.min(bMin, b);
            bMax = Math.max(bMax, b);
            pointAt[start + k] = p;
            slotOf[p] = start + k;
        }
        leafBiasMin[l] = bMin;
        leafBiasMax[l] = bMax;
        for (int k = count; k < leafPadded[l]; k++) {
            biasD[start + k] = Double.NEGATIVE_INFINITY;
            biasF[start + k] = Float.NEGATIVE_INFINITY;
            pointAt[start + k] = -1;
        }
    }

    /** Attaches a payload of d values per point (row-major, indexed like the points); padding gets 0. */
    public void setPayload(double[] rows) {
        for (int c = 0; c < dim; c++) {
            if (payD[c] == null || payD[c].length < pointAt.length) {
                payD[c] = new double[pointAt.length];
                payF[c] = new float[pointAt.length];
            }
        }
        for (int l = 0; l < leaves; l++) {
            for (int s = leafStart[l]; s < leafStart[l] + leafPadded[l]; s++) {
                int p = pointAt[s];
                for (int c = 0; c < dim; c++) {
                    double v = p < 0 ? 0.0 : rows[p * dim + c];
                    payD[c][s] = v;
                    payF[c][s] = (float) v;
                }
            }
        }
        hasPayload = true;
    }

    /** The point set this layout was built from (identity serves as a cache key). */
    public PointSet source() {
        return source;
    }

    public int size() {
        return n;
    }

    public int dim() {
        return dim;
    }

    public int leaves() {
        return leaves;
    }

    /** First storage slot of leaf l (a multiple of {@link #PAD}). */
    public int leafStart(int l) {
        return leafStart[l];
    }

    /** Real points in leaf l. */
    public int leafCount(int l) {
        return leafCount[l];
    }

    /** Stored slots of leaf l, padding included (a multiple of {@link #PAD}). */
    public int leafPadded(int l) {
        return leafPadded[l];
    }

    /** Coordinate c of the centre of leaf l's bounding box. */
    public double center(int l, int c) {
        return center[l * dim + c];
    }

    public double boxMin(int l, int c) {
        return boxMin[l * dim + c];
    }

    public double boxMax(int l, int c) {
        return boxMax[l * dim + c];
    }

    public double leafBiasMin(int l) {
        return leafBiasMin[l];
    }

    public double leafBiasMax(int l) {
        return leafBiasMax[l];
    }

    /** Storage slot of point p. */
    public int slotOf(int p) {
        return slotOf[p];
    }

    /** Point stored at slot s, −1 for padding. */
    public int pointAt(int s) {
        return pointAt[s];
    }

    /** The leaf holding slot s (binary search). */
    public int leafOfSlot(int s) {
        int lo = 0;
        int hi = leaves - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (leafStart[mid] <= s) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    /** Relative coordinate c of every slot (read only). */
    public double[] relD(int c) {
        return relD[c];
    }

    /** The float nearest each slot's relative coordinate c. */
    public float[] relF(int c) {
        return relF[c];
    }

    /** The float nearest the rest, {@code rel − relF}. */
    public float[] relLoF(int c) {
        return relLoF[c];
    }

    /** Log-weight of every slot (read only; −∞ for padding). */
    public double[] biasD() {
        return biasD;
    }

    public float[] biasF() {
        return biasF;
    }

    public boolean hasPayload() {
        return hasPayload;
    }

    /** Payload coordinate c of every slot (read only). */
    public double[] payloadD(int c) {
        return payD[c];
    }

    public float[] payloadF(int c) {
        return payF[c];
    }
}
