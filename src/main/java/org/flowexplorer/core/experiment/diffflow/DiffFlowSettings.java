package org.flowexplorer.core.experiment.diffflow;

import java.util.List;
import org.flowexplorer.core.experiment.ExperimentDefinition;
import org.flowexplorer.core.experiment.Param;
import org.flowexplorer.core.experiment.ParamValues;

/**
 * What {@code reproduce diffflow-marginals} runs.
 *
 * @param particles N = M
 * @param steps     steps per run
 * @param seeds     seeds per ρ (≥ 2: the spread needs two)
 * @param every     record sliced W2 every this many steps
 * @param threads   threads
 */
public record DiffFlowSettings(int particles, int steps, int seeds, int every, int threads) {
    public static final List<Param> PARAMS = List.of(
            Param.integer("particles", 1000, 2, 20_000, "N", "N = M."),
            Param.integer("steps", 1000, 4, 100_000, "T", "Steps per run."),
            Param.integer("seeds", 3, 2, 100, "S", "Seeds per rho (at least 2 for the seed spread)."));

    public static DiffFlowSettings of(ParamValues v, int threads) {
        int steps = v.integer("steps");
        return new DiffFlowSettings(v.integer("particles"), steps, v.integer("seeds"), Math.max(1, steps / 50), threads);
    }

    public static ExperimentDefinition definition() {
        return new ExperimentDefinition("diffflow-marginals", "DiffFlow rho = 0, 0.5, 1 on 25 Gaussians: sliced W2 to "
                + "the targets over the whole run with seed-spread bands, the gap to rho = 0 over time, x histograms.",
                List.of("diffflow-marginals.md", "diffflow-marginals.csv", "diffflow-marginals.png",
                        "diffflow-marginals.svg"),
                PARAMS, (v, threads) -> new DiffFlowMarginals(of(v, threads)));
    }
}
