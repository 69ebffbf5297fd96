package org.flowexplorer.core.sim;

import java.util.ArrayList;
import java.util.List;

/**
 * A bounded history of snapshots for scrubbing back, replaying and forking. Every snapshot is kept
 * until the memory budget is reached; then the stride doubles and only steps that are multiples of
 * it are kept (plus the newest), so the history always spans the whole run evenly at a resolution
 * that halves whenever the budget fills. Not thread-safe: owned by one thread (the window's FX thread
 * or a headless driver), fed with snapshots taken from {@link Simulation#latest()}.
 */
public final class Timeline {
    /** A few hundred megabytes: enough for 1000 steps of 10,000 2D particles at full resolution. */
    public static final long DEFAULT_BUDGET_BYTES = 256L << 20;
    private static final long PER_SNAPSHOT_OVERHEAD = 256;

    private final long budgetBytes;
    private final List<Snapshot> kept = new ArrayList<>();
    private long usedBytes;
    private long stride = 1;

    public Timeline(long budgetBytes) {
        if (budgetBytes <= 0) {
            throw new IllegalArgumentException("timeline budget must be positive, got " + budgetBytes);
        }
        this.budgetBytes = budgetBytes;
    }

    /** Approximate heap held by one snapshot: positions, velocities and AdaGrad state as doubles. */
    public static long bytesOf(Snapshot s) {
        long doubles = s.positions().coords().length;
        if (s.velocities() != null) {
            doubles += s.velocities().coords().length;
        }
        doubles += 2L * s.positions().coords().length; // state positions are shared; AdaGrad copy
        return doubles * Double.BYTES + PER_SNAPSHOT_OVERHEAD;
    }

    /**
     * Records a snapshot. A snapshot at or before the newest recorded step means the run was reset
     * or forked: the history after it is dropped first.
     */
    public void record(Snapshot s) {
        if (!kept.isEmpty() && s.step() <= newest().step()) {
            truncateAfter(s.step() - 1);
        }
        if (kept.size() > 1 && newest().step() % stride != 0) {
            usedBytes -= bytesOf(kept.remove(kept.size() - 1)); // kept only as "newest" until now
        }
        kept.add(s);
        usedBytes += bytesOf(s);
        while (usedBytes > budgetBytes && kept.size() > 2) {
            stride *= 2;
            thin();
        }
    }

    /** Steps between kept snapshots (1 until the budget first fills). */
    public long stride() {
        return stride;
    }

    /** Drops every snapshot after {@code step}. */
    public void truncateAfter(long step) {
        for (int i = kept.size() - 1; i >= 0 && kept.get(i).step() > step; i--) {
            usedBytes -= bytesOf(kept.remove(i));
        }
    }

    /** Forgets everything. */
    public void clear() {
        kept.clear();
        usedBytes = 0;
        stride = 1;
    }

    /** The latest recorded snapshot at or before {@code step}, or the earliest one; null when empty. */
    public Snapshot at(long step) {
        Snapshot best = null;
        for (Snapshot s : kept) {
            if (s.step() > step) {
                break;
            }
            best = s;
        }
        return best != null ? best : (kept.isEmpty() ? null : kept.get(0));
    }

    /**
     * The particle positions of the recorded steps {@code step − k … step − 1} of the run that
     * {@code s} belongs to (same targets), oldest first: the trail of the last k steps. Steps
     * dropped by thinning are missing.
     */
    public List<org.flowexplorer.core.math.PointSet> positionsBefore(Snapshot s, int k) {
        List<org.flowexplorer.core.math.PointSet> out = new ArrayList<>();
        for (int i = kept.size() - 1; i >= 0; i--) {
            Snapshot p = kept.get(i);
            if (p.step() < s.step() - k) {
                break;
            }
            if (p.step() < s.step() && p.targets() == s.targets()) {
                out.add(0, p.positions());
            }
        }
        return out;
    }

    /** The recorded steps, ascending. */
    public long[] steps() {
        long[] out = new long[kept.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = kept.get(i).step();
        }
        return out;
    }

    public int size() {
        return kept.size();
    }

    public boolean isEmpty() {
        return kept.isEmpty();
    }

    public Snapshot oldest() {
        return kept.isEmpty() ? null : kept.get(0);
    }

    public Snapshot newest() {
        return kept.isEmpty() ? null : kept.get(kept.size() - 1);
    }

    public long usedBytes() {
        return usedBytes;
    }

    public long budgetBytes() {
        return budgetBytes;
    }

    /** Drops the snapshots whose step is not a multiple of the stride, keeping the first and newest. */
    private void thin() {
        List<Snapshot> thinned = new ArrayList<>(kept.size());
        for (int i = 0; i < kept.size(); i++) {
            Snapshot s = kept.get(i);
            if (i == 0 || i == kept.size() - 1 || s.step() % stride == 0) {
                thinned.add(s);
            } else {
                usedBytes -= bytesOf(s);
            }
        }
        kept.clear();
        kept.addAll(thinned);
    }
}
