package org.flowexplorer.core.render;

import org.flowexplorer.core.render.paint.Palette;

/** Fills the frame with the light or dark background colour. */
public final class BackgroundLayer implements Layer {
    @Override
    public void draw(RenderContext ctx) {
        ctx.buffer().clear(Palette.background(ctx.options().darkBackground()));
    }
}
