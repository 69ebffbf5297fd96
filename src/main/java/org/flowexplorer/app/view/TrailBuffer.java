package org.flowexplorer.app.view;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.flowexplorer.core.math.PointSet;

/**
 * The particle positions of the last {@code k} drawn snapshots, oldest first, for the trails
 * overlay. Positions are immutable {@link PointSet}s, so keeping them costs no copies. A change
 * in particle count or dimension (new data) clears the trail. Pure and single threaded.
 */
public final class TrailBuffer {
    private final Deque<PointSet> frames = new ArrayDeque<>();
    private int length;

    public TrailBuffer(int length) {
        setLength(length);
    }

    public void setLength(int k) {
        if (k < 0) {
            throw new IllegalArgumentException("trail length must be non-negative, got " + k);
        }
        length = k;
        while (frames.size() > k) {
            frames.removeFirst();
        }
    }

    public int length() {
        return length;
    }

    /** Adds the positions of a newly drawn snapshot. */
    public void add(PointSet positions) {
        PointSet last = frames.peekLast();
        if (last != null && (last.size() != positions.size() || last.dim() != positions.dim())) {
            frames.clear();
        }
        if (length == 0) {
            return;
        }
        frames.addLast(positions);
        while (frames.size() > length) {
            frames.removeFirst();
        }
    }

    public void clear() {
        frames.clear();
    }

    /** The kept positions, oldest first. */
    public List<PointSet> frames() {
        return new ArrayList<>(frames);
    }
}
