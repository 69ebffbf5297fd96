package org.flowexplorer.core.io;

import java.nio.file.Path;
import org.flowexplorer.core.data.Excerpt;
import org.flowexplorer.core.data.InputException;

/**
 * The folder of the user's own files: presets, settings and caches. It is the system property
 * {@code flowexplorer.home}, else the environment variable {@code FLOW_EXPLORER_HOME}, else
 * {@code ~/.flow-explorer} (tests point the property at a temporary folder).
 */
public final class UserHome {
    private UserHome() {
    }

    /** The folder itself (it may not exist yet). */
    public static Path root() {
        String home = System.getProperty("flowexplorer.home", System.getenv("FLOW_EXPLORER_HOME"));
        try {
            return home != null && !home.isBlank() ? Path.of(home)
                    : Path.of(System.getProperty("user.home"), ".flow-explorer");
        } catch (java.nio.file.InvalidPathException e) {
            throw InputException.forKey("FLOW_EXPLORER_HOME", "'" + Excerpt.of(home) + "' is not a valid folder path");
        }
    }

    /** {@code HOME/settings}: small files the window remembers between sessions. */
    public static Path settings() {
        return root().resolve("settings");
    }

    /** {@code HOME/cache}: files that can be made again (preset thumbnails). */
    public static Path cache() {
        return root().resolve("cache");
    }
}
