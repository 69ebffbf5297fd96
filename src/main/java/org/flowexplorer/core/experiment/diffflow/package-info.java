/**
 * DiffFlow's marginal-preserving family over the whole run: sliced W2 per rho and seed, the gap to
 * rho = 0 against the seed noise, and its report.
 */
package org.flowexplorer.core.experiment.diffflow;
