package org.flowexplorer.app.compare;

import java.util.List;
import java.util.Locale;
import org.flowexplorer.core.render.paint.Palette;

/**
 * The Okabe–Ito colour of each compare pane (blue, bluish green, reddish purple, sky blue), used
 * for the pane's title bar and its line in the shared metrics chart. Taken from the rasterizer's
 * {@link Palette}, so the app and exported pictures agree.
 */
public final class PaneColors {
    /**
     * Palette categories of panes 0..3: blue, bluish green, reddish purple, sky blue — distinct hues
     * that are not the particles' own colour (vermillion on light, orange on dark backgrounds).
     */
    private static final List<Integer> CATEGORY = List.of(4, 2, 6, 1);

    private PaneColors() {
    }

    /** The ARGB colour of pane {@code pane}. */
    public static int argb(int pane) {
        return Palette.categorical(CATEGORY.get(Math.floorMod(pane, CATEGORY.size())));
    }

    /** The colour of pane {@code pane} as a CSS hex string, e.g. {@code #0072B2}. */
    public static String css(int pane) {
        return String.format(Locale.ROOT, "#%06X", argb(pane) & 0xFFFFFF);
    }
}
