package org.flowexplorer.core.flow;

/** Per-thread workspace for evaluating a {@link VelocityField}, so hot loops never allocate. */
public final class FieldScratch {
    final double[] logWeights;
    final double[] first;
    final double[] second;

    /**
     * @param maxSample the largest sample size the field sums over (max of N and M)
     * @param dim       the dimension d
     */
    public FieldScratch(int maxSample, int dim) {
        this.logWeights = new double[Math.max(1, maxSample)];
        this.first = new double[dim];
        this.second = new double[dim];
    }
}
