/**
 * The self-contained HTML replay page: recording a run's frames, 16-bit fixed-point coordinates,
 * the data block with the update rule in force, escaping of user text, and the page assembled offline.
 */
package org.flowexplorer.core.replay;
