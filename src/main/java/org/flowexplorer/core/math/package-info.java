/**
 * Numerical ground of the engine, JDK only: point sets, Gaussian-kernel sums, vector fields, order
 * statistics, the seeded random streams and the thread-count-independent parallel runner.
 */
package org.flowexplorer.core.math;
