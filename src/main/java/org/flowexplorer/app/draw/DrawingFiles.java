package org.flowexplorer.app.draw;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.flowexplorer.core.io.PresetLibrary;

/**
 * Where drawings are saved: {@code HOME/drawings/NAME.csv} beside the user presets, with names of
 * letters, digits, '.', '_' and '-' (at most 64), so a name can never leave the folder.
 */
public final class DrawingFiles {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private DrawingFiles() {
    }

    /** {@code HOME/drawings}. */
    public static Path directory() {
        return PresetLibrary.defaultUserDirectory().getParent().resolve("drawings");
    }

    /** The file for {@code name} (a trailing ".csv" is allowed), or null if the name is not allowed. */
    public static Path file(String name) {
        String n = name == null ? "" : name.trim();
        if (n.endsWith(".csv")) {
            n = n.substring(0, n.length() - 4);
        }
        return NAME.matcher(n).matches() ? directory().resolve(n + ".csv") : null;
    }

    /** The first of drawing-1, drawing-2, … not taken yet. */
    public static String nextFreeName() {
        Path dir = directory();
        for (int i = 1; ; i++) {
            String n = "drawing-" + i;
            if (!Files.exists(dir.resolve(n + ".csv"))) {
                return n;
            }
        }
    }
}
