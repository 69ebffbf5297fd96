package org.flowexplorer.core.render;

/**
 * One layer of a frame (background, targets, trails, particles, arrows, HUD). The
 * {@link Rasterizer} calls its layers in order on the same {@link RenderContext}; each layer draws
 * only what its options ask for and must be deterministic.
 */
@FunctionalInterface
public interface Layer {
    /** Draws this layer into {@code ctx.buffer()}. */
    void draw(RenderContext ctx);
}
