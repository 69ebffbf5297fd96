/**
 * Diagnostic overlays on the canvas: the field and curl read-out sampled off the FX thread,
 * and the nearest-neighbour histogram window.
 */
package org.flowexplorer.app.overlay;
