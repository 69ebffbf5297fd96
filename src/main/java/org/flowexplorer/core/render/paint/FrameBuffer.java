package org.flowexplorer.core.render.paint;

import java.util.Arrays;

/**
 * A width × height image of ARGB pixels in one row-major {@code int[]} ({@code pixels()[y*width + x]}).
 * Every pixel the rasterizer writes is fully opaque, so the array is also valid premultiplied
 * ARGB: the window can hand it to a JavaFX {@code PixelBuffer} with
 * {@code PixelFormat.getIntArgbPreInstance()} without conversion, and exporters can encode it
 * directly. Not thread safe.
 */
public final class FrameBuffer {
    private final int width;
    private final int height;
    private final int[] pixels;

    /** A buffer of the given size, initially opaque black. */
    public FrameBuffer(int width, int height) {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("frame size must be at least 1x1, got " + width + "x" + height);
        }
        if ((long) width * height > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("frame size too large: " + width + "x" + height);
        }
        this.width = width;
        this.height = height;
        this.pixels = new int[width * height];
        clear(0xFF000000);
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** The live pixel array (ARGB, row-major); shared, not copied. */
    public int[] pixels() {
        return pixels;
    }

    /** Fills every pixel with {@code argb}, forced opaque. */
    public void clear(int argb) {
        Arrays.fill(pixels, argb | 0xFF000000);
    }

    /** The pixel at (x, y). */
    public int get(int x, int y) {
        return pixels[y * width + x];
    }
}
