/**
 * The particle canvas: the rasterizer's frame shown without copying, the one camera controller
 * (pan, zoom, orbit), the one frame pump of the window, trails and frame-time statistics.
 */
package org.flowexplorer.app.view;
