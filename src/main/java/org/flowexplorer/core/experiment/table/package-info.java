/**
 * The SD-flow paper's convergence tables: the captions' four factors, the Fig. 1/Fig. 2 conditions,
 * the convergence criterion with its measured occupancy threshold, the resumable runner and the table report.
 */
package org.flowexplorer.core.experiment.table;
