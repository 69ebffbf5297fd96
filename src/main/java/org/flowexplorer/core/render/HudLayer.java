package org.flowexplorer.core.render;

import java.util.List;

/**
 * The HUD text lines in the top-left corner, in the {@link BitmapFont} on a translucent panel so
 * they stay legible over particles. The font is drawn at 2× on frames at least 600 px tall
 * (projectors, exports), else at 1×.
 */
public final class HudLayer implements Layer {
    /** Font scale for a frame of the given height. */
    public static int fontScale(int frameHeight) {
        return frameHeight >= 600 ? 2 : 1;
    }

    @Override
    public void draw(RenderContext ctx) {
        List<String> lines = ctx.input().hud();
        if (!ctx.options().hud() || lines.isEmpty()) {
            return;
        }
        FrameBuffer fb = ctx.buffer();
        boolean dark = ctx.options().darkBackground();
        int scale = fontScale(fb.height());
        int pad = 3 * scale;
        int margin = 4 * scale;
        int width = 0;
        for (String l : lines) {
            width = Math.max(width, BitmapFont.textWidth(l, scale));
        }
        int lineH = BitmapFont.LINE_HEIGHT * scale;
        int height = lines.size() * lineH - 2 * scale;
        new Painter(fb).fillRect(margin, margin, width + 2 * pad, height + 2 * pad, Palette.background(dark), 0.75);
        int fg = Palette.foreground(dark);
        for (int k = 0; k < lines.size(); k++) {
            BitmapFont.draw(fb, lines.get(k), margin + pad, margin + pad + k * lineH, scale, fg);
        }
    }
}
