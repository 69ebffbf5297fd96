/**
 * Draw mode: placing and erasing target points by hand on the canvas (a view model free of JavaFX
 * plus its ink layer and tool bar), saved as CSV in the user's drawings folder.
 */
package org.flowexplorer.app.draw;
