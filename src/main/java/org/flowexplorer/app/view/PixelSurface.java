package org.flowexplorer.app.view;

import java.nio.IntBuffer;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.flowexplorer.core.render.paint.FrameBuffer;

/**
 * The rasterizer's {@link FrameBuffer} shown in an {@link ImageView} without copying: the frame's
 * {@code int[]} backs a JavaFX {@link PixelBuffer} (opaque ARGB is valid premultiplied ARGB).
 * Shared by the main canvas and the compare panes.
 */
public final class PixelSurface {
    private final ImageView imageView = new ImageView();
    private FrameBuffer frame;
    private PixelBuffer<IntBuffer> pixelBuffer;

    public PixelSurface() {
        imageView.setManaged(false);
        imageView.setPreserveRatio(false);
        imageView.setSmooth(false);
    }

    public ImageView node() {
        return imageView;
    }

    /** The frame to render into, or null before the first {@link #resize}. */
    public FrameBuffer frame() {
        return frame;
    }

    /**
     * Makes the frame {@code w} × {@code h}, reallocating the buffers only when the size changed.
     * Returns true if they were reallocated (the old picture is gone).
     */
    public boolean resize(int w, int h) {
        if (frame != null && frame.width() == w && frame.height() == h) {
            return false;
        }
        frame = new FrameBuffer(w, h);
        pixelBuffer = new PixelBuffer<>(w, h, IntBuffer.wrap(frame.pixels()), PixelFormat.getIntArgbPreInstance());
        imageView.setImage(new WritableImage(pixelBuffer));
        imageView.setFitWidth(w);
        imageView.setFitHeight(h);
        return true;
    }

    /** Tells JavaFX that the whole frame changed (after the rasterizer drew into it). */
    public void show() {
        pixelBuffer.updateBuffer(b -> null);
    }
}
