package org.flowexplorer.app.metrics;

import org.flowexplorer.core.data.Dataset;
import org.flowexplorer.core.sim.MetricsRow;

/**
 * One live metrics measurement, tagged with the dataset it was measured against.
 *
 * @param dataset the targets
 * @param row     the metrics
 * @param sampled how many particles were measured (at most {@link LiveMetrics#MAX_PARTICLES})
 */
public record MetricsSample(Dataset dataset, MetricsRow row, int sampled) {
}
