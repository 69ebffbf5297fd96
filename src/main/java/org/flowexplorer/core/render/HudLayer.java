package org.flowexplorer.core.render;

import java.util.List;
import org.flowexplorer.core.render.paint.FrameBuffer;
import org.flowexplorer.core.render.paint.Palette;
import org.flowexplorer.core.render.paint.TextPainter;

/**
 * The HUD: the text lines of {@link FrameInput#hud()} in a band across the top of the frame, in
 * the bundled anti-aliased font ({@link TextPainter}), the first line bold, on a panel of the
 * background colour. The band is {@link #bandHeight} pixels tall; a camera fitted with
 * {@link Camera#firstLook} keeps the data out of it, so the text never covers particles or
 * targets. The font scales with the frame ({@link #fontSize}); a line too long for the width is
 * set smaller rather than cut.
 */
public final class HudLayer implements Layer {
    private static final double LINE = 1.32;
    private static final double PAD = 0.45;

    /** The HUD's font size in pixels for a {@code w} × {@code h} frame: 1/40 of the shorter side, 11 to 44 px. */
    public static float fontSize(int w, int h) {
        return (float) Math.max(11, Math.min(44, Math.round(Math.min(w, h) / 40.0)));
    }

    /** Height in pixels of a band of {@code lines} text lines on a {@code w} × {@code h} frame (0 for none). */
    public static int bandHeight(int lines, int w, int h) {
        if (lines <= 0) {
            return 0;
        }
        double size = fontSize(w, h);
        return (int) Math.ceil(size * (2 * PAD + LINE * lines));
    }

    @Override
    public void draw(RenderContext ctx) {
        List<String> lines = ctx.input().hud();
        if (!ctx.options().hud() || lines.isEmpty()) {
            return;
        }
        FrameBuffer fb = ctx.buffer();
        boolean dark = ctx.options().darkBackground();
        float size = fontSize(fb.width(), fb.height());
        int band = bandHeight(lines.size(), fb.width(), fb.height());
        int bg = Palette.mix(Palette.background(dark), Palette.foreground(dark), 0.07);
        int fg = Palette.foreground(dark);
        double pad = PAD * size;
        double left = Math.max(pad, 0.8 * size);
        try (TextPainter t = new TextPainter(fb)) {
            t.panel(0, 0, fb.width(), band, 0, bg, 0.94);
            t.line(0, band - 0.5, fb.width(), band - 0.5, 1, Palette.mix(bg, fg, 0.25));
            double room = fb.width() - 2 * left;
            for (int k = 0; k < lines.size(); k++) {
                boolean bold = k == 0;
                String text = lines.get(k);
                float s = size;
                double wide = t.width(text, s, bold);
                if (wide > room && wide > 0) {
                    s = (float) Math.max(6, Math.floor(s * room / wide * 10) / 10);
                }
                double baseline = pad + size * (LINE * k + 1.0);
                t.text(text, left, baseline, s, bold, fg);
            }
        }
    }
}
