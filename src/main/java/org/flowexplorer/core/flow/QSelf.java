package org.flowexplorer.core.flow;

import java.util.Locale;

/**
 * Whether a particle is part of its own q sample (algorithms.md §1, configuration key
 * {@code q_self}): {@code include} (default, every 2D/3D preset and reference figure) sums over all
 * particles k; {@code exclude} leaves k = i out (leave-one-out), so with N = 1 the q term is 0. In
 * high dimension the own term dominates m_q and {@code include} loses the repulsion. Applies to
 * every flow that uses s_q: SD flow and DiffFlow.
 */
public enum QSelf {
    INCLUDE("include"), EXCLUDE("exclude");

    private final String id;

    QSelf(String id) {
        this.id = id;
    }

    /** {@code include} or {@code exclude}. */
    public String id() {
        return id;
    }

    /** Parses an id (case-insensitive); IllegalArgumentException naming the choices. */
    public static QSelf parse(String s) {
        String key = s == null ? "" : s.trim().toLowerCase(Locale.ROOT);
        for (QSelf q : values()) {
            if (q.id.equals(key)) {
                return q;
            }
        }
        throw new IllegalArgumentException("unknown q_self '" + s + "' (choose include or exclude)");
    }

    @Override
    public String toString() {
        return id;
    }
}
