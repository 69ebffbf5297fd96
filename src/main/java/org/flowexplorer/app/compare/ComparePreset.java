package org.flowexplorer.app.compare;

import java.util.List;
import org.flowexplorer.core.sim.FlowParameters;
import org.flowexplorer.core.sim.RunConfig;

/**
 * A ready-made comparison: one run configuration (data, start, sizes, seed) shared by every pane
 * and one parameter set per pane (2 to 4).
 *
 * @param name        the menu label
 * @param description one line for tooltips and the notification bar
 * @param config      targets, initial particles and seed shared by the panes
 * @param panes       the dynamics of each pane, in pane order
 */
public record ComparePreset(String name, String description, RunConfig config, List<FlowParameters> panes) {
    /** The fewest panes compare mode shows. */
    public static final int MIN_PANES = 2;
    /** The most panes compare mode shows. */
    public static final int MAX_PANES = 4;

    public ComparePreset {
        if (config == null) {
            throw new IllegalArgumentException("config: missing");
        }
        panes = List.copyOf(panes);
        if (panes.size() < MIN_PANES || panes.size() > MAX_PANES) {
            throw new IllegalArgumentException("compare mode shows 2 to 4 panes, got " + panes.size());
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
