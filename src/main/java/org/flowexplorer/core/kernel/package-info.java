/**
 * The Gaussian-kernel sums every flow is made of: the scalar reference, the fast dense sums
 * (spatially sorted leaves, exact e^−60 skipping, vector or scalar inner loops) and grid mode.
 */
package org.flowexplorer.core.kernel;
