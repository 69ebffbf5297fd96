package org.flowexplorer.core.render;

import java.util.HashMap;
import java.util.Map;

/**
 * A hand-drawn 5×7 pixel font (ASCII letters, digits, punctuation and σ, ε, η, ρ, ², ·, ×),
 * drawn at integer scales without anti-aliasing. No AWT fonts are involved, so HUD text is
 * identical pixels on every machine. Each glyph cell is 6×9 units (one column and two rows of
 * spacing); unknown characters are drawn as a hollow box.
 */
public final class BitmapFont {
    /** Glyph width in font pixels. */
    public static final int GLYPH_W = 5;
    /** Glyph height in font pixels. */
    public static final int GLYPH_H = 7;
    /** Horizontal advance per character in font pixels. */
    public static final int ADVANCE = 6;
    /** Line height in font pixels. */
    public static final int LINE_HEIGHT = 9;

    private static final long UNKNOWN = parse("##### #...# #...# #...# #...# #...# #####");
    private static final Map<Character, Long> GLYPHS = glyphs();

    private BitmapFont() {
    }

    /** Width in pixels of {@code text} at {@code scale}. */
    public static int textWidth(String text, int scale) {
        return text.isEmpty() ? 0 : (text.length() * ADVANCE - 1) * scale;
    }

    /**
     * Draws {@code text} with its top-left corner at (x, y), each font pixel a {@code scale}×{@code scale}
     * block of the opaque colour {@code argb}; pixels outside the buffer are skipped.
     */
    public static void draw(FrameBuffer fb, String text, int x, int y, int scale, int argb) {
        int[] px = fb.pixels();
        int w = fb.width();
        int h = fb.height();
        int color = argb | 0xFF000000;
        for (int i = 0; i < text.length(); i++) {
            long bits = glyph(text.charAt(i));
            int gx = x + i * ADVANCE * scale;
            for (int row = 0; row < GLYPH_H; row++) {
                for (int col = 0; col < GLYPH_W; col++) {
                    if ((bits >>> (row * GLYPH_W + col) & 1L) == 0) {
                        continue;
                    }
                    for (int dy = 0; dy < scale; dy++) {
                        int yy = y + row * scale + dy;
                        if (yy < 0 || yy >= h) {
                            continue;
                        }
                        for (int dx = 0; dx < scale; dx++) {
                            int xx = gx + col * scale + dx;
                            if (xx >= 0 && xx < w) {
                                px[yy * w + xx] = color;
                            }
                        }
                    }
                }
            }
        }
    }

    /** True if {@code c} has its own glyph (otherwise it is drawn as a box). */
    public static boolean hasGlyph(char c) {
        return GLYPHS.containsKey(c);
    }

    /** The glyph bitmap: bit (row·5 + col) set where the pixel is on. */
    static long glyph(char c) {
        Long g = GLYPHS.get(c);
        return g == null ? UNKNOWN : g;
    }

