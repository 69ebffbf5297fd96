package org.flowexplorer.core.render;

import java.util.List;
import org.flowexplorer.core.math.PointSet;
import org.flowexplorer.core.render.paint.FrameBuffer;

/**
 * The one rasterizer of the explorer: the window and every exporter draw frames with it, so the
 * screen and the exported files show the same pixels. A frame is an ordered list of {@link Layer}s
 * (background, curl field, targets, trails, particles, arrows, 3D axis triad, HUD) drawn into a {@link FrameBuffer}.
 *
 * <p>Pure Java and deterministic: identical input, view, options and size give identical pixels on
 * every machine (integer blending, {@link StrictMath}, fixed draw order). An instance keeps scratch
 * buffers between frames and is not thread safe: use one per thread.
 */
public final class Rasterizer {
    private final List<Layer> layers;
    private final RenderContext ctx = new RenderContext();

    /** The standard layer stack. */
    public Rasterizer() {
        this(List.of(new BackgroundLayer(), new FieldLayer(), new TargetLayer(), new TrailLayer(), new ParticleLayer(),
                new ArrowLayer(), new AxisTriadLayer(), new HudLayer()));
    }

    /** A rasterizer with a custom ordered layer list (first drawn first). */
    public Rasterizer(List<Layer> layers) {
        this.layers = List.copyOf(layers);
    }

    /** The layers, in drawing order. */
    public List<Layer> layers() {
        return layers;
    }

    /** Draws one frame of {@code in} seen through {@code camera} into {@code out}. */
    public void render(FrameInput in, Camera camera, RenderOptions opts, FrameBuffer out) {
        ctx.reset(in, camera, opts, out);
        PointSet pos = in.snapshot().positions();
        ctx.project(pos, ctx.sx, ctx.sy, ctx.depth);
        ctx.sortByDepth();
        ParticleColors.fill(ctx);
        for (Layer l : layers) {
            l.draw(ctx);
        }
    }
}
