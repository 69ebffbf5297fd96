package org.flowexplorer.core.experiment.curl;

import java.util.List;
import org.flowexplorer.core.experiment.ExperimentDefinition;
import org.flowexplorer.core.experiment.Param;
import org.flowexplorer.core.experiment.ParamValues;

/**
 * What {@code reproduce curl-langevin} runs.
 *
 * @param particles N = M
 * @param steps     steps per run
 * @param seeds     seeds per arm (≥ 2: the noise level needs two)
 * @param eta       η
 * @param kappa     κ of the curled arm
 * @param threads   threads
 */
public record CurlLangevinSettings(int particles, int steps, int seeds, double eta, double kappa, int threads) {
    public static final List<Param> PARAMS = List.of(
            Param.integer("particles", 1000, 2, 20_000, "N", "N = M."),
            Param.integer("steps", 1000, 1, 100_000, "T", "Steps per run."),
            Param.integer("seeds", 4, 2, 100, "S", "Seeds per arm (at least 2 for the noise level)."),
            Param.real("eta", 0.2, 1e-6, 10, "E", "Step size eta."),
            Param.real("kappa", 2, -100, 100, "K", "Curl term of the second arm."));

    public static CurlLangevinSettings of(ParamValues v, int threads) {
        return new CurlLangevinSettings(v.integer("particles"), v.integer("steps"), v.integer("seeds"), v.real("eta"),
                v.real("kappa"), threads);
    }

    public static ExperimentDefinition definition() {
        return new ExperimentDefinition("curl-langevin", "Langevin on 25 Gaussians with curl term kappa = 0 and kappa = K "
                + "over several seeds: a non-gradient drift that transports as well (WGF paper).",
                List.of("curl-langevin.md", "curl-langevin.csv", "curl-langevin.png", "curl-langevin.svg"), PARAMS,
                (v, threads) -> new CurlLangevinExperiment(of(v, threads)));
    }
}
