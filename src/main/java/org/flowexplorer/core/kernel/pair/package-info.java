/**
 * Kernel sums of a point set with itself by pairs of leaves: each pair's terms are computed once
 * and added to both points' sums ({@link org.flowexplorer.core.kernel.SelfSums}), with the plan of
 * leaf pairs, the float-accuracy test by shared grid cells and a fixed-order reduction that keeps
 * results independent of the thread count. The inner loops come from a backend's
 * {@link org.flowexplorer.core.kernel.pair.BlockKernel}.
 */
package org.flowexplorer.core.kernel.pair;
