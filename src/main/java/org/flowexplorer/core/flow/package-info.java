/**
 * The flows, one class each with its velocity formula (SD flow, MMD gradient flow, SVGD, Langevin,
 * DiffFlow), the curl term κ around any of them, AdaGrad, and the deterministic velocity field.
 */
package org.flowexplorer.core.flow;
