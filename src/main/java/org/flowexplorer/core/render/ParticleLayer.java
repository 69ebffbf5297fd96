package org.flowexplorer.core.render;

import org.flowexplorer.core.render.paint.DiscStamps;
import org.flowexplorer.core.render.paint.Painter;
import org.flowexplorer.core.render.paint.Palette;

/**
 * The particles as anti-aliased discs in their colour, back to front. In 3D a particle's nearness
 * t ∈ [0, 1] (see {@link RenderContext}) scales its radius by {@code 0.7 + 0.6·t} and mixes its
 * colour towards the background by {@code 0.55·(1 − t)}: near particles are larger and brighter.
 */
public final class ParticleLayer implements Layer {
    private final DiscStamps stamps = new DiscStamps();

    @Override
    public void draw(RenderContext ctx) {
        if (!ctx.options().showParticles()) {
            return;
        }
        Painter p = new Painter(ctx.buffer());
        double r = ctx.options().pointRadius();
        int bg = Palette.background(ctx.options().darkBackground());
        boolean threeD = ctx.threeD();
        for (int k = 0; k < ctx.n; k++) {
            int i = ctx.order[k];
            if (threeD) {
                double t = ctx.nearness(ctx.depth[i]);
                stamps.draw(p, ctx.buffer(), ctx.sx[i], ctx.sy[i], r * (0.7 + 0.6 * t), Palette.mix(ctx.color[i], bg, 0.55 * (1 - t)));
            } else {
                stamps.draw(p, ctx.buffer(), ctx.sx[i], ctx.sy[i], r, ctx.color[i]);
            }
        }
    }
}
