package org.flowexplorer.core.render;

import java.util.List;
import org.flowexplorer.core.math.PointSet;
import org.flowexplorer.core.sim.Snapshot;

/**
 * Everything one frame shows: a snapshot, optionally the particles' recent positions (for trails,
 * oldest first, each with the snapshot's particle count) and HUD text lines.
 *
 * @param snapshot the state to draw
 * @param trails   previous particle positions, oldest first (may be empty)
 * @param hud      text lines for the heads-up display (may be empty)
 */
public record FrameInput(Snapshot snapshot, List<PointSet> trails, List<String> hud) {
    public FrameInput {
        if (snapshot == null) {
            throw new IllegalArgumentException("snapshot: missing");
        }
        trails = trails == null ? List.of() : List.copyOf(trails);
        hud = hud == null ? List.of() : List.copyOf(hud);
    }

    /** A frame of {@code s} without trails or HUD text. */
    public static FrameInput of(Snapshot s) {
        return new FrameInput(s, List.of(), List.of());
    }

    public FrameInput withTrails(List<PointSet> history) {
        return new FrameInput(snapshot, history, hud);
    }

    public FrameInput withHud(List<String> lines) {
        return new FrameInput(snapshot, trails, lines);
    }
}
