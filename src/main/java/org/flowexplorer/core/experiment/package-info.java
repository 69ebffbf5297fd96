/**
 * Paper reproductions as one pipeline: an {@link org.flowexplorer.core.experiment.Experiment} with declared, range-checked
 * {@link org.flowexplorer.core.experiment.Param settings}, run through {@link org.flowexplorer.core.experiment.Runs}, reported by its own report class.
 */
package org.flowexplorer.core.experiment;