    private static long parse(String rows) {
        String s = rows.replace(" ", "");
        if (s.length() != GLYPH_W * GLYPH_H) {
            throw new IllegalStateException("bad glyph: " + rows);
        }
        long bits = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '#') {
                bits |= 1L << i;
            }
        }
        return bits;
    }

    private static Map<Character, Long> glyphs() {
        String[] defs = {
            "0.###. #...# #..## #.#.# ##..# #...# .###.",
            "1..#.. .##.. ..#.. ..#.. ..#.. ..#.. .###.",
            "2.###. #...# ....# ...#. ..#.. .#... #####",
            "3##### ...#. ..#.. ...#. ....# #...# .###.",
            "4...#. ..##. .#.#. #..#. ##### ...#. ...#.",
            "5##### #.... ####. ....# ....# #...# .###.",
            "6..##. .#... #.... ####. #...# #...# .###.",
            "7##### ....# ...#. ..#.. .#... .#... .#...",
            "8.###. #...# #...# .###. #...# #...# .###.",
            "9.###. #...# #...# .#### ....# ...#. .##..",
            "A.###. #...# #...# ##### #...# #...# #...#",
            "B####. #...# #...# ####. #...# #...# ####.",
            "C.###. #...# #.... #.... #.... #...# .###.",
            "D###.. #..#. #...# #...# #...# #..#. ###..",
            "E##### #.... #.... ####. #.... #.... #####",
            "F##### #.... #.... ####. #.... #.... #....",
            "G.###. #...# #.... #.### #...# #...# .####",
            "H#...# #...# #...# ##### #...# #...# #...#",
            "I.###. ..#.. ..#.. ..#.. ..#.. ..#.. .###.",
            "J..### ...#. ...#. ...#. ...#. #..#. .##..",
            "K#...# #..#. #.#.. ##... #.#.. #..#. #...#",
            "L#.... #.... #.... #.... #.... #.... #####",
            "M#...# ##.## #.#.# #.#.# #...# #...# #...#",
            "N#...# #...# ##..# #.#.# #..## #...# #...#",
            "O.###. #...# #...# #...# #...# #...# .###.",
            "P####. #...# #...# ####. #.... #.... #....",
            "Q.###. #...# #...# #...# #.#.# #..#. .##.#",
            "R####. #...# #...# ####. #.#.. #..#. #...#",
            "S.#### #.... #.... .###. ....# ....# ####.",
            "T##### ..#.. ..#.. ..#.. ..#.. ..#.. ..#..",
            "U#...# #...# #...# #...# #...# #...# .###.",
            "V#...# #...# #...# #...# #...# .#.#. ..#..",
            "W#...# #...# #...# #.#.# #.#.# #.#.# .#.#.",
            "X#...# #...# .#.#. ..#.. .#.#. #...# #...#",
            "Y#...# #...# .#.#. ..#.. ..#.. ..#.. ..#..",
            "Z##### ....# ...#. ..#.. .#... #.... #####",
            "a..... ..... .###. ....# .#### #...# .####",
            "b#.... #.... #.##. ##..# #...# #...# ####.",
            "c..... ..... .###. #.... #.... #...# .###.",
            "d....# ....# .##.# #..## #...# #...# .####",
            "e..... ..... .###. #...# ##### #.... .###.",
            "f..##. .#..# .#... ###.. .#... .#... .#...",
            "g..... .#### #...# #...# .#### ....# .###.",
            "h#.... #.... #.##. ##..# #...# #...# #...#",
            "i..#.. ..... .##.. ..#.. ..#.. ..#.. .###.",
            "j...#. ..... ..##. ...#. ...#. #..#. .##..",
            "k#.... #.... #..#. #.#.. ##... #.#.. #..#.",
            "l.##.. ..#.. ..#.. ..#.. ..#.. ..#.. .###.",
            "m..... ..... ##.#. #.#.# #.#.# #...# #...#",
            "n..... ..... #.##. ##..# #...# #...# #...#",
            "o..... ..... .###. #...# #...# #...# .###.",
            "p..... ..... ####. #...# ####. #.... #....",
            "q..... ..... .##.# #..## .#### ....# ....#",
            "r..... ..... #.##. ##..# #.... #.... #....",
            "s..... ..... .###. #.... .###. ....# ####.",
            "t.#... .#... ###.. .#... .#... .#..# ..##.",
            "u..... ..... #...# #...# #...# #..## .##.#",
            "v..... ..... #...# #...# #...# .#.#. ..#..",
            "w..... ..... #...# #...# #.#.# #.#.# .#.#.",
            "x..... ..... #...# .#.#. ..#.. .#.#. #...#",
            "y..... ..... #...# #...# .#### ....# .###.",
            "z..... ..... ##### ...#. ..#.. .#... #####",
            " ..... ..... ..... ..... ..... ..... .....",
            "...... ..... ..... ..... ..... .##.. .##..",
            ",..... ..... ..... ..... .##.. ..#.. .#...",
            ":..... .##.. .##.. ..... .##.. .##.. .....",
            ";..... .##.. .##.. ..... .##.. ..#.. .#...",
            "-..... ..... ..... ##### ..... ..... .....",
            "+..... ..#.. ..#.. ##### ..#.. ..#.. .....",
            "=..... ..... ##### ..... ##### ..... .....",
            "/....# ....# ...#. ..#.. .#... #.... #....",
            "(...#. ..#.. .#... .#... .#... ..#.. ...#.",
            ").#... ..#.. ...#. ...#. ...#. ..#.. .#...",
            "[.###. .#... .#... .#... .#... .#... .###.",
            "].###. ...#. ...#. ...#. ...#. ...#. .###.",
            "%##... ##..# ...#. ..#.. .#... #..## ...##",
            "_..... ..... ..... ..... ..... ..... #####",
            "^..#.. .#.#. #...# ..... ..... ..... .....",
            "!..#.. ..#.. ..#.. ..#.. ..#.. ..... ..#..",
            "?.###. #...# ....# ...#. ..#.. ..... ..#..",
            "'..#.. ..#.. .#... ..... ..... ..... .....",
            "\".#.#. .#.#. ..... ..... ..... ..... .....",
            "#.#.#. .#.#. ##### .#.#. ##### .#.#. .#.#.",
            "<...#. ..#.. .#... #.... .#... ..#.. ...#.",
            ">.#... ..#.. ...#. ....# ...#. ..#.. .#...",
            "*..... ..#.. #.#.# .###. #.#.# ..#.. .....",
            "|..#.. ..#.. ..#.. ..#.. ..#.. ..#.. ..#..",
            "\u03c3..... ..... .#### #..#. #...# #...# .###.", // σ
            "\u03b5..... ..... .###. #.... ###.. #.... .###.", // ε
            "\u03b7..... ..... #.##. ##..# #...# #...# ....#", // η
            "\u03c1..... ..... .###. #...# ####. #.... #....", // ρ
            "\u00b2.##.. #..#. ..#.. .#... ####. ..... .....", // ²
            "\u00b7..... ..... ..... ..#.. ..... ..... .....", // ·
            "\u00d7..... #...# .#.#. ..#.. .#.#. #...# .....", // ×
        };
        Map<Character, Long> m = new HashMap<>();
        for (String d : defs) {
            m.put(d.charAt(0), parse(d.substring(1)));
        }
        return Map.copyOf(m);
    }
}
