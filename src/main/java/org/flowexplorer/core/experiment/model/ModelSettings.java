package org.flowexplorer.core.experiment.model;

import java.util.List;
import org.flowexplorer.core.experiment.ExperimentDefinition;
import org.flowexplorer.core.experiment.Param;
import org.flowexplorer.core.experiment.ParamValues;

/**
 * What {@code reproduce model50} runs (algorithms.md §7).
 *
 * @param dim       d (50 in the paper)
 * @param sigma     constant σ
 * @param eta       η (ε = ησ²)
 * @param n         model samples per step
 * @param m         training targets per step (a batch of the fixed training set)
 * @param steps     steps
 * @param seed      seed of μ, B, the data sets and every draw
 * @param train     size of the fixed training set
 * @param heldOut   size of the held-out set
 * @param every     record the errors every this many steps
 * @param threads   kernel threads
 */
public record ModelSettings(int dim, double sigma, double eta, int n, int m, int steps, long seed, int train,
                            int heldOut, int every, int threads) {
    public static final List<Param> PARAMS = List.of(
            Param.integer("dim", 50, 1, 200, "D", "Dimension d."),
            Param.real("sigma", 5.0, 1e-3, 1e3, "S", "Constant sigma."),
            Param.real("eta", 0.5, 1e-6, 10, "E", "Step size eta (epsilon = eta sigma^2)."),
            Param.integer("particles", 500, 2, 20_000, "N", "N model samples and M training targets per step."),
            Param.integer("steps", 1000, 0, 1_000_000, "T", "Steps."),
            Param.integer("train", 20_000, 2, 200_000, "M_TRAIN", "Size of the fixed training set."),
            Param.integer("held-out", 5000, 2, 200_000, "H", "Size of the held-out set (nearest-neighbour check)."),
            Param.integer("seed", 0, Long.MIN_VALUE, Long.MAX_VALUE, "S", "Seed."));

    public ModelSettings {
        if (m > train) {
            throw new IllegalArgumentException("particles: the per-step batch (" + m + ") exceeds the training set ("
                    + train + ")");
        }
        if (threads < 1 || every < 1) {
            throw new IllegalArgumentException("threads: must be at least 1");
        }
    }

    public static ModelSettings of(ParamValues v, int threads) {
        int n = v.integer("particles");
        int steps = v.integer("steps");
        return new ModelSettings(v.integer("dim"), v.real("sigma"), v.real("eta"), n, n, steps, v.longValue("seed"),
                v.integer("train"), v.integer("held-out"), Math.max(1, steps / 100), threads);
    }

    public static ExperimentDefinition definition() {
        return new ExperimentDefinition("model50", "The SD-flow paper's Fig. 5: learn mu-hat and B-hat of x = mu-hat + "
                + "B-hat z in R^50 by SD flow on a fixed training set (constant sigma), once with the q-score's own term "
                + "left out (q_self = exclude, the default) and once included.",
                List.of("model50.md", "model50.csv", "model50-fit.png", "model50-fit.svg", "model50-nn.png",
                        "model50-nn.svg", "model50-nn.csv"),
                PARAMS, (v, threads) -> new ModelExperiment(of(v, threads)));
    }
}
