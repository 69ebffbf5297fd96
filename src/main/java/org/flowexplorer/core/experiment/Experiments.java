package org.flowexplorer.core.experiment;

import java.util.List;
import org.flowexplorer.core.experiment.diffflow.DiffFlowSettings;
import org.flowexplorer.core.experiment.curl.CurlLangevinSettings;
import org.flowexplorer.core.experiment.model.ModelSettings;
import org.flowexplorer.core.experiment.neighbours.NnHistogramExperiment;
import org.flowexplorer.core.experiment.swissroll.SwissRollSettings;
import org.flowexplorer.core.experiment.table.TableSettings;

/** The reproductions the {@code reproduce} command offers, in the order its help lists them. */
public final class Experiments {
    private Experiments() {
    }

    /** Every experiment definition. */
    public static List<ExperimentDefinition> all() {
        return List.of(
                TableSettings.definition("table-25", "25gaussians", "Convergence on 25 Gaussians",
                        "The SD-flow paper's convergence table on 25 Gaussians: {SD, MMD, SVGD} x AdaGrad {off, on} x "
                                + "targets {full, subsampled 256} x particles {all, batched 256} x noise {annealed, cosine}."),
                TableSettings.definition("table-30", "30gaussians", "Convergence on 30 Gaussians (stand-in)",
                        "The same table on the 30-Gaussian stand-in (rings of 6, 10, 14 means)."),
                SwissRollSettings.definition(),
                NnHistogramExperiment.definition(),
                ModelSettings.definition(),
                CurlLangevinSettings.definition(),
                DiffFlowSettings.definition());
    }

    /** The definition named {@code name}. */
    public static ExperimentDefinition named(String name) {
        return all().stream().filter(d -> d.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no experiment named " + name));
    }
}
