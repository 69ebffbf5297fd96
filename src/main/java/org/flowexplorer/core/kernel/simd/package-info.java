/**
 * The Vector API ({@code jdk.incubator.vector}) inner loops of the dense kernels, float and double;
 * loaded by reflection only when the JVM runs with that module.
 */
package org.flowexplorer.core.kernel.simd;
