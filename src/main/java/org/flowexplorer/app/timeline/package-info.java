/**
 * The timeline bar under the canvas: scrubbing back through recorded steps and replaying a steered run,
 * with its view model free of JavaFX.
 */
package org.flowexplorer.app.timeline;
