/**
 * The engine around the flows: run configuration and dynamics, the simulation and its snapshots, the
 * one step loop and stability rule, headless and lock-step runs, the timeline and memory budget.
 */
package org.flowexplorer.core.sim;
