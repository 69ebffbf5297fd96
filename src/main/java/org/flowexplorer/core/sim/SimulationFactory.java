package org.flowexplorer.core.sim;

import org.flowexplorer.core.data.BaseDistribution;
import org.flowexplorer.core.data.Dataset;
import org.flowexplorer.core.data.DatasetCatalog;
import org.flowexplorer.core.math.PointSet;

/**
 * Builds a {@link Simulation} from a {@link RunConfig}: targets from the dataset id, particles from
 * the base distribution in the targets' dimension, both drawn from the run's seed.
 */
public final class SimulationFactory {
    private SimulationFactory() {
    }

    /** The target dataset of a configuration (a CSV file must still have its recorded SHA-256). */
    public static Dataset targets(RunConfig config) {
        return DatasetCatalog.generate(config.dataset(), config.targets(), config.seed(), config.datasetSha256());
    }

    /** The initial particles of a configuration for targets of dimension {@code dim}. */
    public static PointSet initialParticles(RunConfig config, int dim) {
        return BaseDistribution.parse(config.base()).sample(config.particles(), dim, config.seed());
    }

    /** A simulation at step 0 with {@code threads} kernel threads; refused up front if it cannot fit in memory. */
    public static Simulation create(RunConfig config, int threads) {
        Dataset data = targets(config);
        MemoryBudget.require(MemoryBudget.simulationBytes(config.particles(), data.points().size(), data.dim()),
                "particles", String.format(java.util.Locale.ROOT, "N = %d particles and M = %d targets in %d dimensions",
                        config.particles(), data.points().size(), data.dim()));
        return new Simulation(data, initialParticles(config, data.dim()), config.params(), config.seed(), threads);
    }
}
