package org.flowexplorer.core.render.paint;

/**
 * The colours of the explorer, all colour-blind safe: Okabe–Ito for categories (modes, flows in
 * compare mode), viridis for continuous values (speed, particle index), a blue–white–red
 * diverging scale for signed values (curl), neutral grey for targets. Colours are opaque ARGB ints.
 * Immutable: the lookup tables are private and every accessor returns a value or a copy.
 */
public final class Palette {
    /** Number of Okabe–Ito colours; category k uses colour {@code k mod 8}. */
    public static final int CATEGORIES = 8;

    /** Okabe &amp; Ito (2008), ordered so that the strongest hues come first and black last. */
    private static final int[] OKABE_ITO = {
        0xFFE69F00, // orange
        0xFF56B4E9, // sky blue
        0xFF009E73, // bluish green
        0xFFF0E442, // yellow
        0xFF0072B2, // blue
        0xFFD55E00, // vermillion
        0xFFCC79A7, // reddish purple
        0xFF000000, // black
    };

    /** Viridis (matplotlib) sampled at 9 evenly spaced points; the LUT interpolates between them. */
    private static final int[] VIRIDIS_ANCHORS = {
        0x440154, 0x472D7B, 0x3B528B, 0x2C728E, 0x21908C, 0x27AD81, 0x5DC863, 0xAADC32, 0xFDE725,
    };

    /** ColorBrewer RdBu (7 classes), from blue (negative) through near-white to red (positive). */
    private static final int[] DIVERGING_ANCHORS = {
        0x2166AC, 0x67A9CF, 0xD1E5F0, 0xF7F7F7, 0xFDDBC7, 0xEF8A62, 0xB2182B,
    };

    private static final int[] VIRIDIS = lut(VIRIDIS_ANCHORS);
    private static final int[] DIVERGING = lut(DIVERGING_ANCHORS);

    private Palette() {
    }

    /** Okabe–Ito colour of category {@code k} (cycling every 8), as drawn on a light background. */
    public static int categorical(int k) {
        return OKABE_ITO[Math.floorMod(k, CATEGORIES)];
    }

    /**
     * Okabe–Ito colour of category {@code k} for the given background: on a dark background the
     * black entry (invisible there) is replaced by light grey.
     */
    public static int categorical(int k, boolean darkBackground) {
        int c = categorical(k);
        return darkBackground && c == 0xFF000000 ? 0xFFE0E0E0 : c;
    }

    /** Viridis at {@code t ∈ [0, 1]} (clamped; NaN gives the low end). */
    public static int viridis(double t) {
        return VIRIDIS[index256(t)];
    }

    /** The 256-entry viridis lookup table (a copy). */
    public static int[] viridisLut() {
        return VIRIDIS.clone();
    }

    /** The diverging blue–white–red scale at {@code t ∈ [−1, 1]} (clamped; 0 is near-white). */
    public static int diverging(double t) {
        return DIVERGING[index256(0.5 * (t + 1))];
    }

    /**
     * Neutral grey of the targets: dark enough on light (and light enough on dark) that a target
     * cloud at the target layer's full opacity keeps at least 3:1 contrast with the background.
     */
    public static int target(boolean darkBackground) {
        return darkBackground ? 0xFFB4B4B4 : 0xFF505050;
    }

    /** Background colour. */
    public static int background(boolean darkBackground) {
        return darkBackground ? 0xFF15171C : 0xFFFFFFFF;
    }

    /** Text and outline colour. */
    public static int foreground(boolean darkBackground) {
        return darkBackground ? 0xFFF0F0F0 : 0xFF1A1A1A;
    }

    /** Colour of particles coloured uniformly (colour mode {@code UNIFORM}). */
    public static int uniform(boolean darkBackground) {
        return darkBackground ? categorical(0) : categorical(5);
    }

    /**
     * A fixed 256-colour palette for indexed images (GIF): both backgrounds and foregrounds, the
     * Okabe–Ito colours and their blends with both backgrounds, greys, viridis and the diverging
     * scale, and a coarse colour cube for anything else. The same for every frame and every run.
     */
    public static int[] indexed256() {
        int[] p = new int[256];
        int n = 0;
        for (boolean dark : new boolean[] {false, true}) {
            p[n++] = background(dark);
            p[n++] = foreground(dark);
            p[n++] = target(dark);
        }
        for (int k = 0; k < CATEGORIES; k++) {
            p[n++] = categorical(k);
        }
        p[n++] = categorical(7, true);
        for (int k = 0; k < CATEGORIES - 1; k++) { // blends of each hue with both backgrounds
            for (boolean dark : new boolean[] {false, true}) {
                for (int a = 1; a <= 3; a++) {
                    p[n++] = mix(background(dark), categorical(k), a / 4.0);
                }
            }
        }
        for (int g = 0; g < 32; g++) {
            int v = (int) Math.round(g * 255.0 / 31);
            p[n++] = 0xFF000000 | v << 16 | v << 8 | v;
        }
        for (int i = 0; i < 64; i++) {
            p[n++] = VIRIDIS[(int) Math.round(i * 255.0 / 63)];
        }
        for (int i = 0; i < 16; i++) {
            p[n++] = DIVERGING[(int) Math.round(i * 255.0 / 15)];
        }
        int[] levels = {0, 85, 170, 255};
        for (int r : levels) {
            for (int g : levels) {
                for (int b : levels) {
                    if (n < 256) {
                        p[n++] = 0xFF000000 | r << 16 | g << 8 | b;
                    }
                }
            }
        }
        while (n < 256) {
            p[n] = p[n - 1];
            n++;
        }
        return p;
    }

    /** {@code a} blended towards {@code b} by fraction {@code t ∈ [0, 1]}, opaque. */
    public static int mix(int a, int b, double t) {
        int r = (int) Math.round(((a >> 16) & 255) * (1 - t) + ((b >> 16) & 255) * t);
        int g = (int) Math.round(((a >> 8) & 255) * (1 - t) + ((b >> 8) & 255) * t);
        int bl = (int) Math.round((a & 255) * (1 - t) + (b & 255) * t);
        return 0xFF000000 | r << 16 | g << 8 | bl;
    }

    private static int index256(double t) {
        if (!(t > 0)) {
            return 0;
        }
        return t >= 1 ? 255 : (int) Math.round(t * 255);
    }

    private static int[] lut(int[] anchors) {
        int[] out = new int[256];
        int segments = anchors.length - 1;
        for (int i = 0; i < 256; i++) {
            double pos = i / 255.0 * segments;
            int s = Math.min(segments - 1, (int) pos);
            out[i] = mix(0xFF000000 | anchors[s], 0xFF000000 | anchors[s + 1], pos - s);
        }
        return out;
    }
}
