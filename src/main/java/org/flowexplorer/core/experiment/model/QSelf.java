package org.flowexplorer.core.experiment.model;

import java.util.Locale;

/**
 * Whether the q-score of a particle includes its own kernel term (algorithms.md §1, configuration
 * key {@code q_self}): {@code include} sums k = 1..N, {@code exclude} (leave-one-out) k ≠ i.
 */
public enum QSelf {
    INCLUDE, EXCLUDE;

    /** "include" or "exclude". */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static QSelf parse(String s) {
        for (QSelf q : values()) {
            if (q.id().equals(s.trim().toLowerCase(Locale.ROOT))) {
                return q;
            }
        }
        throw new IllegalArgumentException("q_self: must be include or exclude, got '" + s + "'");
    }
}
