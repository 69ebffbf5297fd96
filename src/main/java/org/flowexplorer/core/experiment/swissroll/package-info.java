/**
 * The SD-flow paper's Fig. 3: data-set interpolation in R^3 between the Swiss roll and the mystery stand-in,
 * shown as frame strips from a fixed viewpoint.
 */
package org.flowexplorer.core.experiment.swissroll;
