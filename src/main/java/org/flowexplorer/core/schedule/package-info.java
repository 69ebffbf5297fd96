/**
 * The noise schedules σ_t (constant, linear, geometric, cosine) that anneal the kernel width over a
 * run, and their names in configurations.
 */
package org.flowexplorer.core.schedule;
