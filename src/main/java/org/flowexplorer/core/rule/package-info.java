/**
 * The update rule of a run's dynamics in words and symbols, one place for the window's DYNAMICS
 * strip, the presenter band and the replay page: the step, the velocity, the parameters by symbol.
 */
package org.flowexplorer.core.rule;
