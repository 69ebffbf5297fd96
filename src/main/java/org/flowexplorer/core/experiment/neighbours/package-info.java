/**
 * The SD-flow paper's Fig. 4 after a run of a preset: nearest-neighbour distances of generated points and
 * targets to the target set, as overlaid densities.
 */
package org.flowexplorer.core.experiment.neighbours;
