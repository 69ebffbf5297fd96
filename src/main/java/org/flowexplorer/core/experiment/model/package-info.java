/**
 * The SD-flow paper's Fig. 5: a Gaussian model in R^d fitted by SD flow on a fixed training set, with the
 * q-score's own term included or left out, its errors and the nearest-neighbour overfitting check.
 */
package org.flowexplorer.core.experiment.model;
