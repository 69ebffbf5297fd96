package org.flowexplorer.core.export;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.IndexColorModel;
import java.util.HashMap;
import java.util.Map;
import org.flowexplorer.core.render.paint.FrameBuffer;
import org.flowexplorer.core.render.paint.Palette;

/**
 * Converts frames to 8-bit indexed images over the fixed {@link Palette#indexed256()} palette by
 * nearest colour (squared RGB distance, ties to the lower index). The palette holds every colour
 * the rasterizer draws at full strength, so those map exactly; anti-aliased edges map to the
 * nearest entry. A per-instance cache makes repeated colours (almost all of a frame) one lookup.
 */
final class FixedPaletteQuantizer {
    private final int[] palette = Palette.indexed256();
    private final IndexColorModel model;
    private final Map<Integer, Byte> cache = new HashMap<>();

    FixedPaletteQuantizer() {
        byte[] r = new byte[256];
        byte[] g = new byte[256];
        byte[] b = new byte[256];
        for (int i = 0; i < 256; i++) {
            r[i] = (byte) (palette[i] >> 16);
            g[i] = (byte) (palette[i] >> 8);
            b[i] = (byte) palette[i];
        }
        model = new IndexColorModel(8, 256, r, g, b);
    }

    /** The 256 palette colours (a copy). */
    int[] palette() {
        return palette.clone();
    }

    /** The frame as a {@code TYPE_BYTE_INDEXED} image over the fixed palette. */
    BufferedImage toIndexed(FrameBuffer frame) {
        BufferedImage img = new BufferedImage(frame.width(), frame.height(), BufferedImage.TYPE_BYTE_INDEXED, model);
        byte[] out = ((DataBufferByte) img.getRaster().getDataBuffer()).getData();
        int[] px = frame.pixels();
        int last = -1;
        byte lastIndex = 0;
        for (int i = 0; i < px.length; i++) {
            int rgb = px[i] & 0xFFFFFF;
            if (rgb != last) {
                last = rgb;
                lastIndex = indexOf(rgb);
            }
            out[i] = lastIndex;
        }
        return img;
    }

    /** The palette index nearest to {@code rgb}. */
    byte indexOf(int rgb) {
        Byte hit = cache.get(rgb);
        if (hit != null) {
            return hit;
        }
        int r = (rgb >> 16) & 255;
        int g = (rgb >> 8) & 255;
        int b = rgb & 255;
        int best = 0;
        int bestD = Integer.MAX_VALUE;
        for (int i = 0; i < 256; i++) {
            int dr = r - ((palette[i] >> 16) & 255);
            int dg = g - ((palette[i] >> 8) & 255);
            int db = b - (palette[i] & 255);
            int d = dr * dr + dg * dg + db * db;
            if (d < bestD) {
                bestD = d;
                best = i;
            }
        }
        cache.put(rgb, (byte) best);
        return (byte) best;
    }
}
