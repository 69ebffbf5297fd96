package org.flowexplorer.app.compare;

import java.util.List;
import org.flowexplorer.core.sim.LockstepRuns;
import org.flowexplorer.core.sim.Snapshot;

/**
 * What compare mode draws: the runs and the snapshot of every pane after the same tick, published
 * together by {@link CompareWorker} so that a frame never mixes panes at different steps or from
 * different comparisons.
 *
 * @param runs      the lock-step runs
 * @param preset    the comparison they were built from
 * @param snapshots the latest snapshot of every pane, in pane order
 */
public record CompareTick(LockstepRuns runs, ComparePreset preset, List<Snapshot> snapshots) {
    public CompareTick {
        snapshots = List.copyOf(snapshots);
    }
}
