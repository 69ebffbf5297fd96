package org.flowexplorer.core.io;

import java.util.Locale;
import org.flowexplorer.core.render.ColorMode;
import org.flowexplorer.core.render.RenderOptions;

/**
 * The view keys of a configuration file: how the run is drawn (the window's VIEW panel), applied
 * to {@link RenderOptions}. Their values never change a run's numbers. A file with none of them has
 * no look of its own ({@link RunFile#view()} is null); any one of them gives it a look whose other
 * keys take their defaults ({@link RenderOptions#defaults()}).
 */
enum ViewKey {
    COLOR_BY("color_by", ConfigKey.Type.STRING), POINT_SIZE("point_size", ConfigKey.Type.DOUBLE),
    THEME("theme", ConfigKey.Type.STRING), SHOW_TARGETS("show_targets", ConfigKey.Type.BOOLEAN),
    ARROWS("arrows", ConfigKey.Type.BOOLEAN), TRAILS("trails", ConfigKey.Type.BOOLEAN),
    TRAIL_STEPS("trail_steps", ConfigKey.Type.INT);

    final String key;
    final ConfigKey.Type type;

    ViewKey(String key, ConfigKey.Type type) {
        this.key = key;
        this.type = type;
    }

    static ViewKey byName(String name) {
        for (ViewKey k : values()) {
            if (k.key.equals(name)) {
                return k;
            }
        }
        return null;
    }

    static String allNames() {
        StringBuilder sb = new StringBuilder();
        for (ViewKey k : values()) {
            sb.append(sb.length() == 0 ? "" : ", ").append(k.key);
        }
        return sb.toString();
    }

    /** The value of this key in {@code o}, as written to a file. */
    Object get(RenderOptions o) {
        return switch (this) {
            case COLOR_BY -> o.colorMode().id();
            case POINT_SIZE -> o.pointRadius();
            case THEME -> o.darkBackground() ? "dark" : "light";
            case SHOW_TARGETS -> o.showTargets();
            case ARROWS -> o.arrows();
            case TRAILS -> o.trails();
            case TRAIL_STEPS -> o.trailSteps();
        };
    }

    /** {@code o} with this key set to {@code v} (of this key's type); IllegalArgumentException on a bad value. */
    RenderOptions apply(RenderOptions o, Object v) {
        return switch (this) {
            case COLOR_BY -> o.withColorMode(ColorMode.parse((String) v));
            case POINT_SIZE -> o.withPointRadius((Double) v);
            case THEME -> o.withDarkBackground(theme((String) v));
            case SHOW_TARGETS -> o.withShowTargets((Boolean) v);
            case ARROWS -> o.withArrows((Boolean) v);
            case TRAILS -> o.withTrails((Boolean) v);
            case TRAIL_STEPS -> o.withTrailSteps((Integer) v);
        };
    }

    private static boolean theme(String v) {
        return switch (v.trim().toLowerCase(Locale.ROOT)) {
            case "dark" -> true;
            case "light" -> false;
            default -> throw new IllegalArgumentException("expected light or dark, got '" + v + "'");
        };
    }
}
