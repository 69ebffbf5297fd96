/**
 * Metrics of a particle set against its targets: MMD², sliced W2, mode coverage and balance, nearest neighbours,
 * moments, and the field diagnostics (relative curl, circulation) of a velocity field.
 */
package org.flowexplorer.core.metric;
