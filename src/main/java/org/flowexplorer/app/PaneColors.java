package org.flowexplorer.app;

import java.util.Locale;
import org.flowexplorer.core.render.Palette;

/**
 * The Okabe–Ito colour of each compare pane (blue, vermillion, bluish green, reddish purple), used
 * for the pane's title bar and its line in the shared metrics chart. Taken from the rasterizer's
 * {@link Palette}, so the app and exported pictures agree.
 */
public final class PaneColors {
    /** Palette categories of panes 0..3: strong, distinct hues that read on white and black. */
    private static final int[] CATEGORY = {4, 5, 2, 6};

    private PaneColors() {
    }

    /** The ARGB colour of pane {@code pane}. */
    public static int argb(int pane) {
        return Palette.categorical(CATEGORY[Math.floorMod(pane, CATEGORY.length)]);
    }

    /** The colour of pane {@code pane} as a CSS hex string, e.g. {@code #0072B2}. */
    public static String css(int pane) {
        return String.format(Locale.ROOT, "#%06X", argb(pane) & 0xFFFFFF);
    }
}
