package org.flowexplorer.core.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Palette values and the bitmap font. */
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
    void fontCoversDigitsLettersPunctuationAndSigma() {
        String all = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz .,:;-+=/()[]%_!?'\"<>*|\u03c3\u00b2";
        for (char c : all.toCharArray()) {
            assertTrue(BitmapFont.hasGlyph(c), "glyph " + c);
        }
        assertEquals(BitmapFont.glyph('\u2603'), BitmapFont.glyph('\u2604'));
        assertNotEquals(BitmapFont.glyph('O'), BitmapFont.glyph('0'));
        assertEquals((3 * 6 - 1) * 2, BitmapFont.textWidth("abc", 2));
        FrameBuffer fb = new FrameBuffer(20, 10);
        fb.clear(0);
        BitmapFont.draw(fb, "1", 0, 0, 1, 0xFFFFFFFF);
        // '1' has a full-width foot on its last row and a stem in the middle column
        assertEquals(0xFFFFFFFF, fb.get(2, 3));
        assertEquals(0xFFFFFFFF, fb.get(1, 6));
        assertEquals(0xFF000000, fb.get(0, 3));
    }
}
