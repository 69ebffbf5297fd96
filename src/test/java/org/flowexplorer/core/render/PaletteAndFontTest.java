package org.flowexplorer.core.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.util.Arrays;
import org.flowexplorer.core.render.paint.FrameBuffer;
import org.flowexplorer.core.render.paint.Palette;
import org.flowexplorer.core.render.paint.TextPainter;
import org.junit.jupiter.api.Test;

/** Palette values and the bundled font. */
class PaletteAndFontTest {
    @Test
    void okabeItoCyclesEveryEightAndViridisSpansItsEnds() {
        assertEquals(0xFFE69F00, Palette.categorical(0));
        assertEquals(Palette.categorical(3), Palette.categorical(11));
        assertEquals(0xFF440154, Palette.viridis(0));
        assertEquals(0xFFFDE725, Palette.viridis(1));
        assertEquals(Palette.viridis(0), Palette.viridis(Double.NaN));
        assertEquals(256, Palette.viridisLut().length);
        assertEquals(0xFF2166AC, Palette.diverging(-1));
        assertEquals(0xFFB2182B, Palette.diverging(1));
        assertNotEquals(Palette.categorical(7, true), Palette.background(true));
    }

    @Test
    void indexedPaletteHoldsTheDrawingColours() {
        int[] p = Palette.indexed256();
        assertEquals(256, p.length);
        for (int k = 0; k < Palette.CATEGORIES; k++) {
            int c = Palette.categorical(k);
            assertTrue(Arrays.stream(p).anyMatch(x -> x == c), "okabe-ito " + k);
        }
        for (int c : new int[] {Palette.background(true), Palette.background(false), Palette.target(false),
            Palette.viridis(0), Palette.viridis(1)}) {
            assertTrue(Arrays.stream(p).anyMatch(x -> x == c), Integer.toHexString(c));
        }
    }

    @Test
    void bundledFontCoversTheHudCharactersAndDrawsAntiAliasedOpaqueText() {
        String all = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz .,:;-+=/()[]%_!?'\"<>*|"
                + "\u03c3\u03b7\u03c1\u03ba\u03b2\u00b2\u00b7\u2013\u2212\u2192\u2265";
        assertEquals(-1, TextPainter.font(20, false).canDisplayUpTo(all), "a glyph is missing");
        FrameBuffer fb = new FrameBuffer(120, 40);
        fb.clear(0xFFFFFFFF);
        double w12;
        double w24;
        try (TextPainter t = new TextPainter(fb)) {
            w12 = t.width("SVGD σ 0.31", 12, false);
            w24 = t.width("SVGD σ 0.31", 24, false);
            t.text("SVGD σ", 4, 30, 24, true, 0xFF000000);
        }
        assertEquals(2.0, w24 / w12, 0.05, "width scales with the size");
        int dark = 0;
        int grey = 0;
        for (int p : fb.pixels()) {
            assertEquals(0xFF, p >>> 24, "every pixel stays opaque");
            int v = p & 0xFF;
            if (v < 40) {
                dark++;
            } else if (v < 215) {
                grey++;
            }
        }
        assertTrue(dark > 100, "solid glyph pixels: " + dark);
        assertTrue(grey > 40, "anti-aliased edge pixels: " + grey);
    }
}
