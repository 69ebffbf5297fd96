/**
 * Drawing mode: placing and erasing target points by hand on the canvas,
 * a view model free of JavaFX plus its mouse handling.
 */
package org.flowexplorer.app.draw;
