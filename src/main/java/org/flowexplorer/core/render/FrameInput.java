package org.flowexplorer.core.render;

import java.util.List;
import org.flowexplorer.core.math.PointSet;
import org.flowexplorer.core.sim.Snapshot;

/**
 * Everything one frame shows: a snapshot, optionally the particles' recent positions (for trails,
 * oldest first, each with the snapshot's particle count), HUD text lines and a curl grid.
 *
 * @param snapshot the state to draw
 * @param trails   previous particle positions, oldest first (may be empty)
 * @param hud      text lines for the heads-up display (may be empty)
 * @param curl     the curl heat map drawn by {@link FieldLayer}, or null for none
 */
public record FrameInput(Snapshot snapshot, List<PointSet> trails, List<String> hud, CurlGrid curl) {
    public FrameInput {
        if (snapshot == null) {
            throw new IllegalArgumentException("snapshot: missing");
        }
        trails = trails == null ? List.of() : List.copyOf(trails);
        hud = hud == null ? List.of() : List.copyOf(hud);
    }

    /** A frame without a curl grid. */
    public FrameInput(Snapshot snapshot, List<PointSet> trails, List<String> hud) {
        this(snapshot, trails, hud, null);
    }

    /** A frame of {@code s} without trails, HUD text or curl. */
    public static FrameInput of(Snapshot s) {
        return new FrameInput(s, List.of(), List.of(), null);
    }

    public FrameInput withTrails(List<PointSet> history) {
        return new FrameInput(snapshot, history, hud, curl);
    }

    public FrameInput withHud(List<String> lines) {
        return new FrameInput(snapshot, trails, lines, curl);
    }

    /** This frame with the curl heat map {@code grid} (null removes it). */
    public FrameInput withCurl(CurlGrid grid) {
        return new FrameInput(snapshot, trails, hud, grid);
    }
}
