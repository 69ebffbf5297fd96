/**
 * The one pure-Java rasterizer of window and exports: frame input, options, camera and the ordered
 * layers (background, curl field, targets, trails, particles, arrows, axis triad, HUD) it draws.
 */
package org.flowexplorer.core.render;
