package org.flowexplorer.cli;

import org.flowexplorer.core.data.InputException;
import org.flowexplorer.core.flow.FlowKind;
import org.flowexplorer.core.flow.FlowSpec;
import org.flowexplorer.core.flow.QSelf;
import picocli.CommandLine.Option;

/** The options that define a deterministic velocity field (algorithms.md §2). */
final class FlowOptions {
    @Option(names = "--flow", paramLabel = "F", description = "sd, mmd, svgd, langevin or diffflow.")
    String flow;

    @Option(names = "--sigma", paramLabel = "S", description = "Noise level sigma > 0.")
    Double sigma;

    @Option(names = "--rho", paramLabel = "R", defaultValue = "0", description = "DiffFlow's rho in [0, 1] (default 0).")
    double rho;

    @Option(names = "--wp", paramLabel = "A", description = "DiffFlow free weight w_p (free mode).")
    Double wp;

    @Option(names = "--wq", paramLabel = "B", description = "DiffFlow free weight w_q (free mode).")
    Double wq;

    @Option(names = "--curl", paramLabel = "K", defaultValue = "0", description = "Curl term kappa (default 0).")
    double curl;

    @Option(names = "--q-self", paramLabel = "Q", defaultValue = "include",
            description = "include (default) or exclude: whether a particle is part of its own q sample (SD, DiffFlow).")
    String qSelf;

    boolean given() {
        return flow != null || sigma != null;
    }

    /** The flow; InputException naming the option on a bad value. */
    FlowSpec spec() {
        if (flow == null) {
            throw InputException.forKey("--flow", "missing (choose sd, mmd, svgd, langevin or diffflow)");
        }
        FlowKind kind;
        try {
            kind = FlowKind.parse(flow);
        } catch (IllegalArgumentException e) {
            throw InputException.forKey("--flow", e.getMessage());
        }
        if (rho < 0 || rho > 1) {
            throw InputException.forKey("--rho", "must be in [0, 1], got " + rho);
        }
        QSelf q;
        try {
            q = QSelf.parse(qSelf);
        } catch (IllegalArgumentException e) {
            throw InputException.forKey("--q-self", e.getMessage());
        }
        return new FlowSpec(kind, rho, wp, wq, curl, q);
    }

    /** σ; InputException if missing or not positive. */
    double sigma() {
        if (sigma == null) {
            throw InputException.forKey("--sigma", "missing");
        }
        if (!(sigma > 0)) {
            throw InputException.forKey("--sigma", "must be positive, got " + sigma);
        }
        return sigma;
    }
}
