package org.flowexplorer.app.view;

import java.nio.IntBuffer;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.flowexplorer.core.render.paint.FrameBuffer;

/**
 * Two frames behind one {@link ImageView}: the front one is shown (its {@code int[]} backs a JavaFX
 * {@link PixelBuffer}, no copy), the back one is free for the render thread to draw the next frame
 * into; {@link #swap()} shows the back one. So rendering never runs on the FX thread, and the FX
 * thread never shows a half-drawn frame. Allocation and swapping on the FX thread only.
 */
final class SwapSurface {
    private record Page(FrameBuffer frame, PixelBuffer<IntBuffer> pixels, WritableImage image) {
        static Page of(int w, int h) {
            FrameBuffer f = new FrameBuffer(w, h);
            PixelBuffer<IntBuffer> p = new PixelBuffer<>(w, h, IntBuffer.wrap(f.pixels()),
                    PixelFormat.getIntArgbPreInstance());
            return new Page(f, p, new WritableImage(p));
        }
    }

    private final ImageView imageView = new ImageView();
    private Page front;
    private Page back;
    private FrameBuffer shown;

    SwapSurface() {
        imageView.setManaged(false);
        imageView.setPreserveRatio(false);
        imageView.setSmooth(false);
    }

    ImageView node() {
        return imageView;
    }

    /**
     * Makes both frames {@code w} × {@code h}, reallocating only when the size changed (never while
     * the back frame is being drawn). Returns true if they were reallocated.
     */
    boolean resize(int w, int h) {
        if (front != null && front.frame().width() == w && front.frame().height() == h) {
            return false;
        }
        front = Page.of(w, h);
        back = Page.of(w, h);
        return true; // the old picture stays on screen until the first frame of the new size is drawn
    }

    /** The frame on screen, or null before the first frame was shown. */
    FrameBuffer front() {
        return shown;
    }

    /** The frame to draw the next picture into. */
    FrameBuffer back() {
        return back.frame();
    }

    /** Shows the back frame (just drawn); the old front becomes the back. */
    void swap() {
        Page drawn = back;
        back = front;
        front = drawn;
        front.pixels().updateBuffer(b -> null);
        imageView.setImage(front.image());
        imageView.setFitWidth(front.frame().width());
        imageView.setFitHeight(front.frame().height());
        this.shown = front.frame();
    }
}
