/**
 * The particle canvas: the rasterizer's frame shown without copying, camera pan and zoom by mouse,
 * trails of the last frames and frame-time statistics.
 */
package org.flowexplorer.app.view;
