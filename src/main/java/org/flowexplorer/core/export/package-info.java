/**
 * What exported frames say about themselves: the HUD text and facts of a frame, taken from the
 * dynamics in force at its step.
 */
package org.flowexplorer.core.export;
