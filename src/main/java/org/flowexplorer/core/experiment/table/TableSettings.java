package org.flowexplorer.core.experiment.table;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.flowexplorer.core.experiment.ExperimentDefinition;
import org.flowexplorer.core.experiment.Param;
import org.flowexplorer.core.experiment.ParamValues;

/**
 * What a convergence table runs.
 *
 * @param dataset    25gaussians or 30gaussians
 * @param title      heading of the report
 * @param conditions the conditions to run (the full grid by default)
 * @param seeds      number of seeds (0 .. seeds−1)
 * @param steps      steps per run (the schedule spans them)
 * @param particles  N = M
 * @param threads    threads (concurrent runs)
 * @param cache      directory keeping finished runs (resume after an interruption), or null
 */
public record TableSettings(String dataset, String title, List<PaperCondition> conditions, int seeds, int steps,
                            int particles, int threads, Path cache) {
    /** The settings of both tables, with their ranges. */
    public static final List<Param> PARAMS = List.of(
            Param.integer("seeds", 2, 1, 100, "S", "Seeds per condition (0..S-1)."),
            Param.integer("steps", 1000, 1, 100_000, "T", "Steps per run; the schedule spans them."),
            Param.integer("particles", 1000, 2, 20_000, "N", "N = M particles and targets."),
            Param.texts("only", "FLOW/ADA/TARGETS/PARTICLES/NOISE",
                    "Run only this condition, e.g. sd/off/full/batched/annealed (repeatable)."),
            Param.text("cache", "", "DIR", "Keep each finished run's final state in DIR, so that an interrupted table "
                    + "resumes where it stopped (default: keep nothing)."));

    public TableSettings {
        if (conditions == null || conditions.isEmpty()) {
            throw new IllegalArgumentException("only: no conditions to run");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads: must be at least 1, got " + threads);
        }
        conditions = List.copyOf(conditions);
    }

    /** The settings from checked values. */
    public static TableSettings of(String dataset, String title, ParamValues v, int threads) {
        List<PaperCondition> conditions = new ArrayList<>();
        for (String s : v.texts("only")) {
            try {
                conditions.add(PaperCondition.parse(s));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("only: " + e.getMessage());
            }
        }
        return new TableSettings(dataset, title, conditions.isEmpty() ? PaperCondition.grid() : conditions,
                v.integer("seeds"), v.integer("steps"), v.integer("particles"), threads,
                v.text("cache").isBlank() ? null : Path.of(v.text("cache")));
    }

    /** The {@code table-25} or {@code table-30} experiment. */
    public static ExperimentDefinition definition(String name, String dataset, String title, String what) {
        return new ExperimentDefinition(name, what, List.of("table.md", "table.csv", "runs.csv", "final-states.png",
                "paper-figure-occupancy.png", "paper-figure-occupancy.svg"),
                PARAMS, (v, threads) -> new TableExperiment(of(dataset, title, v, threads)));
    }
}
