/**
 * The pixels the rasterizer draws into: the ARGB frame buffer, integer-blended discs and clipped
 * lines, disc stamps, anti-aliased text in the bundled font, and the colour-blind-safe palette.
 */
package org.flowexplorer.core.render.paint;
