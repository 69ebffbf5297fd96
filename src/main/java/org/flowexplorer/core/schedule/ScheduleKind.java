package org.flowexplorer.core.schedule;

import java.util.Locale;

/** The shapes of noise schedule (algorithms.md §4). */
public enum ScheduleKind {
    CONSTANT, LINEAR, GEOMETRIC, COSINE;

    /** The lower-case name used in configs and on the command line. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a lower- or upper-case name; throws IllegalArgumentException naming the choices. */
    public static ScheduleKind parse(String s) {
        for (ScheduleKind k : values()) {
            if (k.id().equalsIgnoreCase(s.trim())) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown schedule '" + s + "' (choose constant, linear, geometric or cosine)");
    }
}
