package org.flowexplorer.app.run;

import org.flowexplorer.core.sim.RunConfig;
import org.flowexplorer.core.sim.Snapshot;

/**
 * The window's run captured between two steps: the configuration that reproduces it (recorded
 * slider changes included, {@code steps} = the snapshot's step) and the snapshot itself.
 *
 * @param config   replays to {@code snapshot} bit for bit with {@code HeadlessRun}
 * @param snapshot the state at capture time
 */
public record SavedRun(RunConfig config, Snapshot snapshot) {
}
