package org.flowexplorer.core.render;

import java.util.Locale;
import org.flowexplorer.core.render.paint.Palette;

/** How particles are coloured. */
public enum ColorMode {
    /** One colour for every particle. */
    UNIFORM("uniform"),
    /** Viridis by speed |v| (robustly normalised per frame); uniform when the snapshot has no velocities. */
    SPEED("speed"),
    /**
     * Okabe–Ito colour of the nearest mixture mean (mode k gets {@link Palette#categorical(int) colour k});
     * uniform when the dataset is not a mixture.
     */
    NEAREST_MODE("nearest_mode"),
    /** Viridis by particle index, i.e. by where the particle started: shows how the flow transports mass. */
    PARTICLE_INDEX("origin");

    /** Alias of {@link #PARTICLE_INDEX}: colour by origin. */
    public static final ColorMode ORIGIN = PARTICLE_INDEX;

    private final String id;

    ColorMode(String id) {
        this.id = id;
    }

    /** The configuration value ({@code color_by}): uniform, speed, nearest_mode or origin. */
    public String id() {
        return id;
    }

    /** The mode with configuration value {@code id} (case-insensitive). */
    public static ColorMode parse(String id) {
        String s = id == null ? "" : id.trim().toLowerCase(Locale.ROOT);
        for (ColorMode m : values()) {
            if (m.id.equals(s)) {
                return m;
            }
        }
        throw new IllegalArgumentException("expected uniform, speed, nearest_mode or origin, got '" + id + "'");
    }

    /** How the window's menu names it: "uniform", "speed", "nearest mode", "origin". */
    public String label() {
        return id.replace('_', ' ');
    }
}
