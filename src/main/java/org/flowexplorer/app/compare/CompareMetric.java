package org.flowexplorer.app.compare;

import org.flowexplorer.core.sim.MetricsRow;

/** What compare mode's shared chart plots, on a log₁₀ scale. */
public enum CompareMetric {
    MMD2("log₁₀ MMD²"),
    SLICED_W2("log₁₀ sliced W2");

    private final String label;

    CompareMetric(String label) {
        this.label = label;
    }

    /** The value of this metric in a row, on the chart's log scale (floored at 10⁻¹²). */
    public double of(MetricsRow r) {
        return Math.log10(Math.max(1e-12, this == MMD2 ? r.mmd2() : r.slicedW2()));
    }

    @Override
    public String toString() {
        return label;
    }
}
