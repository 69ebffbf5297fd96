/**
 * Targets and starts: the synthetic datasets, pictures and CSV files as targets, base distributions,
 * point CSV reading and writing, and the bounded, located errors of bad input (InputException).
 */
package org.flowexplorer.core.data;
