package org.flowexplorer.app.metrics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.flowexplorer.core.sim.MetricsRow;

/**
 * The metrics rows of the current run for the live chart, oldest first. When full it drops every
 * other row, so a long run keeps its whole shape at a coarser resolution. A row with a smaller step
 * than the last (a reset, or a fork from the timeline) drops the rows from that step on. Pure and single threaded.
 */
public final class MetricsHistory {
    private final int capacity;
    private final List<MetricsRow> rows = new ArrayList<>();
    private int generation;

    public MetricsHistory(int capacity) {
        if (capacity < 4) {
            throw new IllegalArgumentException("capacity must be at least 4");
        }
        this.capacity = capacity;
    }

    /** Adds a row; returns true if rows were dropped first (a reset or a fork went back in steps). */
    public boolean add(MetricsRow row) {
        boolean cleared = false;
        if (!rows.isEmpty() && row.step() < rows.get(rows.size() - 1).step()) {
            // a reset (back to step 0) or a timeline fork: the rows of the abandoned future go
            while (!rows.isEmpty() && rows.get(rows.size() - 1).step() >= row.step()) {
                rows.remove(rows.size() - 1);
            }
            generation++;
            cleared = true;
        }
        if (!rows.isEmpty() && row.step() == rows.get(rows.size() - 1).step()) {
            rows.set(rows.size() - 1, row);
            return cleared;
        }
        if (rows.size() >= capacity) {
            List<MetricsRow> kept = new ArrayList<>();
            for (int i = 0; i < rows.size(); i += 2) {
                kept.add(rows.get(i));
            }
            rows.clear();
            rows.addAll(kept);
            generation++;
        }
        rows.add(row);
        return cleared;
    }

    public void clear() {
        rows.clear();
        generation++;
    }

    public List<MetricsRow> rows() {
        return Collections.unmodifiableList(rows);
    }

    /** Changes whenever rows were removed (cleared or thinned), so a chart knows to rebuild. */
    public int generation() {
        return generation;
    }

    public MetricsRow last() {
        return rows.isEmpty() ? null : rows.get(rows.size() - 1);
    }
}
