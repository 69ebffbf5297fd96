/**
 * Field calculus used by every curl diagnostic: central-difference Jacobians, circle integrals, grids over a view;
 * fields come in as {@link org.flowexplorer.core.math.VectorField}, so metrics need not know the flows.
 */
package org.flowexplorer.core.metric.field;
